import Foundation
import Glibc

/// Plain socket calls the harness needs besides ZCClient: a stale socket file, and a datagram socket to receive
/// sd_notify messages on.
enum UnixSockets {
    /// Calls `body` with a `sockaddr_un` for `path`.
    static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count < MemoryLayout.size(ofValue: address.sun_path), "socket path too long: \(path)")
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// Leaves a socket file at `path` that nothing listens on, as a crashed daemon would.
    static func makeStaleSocketFile(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let rc = withAddress(path) { bind(fd, $0, $1) }
        guard rc == 0 else { throw HarnessError("bind \(path): \(String(cString: strerror(errno)))") }
    }

    static func isSocketFile(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }
}

/// A datagram socket bound at a path, standing in for systemd's notification socket (`NOTIFY_SOCKET`).
final class NotifyListener {
    let path: String
    private let fd: Int32
    /// Every message received so far, in order.
    private(set) var messages: [String] = []

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket: \(String(cString: strerror(errno)))") }
        let rc = UnixSockets.withAddress(path) { bind(fd, $0, $1) }
        guard rc == 0 else {
            close(fd)
            throw HarnessError("bind \(path): \(String(cString: strerror(errno)))")
        }
        // Short receive timeouts so that the overall deadline below is checked regularly.
        var tv = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Receives until a message has a line equal to `line` (e.g. `READY=1`), for at most `seconds`; returns that
    /// message, or nil when none came in time.
    func waitForLine(_ line: String, seconds: Double = 60) -> String? {
        if let found = messages.first(where: { Self.lines($0).contains(line) }) { return found }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var found: String?
        _ = waitUntil(seconds: seconds) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return false }
            let message = String(decoding: buffer[0..<n], as: UTF8.self)
            messages.append(message)
            if Self.lines(message).contains(line) {
                found = message
                return true
            }
            return false
        }
        return found
    }

    private static func lines(_ message: String) -> [String] {
        message.split(separator: "\n").map(String.init)
    }
}

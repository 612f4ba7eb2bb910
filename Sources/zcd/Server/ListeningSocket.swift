import Foundation
import Glibc

/// Prepares a socket path for binding: a stale socket file left by a crash is removed, a live one (another zcd
/// answering there) is left alone and reported.
enum ListeningSocket {
    enum Problem: Error, CustomStringConvertible {
        case inUse(String)
        case notASocket(String)
        case tooLong(String)

        var description: String {
            switch self {
            case .inUse(let p): "another process is already listening on \(p); stop it first or choose another --socket"
            case .notASocket(let p): "\(p) exists and is not a socket; refusing to replace it"
            case .tooLong(let p): "socket path \(p) is longer than the 107 bytes a Unix socket allows"
            }
        }
    }

    static func prepare(path: String) throws(Problem) {
        guard path.utf8.count < 108 else { throw .tooLong(path) }
        var st = stat()
        guard lstat(path, &st) == 0 else { return }  // nothing there
        guard (st.st_mode & S_IFMT) == S_IFSOCK else { throw .notASocket(path) }
        if isLive(path) { throw .inUse(path) }
        unlink(path)
    }

    /// True when something accepts connections at `path`.
    private static func isLive(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return rc == 0
    }
}

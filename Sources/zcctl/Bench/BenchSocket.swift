import Glibc

/// One Unix stream socket, used by one thread: blocking sends and receives, or receives that only take what has
/// arrived when the thread watches several sockets with `poll`. No copies beyond the kernel's.
final class BenchSocket {
    let fd: Int32
    /// How long a connection waits for an answer before the run counts it as failed: a bound against a daemon
    /// that stops answering, not a latency limit.
    static let answerTimeoutSeconds = 30

    /// Connects to `path`; the error text is errno's.
    init(path: String, receiveTimeoutSeconds: Int = BenchSocket.answerTimeoutSeconds) throws(BenchSocketError) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw BenchSocketError("a socket path must be 1 to \(capacity - 1) bytes long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw BenchSocketError(String(cString: strerror(errno))) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            _ = Glibc.close(fd)
            throw BenchSocketError(reason)
        }
        var tv = timeval(tv_sec: receiveTimeoutSeconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
    }

    deinit { _ = Glibc.close(fd) }

    /// Sends every byte of `bytes`.
    func send(_ bytes: [UInt8]) throws(BenchSocketError) {
        let failure: Int32? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(fd, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure { throw BenchSocketError("send: " + String(cString: strerror(failure))) }
    }

    /// One `recv` into `buffer`: the count read (0 when the daemon closed the connection), or nil when `wait` is
    /// false and nothing has arrived.
    func receive(into buffer: UnsafeMutableRawBufferPointer, wait: Bool) throws(BenchSocketError) -> Int? {
        while true {
            let n = Glibc.recv(fd, buffer.baseAddress, buffer.count, wait ? 0 : Int32(MSG_DONTWAIT))
            if n >= 0 { return n }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                if !wait { return nil }
                throw BenchSocketError("no answer within the timeout")
            }
            throw BenchSocketError("recv: " + String(cString: strerror(errno)))
        }
    }
}

struct BenchSocketError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Nanoseconds on the monotonic clock (a vDSO call, no system call).
@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

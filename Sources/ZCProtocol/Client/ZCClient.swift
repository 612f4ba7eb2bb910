#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small blocking client over a plain Unix socket: no event loop, so a command-line tool starts and answers fast.
///
/// One client is one connection, used from one thread at a time. `call` sends a request and waits for its answer;
/// `send` and `receive` let a caller pipeline several requests.
public final class ZCClient {
    /// The socket path this client connected to.
    public let path: String
    /// The session token sent as the request member `session` with every call, when set.
    public var session: String?
    private let fd: Int32
    private var reader = FrameReader()
    private var nextID = 1
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var closed = false

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close() }

    /// Connects to the daemon at `path`.
    ///
    /// - Parameter timeoutSeconds: how long to wait for any one answer; nil waits as long as it takes.
    /// - Throws: `ClientError.unreachable` when nothing listens there (with errno's text).
    public static func connect(_ path: String, timeoutSeconds: Double? = 120) throws(ClientError) -> ZCClient {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw .unreachable(path: path, reason: "a socket path must be 1 to \(capacity - 1) bytes long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw .unreachable(path: path, reason: String(cString: strerror(errno))) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            _ = Glibc.close(fd)
            throw .unreachable(path: path, reason: reason)
        }
        if let timeoutSeconds {
            var tv = timeval(
                tv_sec: Int(timeoutSeconds), tv_usec: Int((timeoutSeconds - Double(Int(timeoutSeconds))) * 1_000_000))
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        }
        return ZCClient(path: path, fd: fd)
    }

    /// Closes the connection; further calls fail with `ClientError.closed`.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = Glibc.close(fd)
    }

    /// Calls a typed method and waits for its answer.
    ///
    /// - Throws: `ClientError.remote` with the daemon's error, or a transport error.
    public func call<R: ZCRequest>(_ request: R) throws(ClientError) -> R.Response {
        let params: [UInt8]
        do {
            params = try ZCJSON.encode(request)
        } catch {
            throw .malformed("cannot encode the request: \(error)")
        }
        let raw = try callRaw(method: R.method, params: params)
        switch raw {
        case .success(let result):
            do {
                return try ZCJSON.decode(R.Response.self, from: result)
            } catch {
                throw .malformed("cannot read the result of \(R.method): \(error)")
            }
        case .failure(let error):
            throw .remote(error)
        }
    }

    /// Calls a method by name with raw JSON params (an object, or nil for none) and returns the raw outcome.
    public func callRaw(method: String, params: [UInt8]?) throws(ClientError) -> ParsedResponse.Outcome {
        let id = nextID
        nextID += 1
        try send(requestBody(id: id, method: method, params: params))
        while true {
            let body = try receive()
            let response: ParsedResponse
            do {
                response = try ResponseBody.parse(body)
            } catch {
                throw .malformed("\(error)")
            }
            if response.id == Array(String(id).utf8) || response.id == nil || response.id == Array("null".utf8) {
                return response.outcome
            }
            // An answer to an earlier pipelined request that nobody waited for: skip it.
        }
    }

    /// The body of a request frame, with this client's session token when set.
    public func requestBody(id: Int?, method: String, params: [UInt8]?) -> [UInt8] {
        var out = Array(#"{"jsonrpc":"2.0","#.utf8)
        if let id { out += Array(#""id":\#(id),"#.utf8) }
        out += Array(#""method":"#.utf8)
        out += (try? ZCJSON.encode(method)) ?? []
        if let params {
            out += Array(#","params":"#.utf8)
            out += params
        }
        if let session {
            out += Array(#","session":"#.utf8)
            out += (try? ZCJSON.encode(session)) ?? []
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Sends one frame holding `body`.
    public func send(_ body: [UInt8]) throws(ClientError) {
        try sendRaw(Frame.encode(body))
    }

    /// Sends bytes as they are (a test may send a broken frame on purpose).
    public func sendRaw(_ bytes: [UInt8]) throws(ClientError) {
        guard !closed else { throw .closed }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .transport("send: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    /// Waits for the next frame and returns its body.
    public func receive() throws(ClientError) -> [UInt8] {
        guard !closed else { throw .closed }
        while true {
            do {
                if let body = try reader.next() { return body }
            } catch {
                throw .malformed("the daemon sent a bad frame: \(error)")
            }
            let n = readBuffer.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { throw .closed }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
                throw .transport("recv: \(String(cString: strerror(errno)))")
            }
            reader.append(readBuffer[0..<n])
        }
    }
}

/// Why a call did not return a result.
public enum ClientError: Error, CustomStringConvertible, Sendable {
    /// Nothing answers at `path`.
    case unreachable(path: String, reason: String)
    /// The daemon answered with an error.
    case remote(WireError)
    /// The connection was closed (by the daemon or by `close()`).
    case closed
    /// No answer within the timeout.
    case timedOut
    /// A socket call failed mid-conversation.
    case transport(String)
    /// The daemon's answer could not be read.
    case malformed(String)

    public var description: String {
        switch self {
        case .unreachable(let path, let reason): "cannot connect to \(path): \(reason)"
        case .remote(let e): "\(e.message) (\(e.code.name))"
        case .closed: "the daemon closed the connection"
        case .timedOut: "no answer from the daemon in time"
        case .transport(let s): s
        case .malformed(let s): s
        }
    }
}

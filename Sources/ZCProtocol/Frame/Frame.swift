/// The frame layer of the wire contract: a 4-byte unsigned big-endian length N, then N bytes of UTF-8 JSON.
///
/// Plain functions over bytes, shared by zcd (inside its NIO handler), zcctl and every other Swift tool, so that the
/// rules for an empty or oversized frame live in one place.
public enum Frame {
    /// Bytes in the length prefix.
    public static let headerSize = 4
    /// The maximum body length a daemon accepts unless configured otherwise: 4 MiB.
    public static let defaultMaximumLength = 4 * 1024 * 1024
    /// No configuration may raise the maximum above 16 MiB − 1.
    public static let absoluteMaximumLength = 16 * 1024 * 1024 - 1

    /// The 4-byte prefix for a body of `length` bytes.
    @inlinable
    public static func header(length: Int) -> [UInt8] {
        let n = UInt32(truncatingIfNeeded: length)
        return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)]
    }

    /// A whole frame: prefix and body.
    public static func encode(_ body: some Collection<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(headerSize + body.count)
        out.append(contentsOf: header(length: body.count))
        out.append(contentsOf: body)
        return out
    }

    /// Reads the prefix at the start of `bytes` (at least 4 bytes) and checks the length against `maximum`.
    ///
    /// - Throws: `FrameError.empty` for N = 0, `FrameError.tooLarge` for N above `maximum`; the caller must then stop
    ///   reading that connection without buffering the body.
    @inlinable
    public static func bodyLength(prefix bytes: some Collection<UInt8>, maximum: Int) throws(FrameError) -> Int {
        var n = 0
        var i = bytes.startIndex
        for _ in 0..<headerSize {
            n = (n << 8) | Int(bytes[i])
            i = bytes.index(after: i)
        }
        if n == 0 { throw .empty }
        if n > maximum { throw .tooLarge(length: n, maximum: maximum) }
        return n
    }

    /// Clamps a configured maximum to the range the contract allows (1 … 16 MiB − 1).
    public static func clampMaximum(_ value: Int) -> Int {
        min(max(value, 1), absoluteMaximumLength)
    }
}

/// Why a frame prefix was refused.
public enum FrameError: Error, Equatable, Sendable {
    /// N = 0: a frame must hold one JSON object.
    case empty
    /// N is above the receiver's maximum.
    case tooLarge(length: Int, maximum: Int)
}

/// Splits a byte stream into frame bodies incrementally; used by the blocking client and by tests.
public struct FrameReader: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0
    /// The largest body accepted.
    public let maximum: Int

    public init(maximum: Int = Frame.absoluteMaximumLength) {
        self.maximum = maximum
    }

    /// Bytes received but not yet returned as a frame.
    public var pendingByteCount: Int { buffer.count - start }

    /// Appends bytes as they arrive from the socket.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete body, or nil when more bytes are needed.
    public mutating func next() throws(FrameError) -> [UInt8]? {
        guard buffer.count - start >= Frame.headerSize else { return nil }
        let length = try Frame.bodyLength(prefix: buffer[start..<start + Frame.headerSize], maximum: maximum)
        guard buffer.count - start - Frame.headerSize >= length else { return nil }
        let bodyStart = start + Frame.headerSize
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        if start > 64 * 1024 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return body
    }
}

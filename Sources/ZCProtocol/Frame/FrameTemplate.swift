/// A request frame built once and re-emitted with only its integers changed: the request id and, where a load
/// generator needs them, values inside the params (a case and its step).
///
/// A template is text with holes: `parts[0] HOLE parts[1] HOLE … parts[n]`. Each hole takes a decimal integer, so
/// the JSON stays valid whatever the value. `append` writes the length prefix and the body straight into the
/// caller's buffer, without building a string, an array per call or any JSON.
public struct FrameTemplate: Sendable {
    /// The fixed text between the holes; `parts.count - 1` holes.
    public let parts: [[UInt8]]
    private let fixedLength: Int

    /// A template from its fixed parts; there is one hole between each two parts.
    public init(parts: [[UInt8]]) {
        precondition(!parts.isEmpty, "a template has at least one part")
        self.parts = parts
        fixedLength = parts.reduce(0) { $0 + $1.count }
    }

    /// How many integers `append` takes.
    public var holeCount: Int { parts.count - 1 }

    /// A JSON-RPC request whose first hole is the `id`.
    ///
    /// - Parameters:
    ///   - method: e.g. `review.pass`.
    ///   - params: the params object as text pieces with holes between them (e.g. `["{\"application\":", "}"]`
    ///     leaves one hole for the application); nil sends no params.
    ///   - session: a session token sent as the request member `session`, when set.
    public static func request(method: String, params: [String]? = nil, session: String? = nil) -> FrameTemplate {
        var pieces: [[UInt8]] = [Array(#"{"jsonrpc":"2.0","id":"#.utf8)]
        var tail = Array(#","method":"#.utf8) + quoted(method)
        if let params, let first = params.first {
            tail += Array(#","params":"#.utf8) + Array(first.utf8)
            pieces.append(tail)
            for piece in params.dropFirst() { pieces.append(Array(piece.utf8)) }
            tail = pieces.removeLast()
        }
        if let session { tail += Array(#","session":"#.utf8) + quoted(session) }
        tail.append(UInt8(ascii: "}"))
        pieces.append(tail)
        return FrameTemplate(parts: pieces)
    }

    /// Appends a whole frame (prefix and body) with `values` in the holes, in order.
    public func append(_ values: Int64..., to out: inout [UInt8]) {
        append(values: values, to: &out)
    }

    /// Appends a whole frame with one value (usually the id): the hot path of a load generator.
    @inlinable
    public func append(id: Int64, to out: inout [UInt8]) {
        append(values: CollectionOfOne(id), to: &out)
    }

    /// Appends a whole frame with `values` in the holes; missing values are written as 0, extra ones ignored.
    @inlinable
    public func append(values: some Collection<Int64>, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: [0, 0, 0, 0] as [UInt8])
        var value = values.makeIterator()
        for index in parts.indices {
            out.append(contentsOf: parts[index])
            if index < parts.count - 1 { Self.appendDecimal(value.next() ?? 0, to: &out) }
        }
        let length = UInt32(truncatingIfNeeded: out.count - start - Frame.headerSize)
        out[start] = UInt8(length >> 24)
        out[start + 1] = UInt8((length >> 16) & 0xFF)
        out[start + 2] = UInt8((length >> 8) & 0xFF)
        out[start + 3] = UInt8(length & 0xFF)
    }

    /// The body alone (no prefix), for tests and logs.
    public func body(_ values: Int64...) -> [UInt8] {
        var out: [UInt8] = []
        append(values: values, to: &out)
        return Array(out.dropFirst(Frame.headerSize))
    }

    /// A lower bound of a frame's size, to reserve buffers.
    public var minimumFrameLength: Int { Frame.headerSize + fixedLength + holeCount }

    /// Writes `value` in decimal ASCII.
    @inlinable
    public static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let first = out.count
        var magnitude = value.magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out[first...].reverse()
    }

    private static func quoted(_ text: String) -> [UInt8] {
        (try? ZCJSON.encode(text)) ?? Array("\"\"".utf8)
    }
}

/// Reads the numeric id and the outcome of a response body without decoding it: what a load generator needs for
/// each answer, at the cost of a few byte comparisons.
///
/// zcd writes every envelope by hand as `{"jsonrpc":"2.0","id":ID,"result":…}` or `…,"error":{"code":N,…}}` (error
/// members sorted by name, `code` first), so the fast path checks that exact shape. Any other shape (another
/// server, members in another order, a string id) goes through `JSONScanner`, which is slower but gives the same
/// answer.
public enum ResponseProbe {
    /// What a response says, in the fewest bytes read.
    public struct Probe: Equatable, Sendable {
        /// The id when it is an integer; nil for `null`, a string id or none.
        public var id: Int64?
        /// The error code, or nil for a result.
        public var errorCode: Int?
        /// Where the raw JSON of `result` lies in the body (empty for an error).
        public var result: Range<Int>

        public init(id: Int64?, errorCode: Int?, result: Range<Int>) {
            self.id = id
            self.errorCode = errorCode
            self.result = result
        }
    }

    private static let head = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
    private static let resultKey = Array(#","result":"#.utf8)
    private static let errorKey = Array(#","error":{"code":"#.utf8)

    /// Probes a response body; nil when it is not a JSON-RPC response at all.
    public static func probe(_ body: UnsafeRawBufferPointer) -> Probe? {
        if let fast = fastProbe(body) { return fast }
        return slowProbe(body)
    }

    /// Probes a response body held in an array.
    public static func probe(_ body: [UInt8]) -> Probe? {
        body.withUnsafeBytes { probe($0) }
    }

    private static func fastProbe(_ body: UnsafeRawBufferPointer) -> Probe? {
        guard starts(body, at: 0, with: head) else { return nil }
        var i = head.count
        guard let (id, next) = integer(body, at: i) else { return nil }
        i = next
        if starts(body, at: i, with: resultKey) {
            let start = i + resultKey.count
            guard body.count > start, body[body.count - 1] == UInt8(ascii: "}") else { return nil }
            return Probe(id: id, errorCode: nil, result: start..<(body.count - 1))
        }
        if starts(body, at: i, with: errorKey), let (code, _) = integer(body, at: i + errorKey.count) {
            return Probe(id: id, errorCode: Int(code), result: body.count..<body.count)
        }
        return nil
    }

    private static func slowProbe(_ body: UnsafeRawBufferPointer) -> Probe? {
        guard let members = try? JSONScanner.objectMembers(body, maximumDepth: 512) else { return nil }
        var id: Int64?
        var result: Range<Int>?
        var code: Int?
        for m in members {
            switch m.key {
            case "id":
                if m.kind == .number, let (value, end) = integer(body, at: m.valueRange.lowerBound),
                    end == m.valueRange.upperBound
                {
                    id = value
                }
            case "result":
                result = m.valueRange
            case "error":
                let inner = UnsafeRawBufferPointer(rebasing: body[m.valueRange])
                let codeMember = (try? JSONScanner.objectMembers(inner, maximumDepth: 512))?.first { $0.key == "code" }
                if let codeMember, let (value, _) = integer(inner, at: codeMember.valueRange.lowerBound) {
                    code = Int(value)
                } else {
                    code = ErrorCode.internalError.rawValue
                }
            default:
                continue
            }
        }
        if let code { return Probe(id: id, errorCode: code, result: body.count..<body.count) }
        guard let result else { return nil }
        return Probe(id: id, errorCode: nil, result: result)
    }

    /// True when `body` holds `pattern` at `offset`.
    @inline(__always)
    static func starts(_ body: UnsafeRawBufferPointer, at offset: Int, with pattern: [UInt8]) -> Bool {
        guard offset >= 0, body.count - offset >= pattern.count else { return false }
        for j in 0..<pattern.count where body[offset + j] != pattern[j] { return false }
        return true
    }

    /// A JSON integer at `offset` (optional minus, 1 to 18 digits) and the offset just after it.
    @inline(__always)
    static func integer(_ body: UnsafeRawBufferPointer, at offset: Int) -> (Int64, Int)? {
        var i = offset
        var negative = false
        if i < body.count, body[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value: Int64 = 0
        let first = i
        while i < body.count, i - first < 18, body[i] >= UInt8(ascii: "0"), body[i] <= UInt8(ascii: "9") {
            value = value * 10 + Int64(body[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > first else { return nil }
        if i < body.count, body[i] >= UInt8(ascii: "0"), body[i] <= UInt8(ascii: "9") { return nil }
        return (negative ? -value : value, i)
    }
}

import Foundation

/// Builds and reads response bodies.
///
/// The daemon writes the envelope by hand around an already-encoded result: the envelope is fixed text, and the id
/// is echoed byte for byte as the client sent it.
public enum ResponseBody {
    private static let head = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
    private static let resultKey = Array(#","result":"#.utf8)
    private static let errorKey = Array(#","error":"#.utf8)
    private static let null = Array("null".utf8)

    /// `{"jsonrpc":"2.0","id":ID,"result":RESULT}` appended to `out`; `id` nil means `null`.
    public static func appendSuccess(id: [UInt8]?, result: some Collection<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + head.count + (id?.count ?? 4) + resultKey.count + result.count + 1)
        out.append(contentsOf: head)
        out.append(contentsOf: id ?? null)
        out.append(contentsOf: resultKey)
        out.append(contentsOf: result)
        out.append(UInt8(ascii: "}"))
    }

    /// `{"jsonrpc":"2.0","id":ID,"error":{…}}` appended to `out`.
    public static func appendFailure(id: [UInt8]?, error: WireError, to out: inout [UInt8]) {
        out.append(contentsOf: head)
        out.append(contentsOf: id ?? null)
        out.append(contentsOf: errorKey)
        // WireError holds only strings and numbers: encoding it cannot fail.
        out.append(contentsOf: (try? ZCJSON.encode(error)) ?? Array(#"{"code":-32603,"message":"internal error"}"#.utf8))
        out.append(UInt8(ascii: "}"))
    }

    /// A success body as a new array.
    public static func success(id: [UInt8]?, result: some Collection<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        appendSuccess(id: id, result: result, to: &out)
        return out
    }

    /// A failure body as a new array.
    public static func failure(id: [UInt8]?, error: WireError) -> [UInt8] {
        var out = [UInt8]()
        appendFailure(id: id, error: error, to: &out)
        return out
    }

    /// Reads a response body: its raw id and either the raw result or the error.
    public static func parse(_ body: [UInt8]) throws -> ParsedResponse {
        try body.withUnsafeBytes { raw in
            let members: [JSONMember]
            do {
                members = try JSONScanner.objectMembers(raw, maximumDepth: 512)
            } catch {
                throw ResponseFormatError("the daemon's answer is not a JSON object: \(error)")
            }
            var id: [UInt8]?
            var result: [UInt8]?
            var failure: WireError?
            for m in members {
                switch m.key {
                case "id": id = Array(raw[m.valueRange])
                case "result": result = Array(raw[m.valueRange])
                case "error": failure = try ZCJSON.decode(WireError.self, from: Array(raw[m.valueRange]))
                default: continue
                }
            }
            if let failure { return ParsedResponse(id: id, outcome: .failure(failure)) }
            guard let result else { throw ResponseFormatError("the daemon's answer has neither result nor error") }
            return ParsedResponse(id: id, outcome: .success(result))
        }
    }
}

/// A response as read by a client.
public struct ParsedResponse: Sendable, Equatable {
    /// The raw id (`null` arrives as the bytes `null`).
    public var id: [UInt8]?
    public var outcome: Outcome

    public enum Outcome: Sendable, Equatable {
        /// The raw JSON of `result`.
        case success([UInt8])
        case failure(WireError)
    }
}

/// The daemon sent something that is not a JSON-RPC response.
public struct ResponseFormatError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The one JSON configuration every side uses for params and results: keys sorted (stable output for golden tests
/// and diffs), ISO 8601 dates, slashes unescaped.
public enum ZCJSON {
    // Configured once and shared: they are thread-safe, and building one per call costs more than the coding.
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
    private static let prettyEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
    private static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    /// Compact JSON bytes of `value` (written by `WireJSONEncoder`, byte for byte what `JSONEncoder` with these
    /// options writes, faster).
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        try WireJSONEncoder.encode(value)
    }

    /// The same with Foundation's `JSONEncoder`: the reference `encode` is tested against.
    public static func encodeWithFoundation(_ value: some Encodable) throws -> [UInt8] {
        Array(try encoder.encode(value))
    }

    /// Indented JSON text, for people.
    public static func encodePretty(_ value: some Encodable) throws -> String {
        String(decoding: try prettyEncoder.encode(value), as: UTF8.self)
    }

    /// Decodes `T` from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
        try decoder.decode(type, from: Data(bytes))
    }
}

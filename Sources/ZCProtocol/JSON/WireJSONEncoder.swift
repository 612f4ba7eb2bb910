#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes `Encodable` values as JSON bytes exactly as `ZCJSON`'s `JSONEncoder` configuration does (members sorted,
/// slashes unescaped, ISO 8601 dates in whole seconds), several times faster.
///
/// Every response is encoded, and a queue page of 50 cases spent half its time in Foundation's encoder, which builds
/// a tree of boxed values before writing a byte. Here each object writes its members' values into one buffer as they
/// are encoded, and copies them out sorted by name when the value that owns it is done. The golden fixtures of every
/// message, and a test comparing with Foundation, pin the output.
enum WireJSONEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(512)
        try Self.append(value, to: &out)
        return out
    }

    /// Appends the JSON of `value` to `out`.
    static func append<T: Encodable>(_ value: T, to out: inout [UInt8]) throws {
        if try WireJSONText.appendScalar(value, to: &out) { return }
        if let writable = value as? any WireJSONWritable {
            writable.appendWireJSON(to: &out)
            return
        }
        let encoder = ValueEncoder()
        try value.encode(to: encoder)
        try encoder.write(to: &out)
    }
}

/// The members of an object. Values that are done are bytes in `buffer`; a nested container (rare: hand-written
/// `encode(to:)`) stays a builder until the object is written.
private final class ObjectBuilder {
    enum Value {
        case range(Int, Int)
        case object(ObjectBuilder)
        case array(ArrayBuilder)
        case encoder(ValueEncoder)
    }

    var buffer: [UInt8] = []
    var members: [(key: String, value: Value)] = []

    init() { buffer.reserveCapacity(128) }

    /// Records that the bytes appended to `buffer` since `start` are the value of `key`.
    func member(_ key: String, from start: Int) {
        members.append((key, .range(start, buffer.count)))
    }

    func write(to out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        let sorted = isSorted ? members : members.sorted { $0.key < $1.key }
        for (i, member) in sorted.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            WireJSONText.appendString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch member.value {
            case .range(let start, let end): out += buffer[start..<end]
            case .object(let o): try o.write(to: &out)
            case .array(let a): try a.write(to: &out)
            case .encoder(let e): try e.write(to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    private var isSorted: Bool {
        var previous: String?
        for m in members {
            if let previous, !(previous < m.key) { return false }
            previous = m.key
        }
        return true
    }
}

/// The elements of an array, kept in order: written into one buffer with their commas.
private final class ArrayBuilder {
    enum Value {
        case bytes
        case object(ObjectBuilder)
        case array(ArrayBuilder)
        case encoder(ValueEncoder)
    }

    var buffer: [UInt8] = []
    /// Only for nested containers, which are written out when the array is.
    var deferred: [(at: Int, value: Value)] = []
    var count = 0

    func startElement() {
        if count > 0 { buffer.append(UInt8(ascii: ",")) }
        count += 1
    }

    func write(to out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "["))
        var from = 0
        for (at, value) in deferred {
            out += buffer[from..<at]
            from = at
            switch value {
            case .bytes: break
            case .object(let o): try o.write(to: &out)
            case .array(let a): try a.write(to: &out)
            case .encoder(let e): try e.write(to: &out)
            }
        }
        out += buffer[from...]
        out.append(UInt8(ascii: "]"))
    }
}

private struct EncodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// The encoder of one value. Coding paths are not kept: nothing encoded here reads them, and keeping them cost an
/// array per member.
private final class ValueEncoder: Encoder {
    enum Content {
        case none
        case scalar([UInt8])
        case object(ObjectBuilder)
        case array(ArrayBuilder)
    }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var content = Content.none

    func write(to out: inout [UInt8]) throws {
        switch content {
        case .none: out += "{}".utf8  // a value that encoded nothing: Foundation writes an empty object
        case .scalar(let b): out += b
        case .object(let o): try o.write(to: &out)
        case .array(let a): try a.write(to: &out)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectBuilder
        if case .object(let o) = content {
            object = o
        } else {
            object = ObjectBuilder()
            content = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayBuilder
        if case .array(let a) = content {
            array = a
        } else {
            array = ArrayBuilder()
            content = .array(array)
        }
        return UnkeyedContainer(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectBuilder
    var codingPath: [any CodingKey] { [] }

    // The concrete overloads are what synthesized `encode(to:)` calls for plain members: no dynamic casts.
    mutating func encode(_ value: String, forKey key: Key) throws {
        let start = object.buffer.count
        WireJSONText.appendString(value, to: &object.buffer)
        object.member(key.stringValue, from: start)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        let start = object.buffer.count
        object.buffer += (value ? "true" : "false").utf8
        object.member(key.stringValue, from: start)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { try encodeInteger(Int64(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeInteger(Int64(value), key) }

    private mutating func encodeInteger(_ value: Int64, _ key: Key) throws {
        let start = object.buffer.count
        WireJSONText.appendInteger(value, to: &object.buffer)
        object.member(key.stringValue, from: start)
    }

    mutating func encodeNil(forKey key: Key) throws {
        let start = object.buffer.count
        object.buffer += "null".utf8
        object.member(key.stringValue, from: start)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let start = object.buffer.count
        try WireJSONEncoder.append(value, to: &object.buffer)
        object.member(key.stringValue, from: start)
    }

    // Optionals left out, as Foundation does: `encodeIfPresent` writes nothing for nil.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = ObjectBuilder()
        object.members.append((key.stringValue, .object(nested)))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBuilder()
        object.members.append((key.stringValue, .array(nested)))
        return UnkeyedContainer(array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private mutating func superEncoder(named name: String) -> any Encoder {
        let child = ValueEncoder()
        object.members.append((name, .encoder(child)))
        return child
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayBuilder
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.count }

    mutating func encodeNil() throws {
        array.startElement()
        array.buffer += "null".utf8
    }

    mutating func encode(_ value: String) throws {
        array.startElement()
        WireJSONText.appendString(value, to: &array.buffer)
    }

    mutating func encode(_ value: Int) throws {
        array.startElement()
        WireJSONText.appendInteger(Int64(value), to: &array.buffer)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.startElement()
        try WireJSONEncoder.append(value, to: &array.buffer)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        array.startElement()
        let nested = ObjectBuilder()
        array.deferred.append((array.buffer.count, .object(nested)))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        array.startElement()
        let nested = ArrayBuilder()
        array.deferred.append((array.buffer.count, .array(nested)))
        return UnkeyedContainer(array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        array.startElement()
        let child = ValueEncoder()
        array.deferred.append((array.buffer.count, .encoder(child)))
        return child
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.content = .scalar(Array("null".utf8)) }

    mutating func encode(_ value: String) throws {
        var out = [UInt8]()
        WireJSONText.appendString(value, to: &out)
        encoder.content = .scalar(out)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        var out = [UInt8]()
        if try WireJSONText.appendScalar(value, to: &out) {
            encoder.content = .scalar(out)
            return
        }
        // A wrapper (a struct encoding one value): its value's encoding becomes this one.
        try value.encode(to: encoder)
    }
}

/// Scalars as `JSONEncoder` writes them.
enum WireJSONText {
    /// Appends `value` when it is a scalar JSON writes itself (strings, numbers, booleans, dates); false otherwise.
    /// Types are compared by metatype first: a failed dynamic cast per member costs more than the writing.
    static func appendScalar<T: Encodable>(_ value: T, to out: inout [UInt8]) throws -> Bool {
        if T.self == String.self, let s = value as? String {
            appendString(s, to: &out)
        } else if T.self == Int.self, let i = value as? Int {
            appendInteger(Int64(i), to: &out)
        } else if T.self == Int64.self, let i = value as? Int64 {
            appendInteger(i, to: &out)
        } else if T.self == Bool.self, let b = value as? Bool {
            out += (b ? "true" : "false").utf8
        } else if T.self == Date.self, let date = value as? Date {
            appendDate(date, to: &out)
        } else if T.self == Double.self, let d = value as? Double {
            try appendDouble(d, to: &out)
        } else if T.self == Int32.self, let i = value as? Int32 {
            appendInteger(Int64(i), to: &out)
        } else if T.self == UInt32.self, let i = value as? UInt32 {
            appendInteger(Int64(i), to: &out)
        } else if T.self == UInt8.self, let i = value as? UInt8 {
            appendInteger(Int64(i), to: &out)
        } else if T.self == UInt64.self, let i = value as? UInt64 {
            out += String(i).utf8
        } else {
            return false
        }
        return true
    }

    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            out += String(value).utf8
        }
    }

    static func appendDouble(_ d: Double, to out: inout [UInt8]) throws {
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, .init(codingPath: [], debugDescription: "\(d) is not valid JSON"))
        }
        if d == d.rounded(), abs(d) < 1e15 {
            appendInteger(Int64(d), to: &out)
        } else {
            out += String(d).utf8
        }
    }

    /// `"2026-11-29T13:35:25Z"`: whole seconds, as Foundation's `.iso8601` strategy writes.
    static func appendDate(_ date: Date, to out: inout [UInt8]) {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        func digits(_ n: Int32, _ width: Int) {
            let s = Array(String(n).utf8)
            for _ in s.count..<max(width, s.count) { out.append(UInt8(ascii: "0")) }
            out += s
        }
        out.append(UInt8(ascii: "\""))
        digits(parts.tm_year + 1900, 4)
        out.append(UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2)
        out.append(UInt8(ascii: "-"))
        digits(parts.tm_mday, 2)
        out.append(UInt8(ascii: "T"))
        digits(parts.tm_hour, 2)
        out.append(UInt8(ascii: ":"))
        digits(parts.tm_min, 2)
        out.append(UInt8(ascii: ":"))
        digits(parts.tm_sec, 2)
        out += "Z\"".utf8
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00xx`; everything else (Chinese
    /// included, and `/`) as is.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var plainFrom = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                out += UnsafeBufferPointer(rebasing: bytes[plainFrom..<i])
                plainFrom = i + 1
                switch b {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                case 0x08: out += "\\b".utf8
                case 0x0C: out += "\\f".utf8
                default:
                    let hex = "0123456789abcdef".utf8
                    out += "\\u00".utf8
                    out.append(hex[hex.index(hex.startIndex, offsetBy: Int(b >> 4))])
                    out.append(hex[hex.index(hex.startIndex, offsetBy: Int(b & 0xF))])
                }
            }
            out += UnsafeBufferPointer(rebasing: bytes[plainFrom...])
        }
        out.append(UInt8(ascii: "\""))
    }
}

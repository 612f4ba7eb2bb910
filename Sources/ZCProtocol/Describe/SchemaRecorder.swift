import Foundation

/// Derives a `Schema` from a `Decodable` type by letting the type decode itself from a recording decoder.
///
/// The synthesized `init(from:)` asks for each member with `decode` (required) or `decodeIfPresent` (optional), so
/// the recorder learns names, types and optionality from the same code that reads real requests: the description
/// cannot drift from what the daemon accepts.
public enum SchemaRecorder {
    /// The schema of `type`, or `.any` for a type that cannot be described this way (e.g. one that refers to itself).
    public static func schema<T: Decodable>(of type: T.Type) -> Schema {
        let box = SchemaBox()
        do {
            _ = try decodeRecording(type, into: box, depth: 0)
            return box.schema
        } catch {
            return .any
        }
    }

    fileprivate static let maximumDepth = 12

    fileprivate static func decodeRecording<T: Decodable>(_ type: T.Type, into box: SchemaBox, depth: Int) throws -> T {
        guard depth < maximumDepth else { throw RecordingError.tooDeep }
        if type == Date.self {
            box.schema = .string(format: "date-time")
            return try cast(Date(timeIntervalSince1970: 0))
        }
        if type is any _SchemaAny.Type {
            box.schema = .any
            return try cast(AnyJSON.null)
        }
        if let e = type as? any _SchemaEnumeration.Type {
            box.schema = .enumeration(e._schemaValues)
            return try cast(e._schemaSample)
        }
        let value = try T(from: RecordingDecoder(box: box, depth: depth))
        // A synthesized `init(from:)` of a type without stored properties asks the decoder nothing: it accepts `{}`,
        // and describing it as "any value" would also switch off the unknown-member check for its params.
        if !box.touched { box.schema = .object([]) }
        return value
    }

    fileprivate static func cast<T>(_ value: Any) throws -> T {
        guard let v = value as? T else { throw RecordingError.unsupported }
        return v
    }

    fileprivate static func scalar<T>(_ type: T.Type) -> (Schema, Any)? {
        switch type {
        case is String.Type: (.string(), "")
        case is Bool.Type: (.boolean, false)
        case is Double.Type: (.number, 0.0)
        case is Float.Type: (.number, Float(0))
        case is Int.Type: (.integer, 0)
        case is Int8.Type: (.integer, Int8(0))
        case is Int16.Type: (.integer, Int16(0))
        case is Int32.Type: (.integer, Int32(0))
        case is Int64.Type: (.integer, Int64(0))
        case is UInt.Type: (.integer, UInt(0))
        case is UInt8.Type: (.integer, UInt8(0))
        case is UInt16.Type: (.integer, UInt16(0))
        case is UInt32.Type: (.integer, UInt32(0))
        case is UInt64.Type: (.integer, UInt64(0))
        default: nil
        }
    }
}

private enum RecordingError: Error {
    case tooDeep, unsupported
}

private final class SchemaBox {
    var schema: Schema = .any {
        didSet { touched = true }
    }
    /// Whether the decoding asked for anything at all.
    var touched = false
    var properties: [Schema.Property] = []
    var isObject = false
    var isMap = false
}

private struct RecordingDecoder: Decoder {
    let box: SchemaBox
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        box.isObject = true
        box.schema = .object([])
        return KeyedDecodingContainer(KeyedRecorder<Key>(box: box, depth: depth))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedRecorder(box: box, depth: depth)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleRecorder(box: box, depth: depth)
    }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let box: SchemaBox
    let depth: Int
    var codingPath: [any CodingKey] = []

    var allKeys: [Key] {
        // Only a dictionary asks which keys there are; describe it as a map of unknown values.
        box.isMap = true
        box.schema = .map(.any)
        return []
    }

    func contains(_ key: Key) -> Bool { true }

    private func record(_ key: Key, _ schema: Schema, required: Bool) {
        box.properties.removeAll { $0.name == key.stringValue }
        box.properties.append(Schema.Property(name: key.stringValue, schema: schema, required: required))
        // Sorted by name, the order the JSON form has: a description read back from the wire equals this one.
        box.schema = .object(box.properties.sorted { $0.name < $1.name })
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = SchemaBox()
        let value: T
        if let (schema, sample) = SchemaRecorder.scalar(type) {
            child.schema = schema
            value = try SchemaRecorder.cast(sample)
        } else {
            value = try SchemaRecorder.decodeRecording(type, into: child, depth: depth + 1)
        }
        record(key, child.schema, required: true)
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let value = try decode(type, forKey: key)
        record(key, box.properties.first { $0.name == key.stringValue }?.schema ?? .any, required: false)
        return value
    }

    // The standard library's default implementations of these overloads call `decode`, which records the member as
    // required; a synthesized `init(from:)` calls them (not the generic one) for optional scalars.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeOptional(type, key) }

    private func decodeOptional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key) as T?
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw RecordingError.unsupported
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw RecordingError.unsupported
    }

    func superDecoder() throws -> any Decoder { throw RecordingError.unsupported }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw RecordingError.unsupported }
}

private struct UnkeyedRecorder: UnkeyedDecodingContainer {
    let box: SchemaBox
    let depth: Int
    var codingPath: [any CodingKey] = []
    var count: Int? { 1 }
    var isAtEnd: Bool { currentIndex > 0 }
    var currentIndex = 0

    init(box: SchemaBox, depth: Int) {
        self.box = box
        self.depth = depth
        box.schema = .array(.any)
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        let child = SchemaBox()
        let value: T
        if let (schema, sample) = SchemaRecorder.scalar(type) {
            child.schema = schema
            value = try SchemaRecorder.cast(sample)
        } else {
            value = try SchemaRecorder.decodeRecording(type, into: child, depth: depth + 1)
        }
        box.schema = .array(child.schema)
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw RecordingError.unsupported
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw RecordingError.unsupported }
    mutating func superDecoder() throws -> any Decoder { throw RecordingError.unsupported }
}

private struct SingleRecorder: SingleValueDecodingContainer {
    let box: SchemaBox
    let depth: Int
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let (schema, sample) = SchemaRecorder.scalar(type) {
            box.schema = schema
            return try SchemaRecorder.cast(sample)
        }
        return try SchemaRecorder.decodeRecording(type, into: box, depth: depth + 1)
    }
}

/// The shape of a params or result object, as a small subset of JSON Schema (type, properties, required, items,
/// enum, format), so that a generic client can build calls without this package.
public indirect enum Schema: Sendable, Hashable {
    /// A string; `format` is `date-time` for an RFC 3339 timestamp.
    case string(format: String? = nil)
    case integer
    case number
    case boolean
    /// A string from a fixed list.
    case enumeration([String])
    case array(Schema)
    /// An object with named members; `required` are the ones that must be present.
    case object([Property])
    /// An object used as a map from arbitrary keys to values of one shape.
    case map(Schema)
    /// Any JSON value.
    case any

    /// One member of an object.
    public struct Property: Sendable, Hashable {
        public var name: String
        public var schema: Schema
        public var required: Bool

        public init(name: String, schema: Schema, required: Bool) {
            self.name = name
            self.schema = schema
            self.required = required
        }
    }
}

extension Schema: Codable {
    private enum Key: String, CodingKey {
        case type, format, properties, required, items, additionalProperties
        case values = "enum"
    }

    private struct NameKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .string(let format):
            try c.encode("string", forKey: .type)
            try c.encodeIfPresent(format, forKey: .format)
        case .integer: try c.encode("integer", forKey: .type)
        case .number: try c.encode("number", forKey: .type)
        case .boolean: try c.encode("boolean", forKey: .type)
        case .enumeration(let values):
            try c.encode("string", forKey: .type)
            try c.encode(values, forKey: .values)
        case .array(let items):
            try c.encode("array", forKey: .type)
            try c.encode(items, forKey: .items)
        case .object(let properties):
            try c.encode("object", forKey: .type)
            var p = c.nestedContainer(keyedBy: NameKey.self, forKey: .properties)
            for property in properties {
                try p.encode(property.schema, forKey: NameKey(stringValue: property.name))
            }
            try c.encode(properties.filter(\.required).map(\.name).sorted(), forKey: .required)
        case .map(let values):
            try c.encode("object", forKey: .type)
            try c.encode(values, forKey: .additionalProperties)
        case .any:
            break
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decodeIfPresent(String.self, forKey: .type) {
        case "string":
            if let values = try c.decodeIfPresent([String].self, forKey: .values) {
                self = .enumeration(values)
            } else {
                self = .string(format: try c.decodeIfPresent(String.self, forKey: .format))
            }
        case "integer": self = .integer
        case "number": self = .number
        case "boolean": self = .boolean
        case "array": self = .array(try c.decode(Schema.self, forKey: .items))
        case "object":
            if let values = try c.decodeIfPresent(Schema.self, forKey: .additionalProperties) {
                self = .map(values)
            } else {
                let required = Set(try c.decodeIfPresent([String].self, forKey: .required) ?? [])
                let p = try c.nestedContainer(keyedBy: NameKey.self, forKey: .properties)
                self = .object(
                    try p.allKeys.map {
                        Property(
                            name: $0.stringValue, schema: try p.decode(Schema.self, forKey: $0),
                            required: required.contains($0.stringValue))
                    }.sorted { $0.name < $1.name })
            }
        default: self = .any
        }
    }
}

/// A string enumeration on the wire whose values `rpc.describe` lists.
public protocol WireEnum: CaseIterable, RawRepresentable, Codable, Sendable, _SchemaEnumeration
where RawValue == String {}

/// What the schema recorder needs of a `WireEnum`, without its associated types. Not for use outside ZCProtocol.
public protocol _SchemaEnumeration {
    static var _schemaValues: [String] { get }
    static var _schemaSample: Any { get }
}

extension WireEnum {
    public static var _schemaValues: [String] { allCases.map(\.rawValue) }
    public static var _schemaSample: Any { allCases.first as Any }
}

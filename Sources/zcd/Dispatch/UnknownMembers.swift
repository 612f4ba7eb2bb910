import ZCProtocol

/// Finds a member of `params` that the method does not know, at any depth its schema describes.
///
/// Decoding ignores unknown members; refusing them instead means a misspelt optional field is reported rather than
/// silently dropped with what it held.
enum UnknownMembers {
    /// The path of the first unknown member (e.g. `params.entries[1].shcool`), or nil when all are known.
    static func find(in params: [UInt8], schema: Schema) -> String? {
        params.withUnsafeBytes { raw in find(raw, schema: schema, path: "params") }
    }

    private static func find(_ bytes: UnsafeRawBufferPointer, schema: Schema, path: String) -> String? {
        switch schema {
        case .object(let properties):
            guard let members = try? JSONScanner.objectMembers(bytes, maximumDepth: 512) else { return nil }
            for member in members {
                guard let property = properties.first(where: { $0.name == member.key }) else {
                    return path + "." + member.key
                }
                if member.kind == .object || member.kind == .array,
                    let found = find(
                        UnsafeRawBufferPointer(rebasing: bytes[member.valueRange]), schema: property.schema,
                        path: path + "." + member.key)
                {
                    return found
                }
            }
            return nil
        case .array(let items):
            guard let elements = try? JSONScanner.arrayElements(bytes, maximumDepth: 512) else { return nil }
            for (index, element) in elements.enumerated() where element.kind == .object || element.kind == .array {
                if let found = find(
                    UnsafeRawBufferPointer(rebasing: bytes[element.range]), schema: items, path: "\(path)[\(index)]")
                {
                    return found
                }
            }
            return nil
        case .map(let values):
            guard let members = try? JSONScanner.objectMembers(bytes, maximumDepth: 512) else { return nil }
            for member in members where member.kind == .object || member.kind == .array {
                if let found = find(
                    UnsafeRawBufferPointer(rebasing: bytes[member.valueRange]), schema: values,
                    path: path + "." + member.key)
                {
                    return found
                }
            }
            return nil
        default:
            return nil
        }
    }
}

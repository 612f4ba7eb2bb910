import ZCEngine
import ZCProtocol

/// Organisation and staff views to wire types, and the wire enums to the engine's. The two sides' enums share their
/// raw values; `WireMapping.convert` goes between them and refuses (as an internal error) a value one side lacks,
/// which a test rules out for every case.
enum WireMapping {
    static func convert<From: RawRepresentable, To: RawRepresentable>(_ value: From, to: To.Type = To.self) throws
        -> To where From.RawValue == String, To.RawValue == String
    {
        guard let converted = To(rawValue: value.rawValue) else {
            throw WireMappingError(value: value.rawValue, type: "\(To.self)")
        }
        return converted
    }

    static func convert<From: RawRepresentable, To: RawRepresentable>(_ value: From?, to: To.Type = To.self) throws
        -> To? where From.RawValue == String, To.RawValue == String
    {
        try value.map { try convert($0, to: To.self) }
    }
}

/// A value with no counterpart on the other side: a fault of this build, reported as an internal error.
struct WireMappingError: Error {
    let value: String
    let type: String
}

extension OrganizationInfo {
    init(_ v: OrganizationView) throws {
        self.init(
            code: v.code, parentCode: v.parentCode, kind: try WireMapping.convert(v.kind), kindName: v.kind.chineseName,
            category: try WireMapping.convert(v.category), categoryName: v.category?.chineseName,
            nature: try WireMapping.convert(v.nature), natureName: v.nature?.chineseName, name: v.name,
            address: v.address, contactPerson: v.contactPerson, contactPhone: v.contactPhone, disabled: v.disabled,
            adminAccount: v.adminLogin, createdAt: v.createdAt, updatedAt: v.updatedAt)
    }
}

extension StaffInfo {
    init(_ v: StaffView) throws {
        self.init(
            account: v.login, name: v.name, staffType: try WireMapping.convert(v.staffType), phone: v.phone,
            organization: OrganizationRef(code: v.organizationCode, name: v.organizationName),
            permissions: v.permissions, disabled: v.disabled, mustChangePassword: v.mustChangePassword,
            createdAt: v.createdAt)
    }
}

extension PermissionInfo {
    init(_ p: Permission) {
        self.init(name: p.rawValue, chineseName: p.chineseName)
    }
}

extension PageRequest {
    /// Bounds are checked by the engine's initialiser (`page.offset`, `page.limit`).
    init(_ p: PageParams?) throws {
        try self.init(offset: p?.offset, limit: p?.limit)
    }
}

extension ZCProtocol.Page {
    init<Source: Sendable>(_ page: ZCEngine.Page<Source>, _ convert: (Source) throws -> Item) rethrows {
        self.init(items: try page.items.map(convert), total: page.total, offset: page.offset, limit: page.limit)
    }
}

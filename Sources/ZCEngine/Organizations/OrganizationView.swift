public import Foundation

/// 组织机构 — an organisation as the engine reports it.
public struct OrganizationView: Sendable, Equatable {
    public var id: Int64
    /// 机构编码 — the full hierarchical code.
    public var code: String
    public var parentCode: String?
    public var kind: OrganizationKind
    public var category: OrganizationCategory?
    public var nature: OrganizationNature?
    public var name: String
    public var address: String?
    public var contactPerson: String?
    public var contactPhone: String?
    public var disabled: Bool
    /// The login of its admin account.
    public var adminLogin: String?
    public var createdAt: Date
    public var updatedAt: Date
}

/// 创建次级机构 — what the parent's admin gives to create a child organisation (the manual's * fields are required).
public struct NewOrganization: Sendable {
    public var parentCode: String
    public var kind: OrganizationKind
    /// Required for departments, self-reviewing units and talent centres: it fixes the serial range.
    public var category: OrganizationCategory?
    /// The own 4-digit part; nil asks for the next free one in the category's range.
    public var serial: String?
    public var name: String
    public var nature: OrganizationNature?
    public var address: String?
    public var contactPerson: String?
    public var contactPhone: String?

    public init(
        parentCode: String, kind: OrganizationKind, category: OrganizationCategory? = nil, serial: String? = nil,
        name: String, nature: OrganizationNature? = nil, address: String? = nil, contactPerson: String? = nil,
        contactPhone: String? = nil
    ) {
        self.parentCode = parentCode
        self.kind = kind
        self.category = category
        self.serial = serial
        self.name = name
        self.nature = nature
        self.address = address
        self.contactPerson = contactPerson
        self.contactPhone = contactPhone
    }
}

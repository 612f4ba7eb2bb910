public import Foundation

/// 工作人员 — a staff account (经办人 or 领导) of an organisation.
public struct StaffInfo: Codable, Hashable, Sendable {
    /// The login name.
    public var account: String
    /// The person's name.
    public var name: String
    public var staffType: StaffType
    public var phone: String?
    public var organization: OrganizationRef
    /// Permission names (e.g. `review.handler`), sorted.
    public var permissions: [String]
    /// A disabled account cannot log in.
    public var disabled: Bool
    /// True until the initial or reset password is changed.
    public var mustChangePassword: Bool
    public var createdAt: Date

    public init(
        account: String, name: String, staffType: StaffType, phone: String? = nil, organization: OrganizationRef,
        permissions: [String], disabled: Bool, mustChangePassword: Bool, createdAt: Date
    ) {
        self.account = account
        self.name = name
        self.staffType = staffType
        self.phone = phone
        self.organization = organization
        self.permissions = permissions
        self.disabled = disabled
        self.mustChangePassword = mustChangePassword
        self.createdAt = createdAt
    }
}

/// 权限 — a staff permission of the manual's list.
public struct PermissionInfo: Codable, Hashable, Sendable {
    /// The stable name, e.g. `review.exportList`.
    public var name: String
    /// The manual's name, e.g. `资格审查-资格审查名单导出`.
    public var chineseName: String

    public init(name: String, chineseName: String) {
        self.name = name
        self.chineseName = chineseName
    }
}

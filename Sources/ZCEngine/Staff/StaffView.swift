public import Foundation

/// 工作人员 — a staff account (经办人 or 领导) as the engine reports it.
public struct StaffView: Sendable, Equatable {
    public var id: Int64
    /// The login name.
    public var login: String
    /// The person's name (the account's display name).
    public var name: String
    public var staffType: StaffType
    public var phone: String?
    public var organizationCode: String
    public var organizationName: String
    /// Permission names, sorted.
    public var permissions: [String]
    public var disabled: Bool
    public var mustChangePassword: Bool
    public var createdAt: Date
}

/// 创建工作人员账号 — what an organisation's admin gives to create a staff account in its organisation.
public struct NewStaff: Sendable {
    /// The login name: see ``StaffAccountName``.
    public var login: String
    public var name: String
    public var staffType: StaffType
    public var phone: String?
    /// Permission names from the catalogue; each must be grantable to this type in this organisation.
    public var permissions: [String]

    public init(login: String, name: String, staffType: StaffType, phone: String? = nil, permissions: [String] = []) {
        self.login = login
        self.name = name
        self.staffType = staffType
        self.phone = phone
        self.permissions = permissions
    }
}

/// Which of the organisation's staff to list.
public struct StaffQuery: Sendable {
    public var staffType: StaffType?
    public var includeDisabled: Bool
    public var page: PageRequest

    public init(staffType: StaffType? = nil, includeDisabled: Bool = false, page: PageRequest) {
        self.staffType = staffType
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 编辑工作人员 — nil leaves a field as it is; a blank phone clears it (the name cannot be cleared).
public struct StaffEdit: Sendable {
    public var login: String
    public var name: String?
    public var phone: String?

    public init(login: String, name: String? = nil, phone: String? = nil) {
        self.login = login
        self.name = name
        self.phone = phone
    }
}

/// `staff.*`: 工作人员 — an organisation's admin manages its handlers (经办人) and leaders (领导) and their
/// permissions. Every method acts on the caller's own organisation only.

/// The scope every `staff.*` method is narrowed to.
private let ownOrganizationAdmin = Access([.orgAdmin], scope: "admin of the caller's own organisation")

/// 创建工作人员账号 — a handler or leader in the caller's organisation, with permissions.
public struct CreateStaffRequest: ZCRequest {
    public typealias Response = CreateStaffResult
    public static let method = "staff.create"
    public static let summary =
        "Create a staff account (handler or leader) with permissions; initial password shown once"
    public static let access = ownOrganizationAdmin

    /// The login: 3–32 ASCII letters, digits, `.`, `_` or `-`, starting with a letter; not `admin` + digits, not
    /// an 18-character ID-number-like string; unique.
    public var account: String
    /// The person's name.
    public var name: String
    public var staffType: StaffType
    public var phone: String?
    /// Permission names; each must be grantable to this type in this organisation (`staff.grantablePermissions`).
    public var permissions: [String]

    public init(account: String, name: String, staffType: StaffType, phone: String? = nil, permissions: [String]) {
        self.account = account
        self.name = name
        self.staffType = staffType
        self.phone = phone
        self.permissions = permissions
    }
}

public struct CreateStaffResult: Codable, Hashable, Sendable {
    public var staff: StaffInfo
    /// The login and its initial password, shown this once; it must be changed at the first login.
    public var credentials: IssuedCredentials

    public init(staff: StaffInfo, credentials: IssuedCredentials) {
        self.staff = staff
        self.credentials = credentials
    }
}

/// 工作人员列表 — the caller's organisation's staff, sorted by account.
public struct ListStaffRequest: ZCRequest {
    public typealias Response = Page<StaffInfo>
    public static let method = "staff.list"
    public static let summary = "List the staff of the caller's organisation, sorted by account, paged"
    public static let access = ownOrganizationAdmin

    /// Only handlers or only leaders.
    public var staffType: StaffType?
    /// Whether disabled accounts are listed too (default false).
    public var includeDisabled: Bool?
    public var page: PageParams?

    public init(staffType: StaffType? = nil, includeDisabled: Bool? = nil, page: PageParams? = nil) {
        self.staffType = staffType
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 查看工作人员 — one staff account of the caller's organisation.
public struct ShowStaffRequest: ZCRequest {
    public typealias Response = StaffInfo
    public static let method = "staff.show"
    public static let summary = "Show a staff account of the caller's organisation"
    public static let access = ownOrganizationAdmin

    public var account: String

    public init(account: String) { self.account = account }
}

/// 编辑工作人员 — name or phone; an absent member is left as it is, an empty `phone` clears it.
public struct EditStaffRequest: ZCRequest {
    public typealias Response = StaffInfo
    public static let method = "staff.edit"
    public static let summary = "Change a staff member's name or phone"
    public static let access = ownOrganizationAdmin

    public var account: String
    public var name: String?
    public var phone: String?

    public init(account: String, name: String? = nil, phone: String? = nil) {
        self.account = account
        self.name = name
        self.phone = phone
    }
}

/// 设置权限 — replaces a staff member's permissions; effective on its live sessions at once.
public struct SetStaffPermissionsRequest: ZCRequest {
    public typealias Response = StaffInfo
    public static let method = "staff.setPermissions"
    public static let summary = "Replace a staff member's permissions (effective at once, also in live sessions)"
    public static let access = ownOrganizationAdmin

    public var account: String
    /// The whole new set; an empty array removes every permission.
    public var permissions: [String]

    public init(account: String, permissions: [String]) {
        self.account = account
        self.permissions = permissions
    }
}

/// 停用工作人员 — the account cannot log in and its sessions end.
public struct DisableStaffRequest: ZCRequest {
    public typealias Response = StaffInfo
    public static let method = "staff.disable"
    public static let summary = "Disable a staff account: it cannot log in and its sessions end"
    public static let access = ownOrganizationAdmin

    public var account: String

    public init(account: String) { self.account = account }
}

/// 启用工作人员 — enables a disabled staff account again.
public struct EnableStaffRequest: ZCRequest {
    public typealias Response = StaffInfo
    public static let method = "staff.enable"
    public static let summary = "Enable a disabled staff account again"
    public static let access = ownOrganizationAdmin

    public var account: String

    public init(account: String) { self.account = account }
}

/// 重置工作人员密码 — a new initial password, to be changed at the next login; unlocks and ends sessions.
public struct ResetStaffPasswordRequest: ZCRequest {
    public typealias Response = IssuedCredentials
    public static let method = "staff.resetPassword"
    public static let summary = "Give a staff account a new initial password (changed at next login)"
    public static let access = ownOrganizationAdmin

    public var account: String

    public init(account: String) { self.account = account }
}

/// 可授予权限 — the permissions the caller may grant to a staff type in its organisation.
public struct GrantablePermissionsRequest: ZCRequest {
    public typealias Response = [PermissionInfo]
    public static let method = "staff.grantablePermissions"
    public static let summary =
        "List the permissions that may be granted to a handler or a leader of the caller's organisation"
    public static let access = ownOrganizationAdmin

    public var staffType: StaffType

    public init(staffType: StaffType) { self.staffType = staffType }
}

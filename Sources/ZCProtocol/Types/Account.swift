/// How the daemon sees a caller.
public struct CallerInfo: Codable, Hashable, Sendable {
    /// Peer credentials of the connection (SO_PEERCRED).
    public var uid: Int
    public var gid: Int
    public var pid: Int
    /// True for uid 0 and the daemon's own uid.
    public var isOperator: Bool
    /// The logged-in account, if any.
    public var account: AccountInfo?

    public init(uid: Int, gid: Int, pid: Int, isOperator: Bool, account: AccountInfo? = nil) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.isOperator = isOperator
        self.account = account
    }
}

/// 账号 — an account as others see it.
public struct AccountInfo: Codable, Hashable, Sendable {
    public var id: Int64
    /// The login name (an applicant's is the resident ID number).
    public var account: String
    /// The person's or office's display name.
    public var displayName: String
    public var kind: AccountKind
    /// For staff: 经办人 or 领导.
    public var staffType: StaffType?
    /// The organisation the account belongs to.
    public var organization: OrganizationRef
    /// Staff permission names, sorted.
    public var permissions: [String]
    public var mustChangePassword: Bool
    public var disabled: Bool

    public init(
        id: Int64, account: String, displayName: String, kind: AccountKind, staffType: StaffType? = nil,
        organization: OrganizationRef, permissions: [String] = [], mustChangePassword: Bool, disabled: Bool = false
    ) {
        self.id = id
        self.account = account
        self.displayName = displayName
        self.kind = kind
        self.staffType = staffType
        self.organization = organization
        self.permissions = permissions
        self.mustChangePassword = mustChangePassword
        self.disabled = disabled
    }
}

/// The kinds of account.
public enum AccountKind: String, WireEnum {
    /// 机构管理员 — an organisation's admin.
    case orgAdmin
    /// 工作人员 — staff: a handler or a leader.
    case staff
    /// 申报人 — an applicant.
    case applicant
}

/// 工作人员类型 — a staff member's type.
public enum StaffType: String, WireEnum {
    /// 经办人 — handler: does the first review at each level.
    case handler
    /// 领导 — leader: approves after the handler.
    case leader
}

/// An account name with a password to hand over, shown once.
public struct IssuedCredentials: Codable, Hashable, Sendable {
    public var account: String
    /// The initial password; it must be changed at the first login.
    public var initialPassword: String

    public init(account: String, initialPassword: String) {
        self.account = account
        self.initialPassword = initialPassword
    }
}

/// A short reference to an organisation.
public struct OrganizationRef: Codable, Hashable, Sendable {
    /// 机构编码 — the hierarchical code, e.g. `130100`.
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

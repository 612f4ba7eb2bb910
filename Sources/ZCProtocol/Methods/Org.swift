/// `org.*`: the organisation tree (组织机构), created top-down; each organisation's admin manages its own profile
/// and its direct children.

/// 创建次级机构 — creates a child organisation and its admin account.
public struct CreateOrganizationRequest: ZCRequest {
    public typealias Response = CreateOrganizationResult
    public static let method = "org.create"
    public static let summary = "Create a child organisation and its admin account (initial password shown once)"
    public static let access = Access([.orgAdmin], scope: "admin of the parent organisation")

    /// The parent's full code; the new code is this plus 4 digits.
    public var parentCode: String
    public var kind: OrganizationKind
    /// Required for departments, self-reviewing units and talent centres (it fixes the serial range); absent for
    /// offices and employers.
    public var category: OrganizationCategory?
    /// The own 4 digits, e.g. `1001`; absent to take the lowest free one in the category's range.
    public var serial: String?
    public var name: String
    /// Default: `stateOrgan` for offices, `publicInstitution` for provincial units; offices must be `stateOrgan`.
    public var nature: OrganizationNature?
    public var address: String?
    public var contactPerson: String?
    /// An 11-digit mobile number or a landline with area code, e.g. `0311-87654321`.
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

public struct CreateOrganizationResult: Codable, Hashable, Sendable {
    public var organization: OrganizationInfo
    /// The new admin account and its initial password, shown this once.
    public var admin: IssuedCredentials

    public init(organization: OrganizationInfo, admin: IssuedCredentials) {
        self.organization = organization
        self.admin = admin
    }
}

/// 机构列表 — the children (or the whole subtree) of an organisation, sorted by code.
public struct ListOrganizationsRequest: ZCRequest {
    public typealias Response = Page<OrganizationInfo>
    public static let method = "org.list"
    public static let summary = "List the children or the whole subtree of an organisation, sorted by code, paged"
    public static let access = Access([.orgAdmin], scope: "admin of the organisation or of one above it")

    /// Whose children to list; default: the caller's own organisation.
    public var parentCode: String?
    /// True for every descendant instead of the direct children only (default false).
    public var subtree: Bool?
    /// Only organisations of this kind.
    public var kind: OrganizationKind?
    /// Whether disabled organisations are listed too (default false).
    public var includeDisabled: Bool?
    public var page: PageParams?

    public init(
        parentCode: String? = nil, subtree: Bool? = nil, kind: OrganizationKind? = nil, includeDisabled: Bool? = nil,
        page: PageParams? = nil
    ) {
        self.parentCode = parentCode
        self.subtree = subtree
        self.kind = kind
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 查看机构 — one organisation with its profile.
public struct ShowOrganizationRequest: ZCRequest {
    public typealias Response = OrganizationInfo
    public static let method = "org.show"
    public static let summary = "Show an organisation's profile"
    public static let access = Access(
        [.orgAdmin, .handler, .leader],
        scope: "admins: the organisation or one above it; staff: their own organisation")

    public var code: String

    public init(code: String) { self.code = code }
}

/// 编辑本级机构 — the organisation's own admin completes its profile. An absent member leaves the field as it is; an
/// empty string clears `address`, `contactPerson` or `contactPhone`.
public struct EditOrganizationRequest: ZCRequest {
    public typealias Response = OrganizationInfo
    public static let method = "org.edit"
    public static let summary = "Complete the own organisation's profile: category, nature, address, contact"
    public static let access = Access([.orgAdmin], scope: "admin of the organisation itself")

    public var code: String
    /// Allowed only when the kind takes it and the code's serial lies in its range.
    public var category: OrganizationCategory?
    /// Offices stay `stateOrgan`.
    public var nature: OrganizationNature?
    public var address: String?
    public var contactPerson: String?
    public var contactPhone: String?

    public init(
        code: String, category: OrganizationCategory? = nil, nature: OrganizationNature? = nil,
        address: String? = nil, contactPerson: String? = nil, contactPhone: String? = nil
    ) {
        self.code = code
        self.category = category
        self.nature = nature
        self.address = address
        self.contactPerson = contactPerson
        self.contactPhone = contactPhone
    }
}

/// 修改机构名称 — the parent's admin renames a child organisation.
public struct RenameOrganizationRequest: ZCRequest {
    public typealias Response = OrganizationInfo
    public static let method = "org.rename"
    public static let summary = "Rename a child organisation"
    public static let access = Access([.orgAdmin], scope: "admin of the parent organisation")

    public var code: String
    /// 1–100 characters.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// 停用机构 — the parent's admin disables a child organisation (never deleted); refused while it has enabled
/// children. Its accounts can no longer log in and their sessions end.
public struct DisableOrganizationRequest: ZCRequest {
    public typealias Response = OrganizationInfo
    public static let method = "org.disable"
    public static let summary = "Disable a child organisation: its accounts cannot log in and their sessions end"
    public static let access = Access([.orgAdmin], scope: "admin of the parent organisation")

    public var code: String
    /// Why, for the audit trail (1–200 characters).
    public var reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }
}

/// 启用机构 — the parent's admin enables a disabled child organisation again.
public struct EnableOrganizationRequest: ZCRequest {
    public typealias Response = OrganizationInfo
    public static let method = "org.enable"
    public static let summary = "Enable a disabled child organisation again"
    public static let access = Access([.orgAdmin], scope: "admin of the parent organisation")

    public var code: String

    public init(code: String) { self.code = code }
}

/// 重置下级管理员密码 — the parent's admin gives a child's admin a new initial password.
public struct ResetOrganizationAdminPasswordRequest: ZCRequest {
    public typealias Response = IssuedCredentials
    public static let method = "org.resetAdminPassword"
    public static let summary = "Give a child organisation's admin a new initial password (changed at next login)"
    public static let access = Access([.orgAdmin], scope: "admin of the parent organisation")

    public var code: String

    public init(code: String) { self.code = code }
}

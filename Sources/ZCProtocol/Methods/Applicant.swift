/// `applicant.*`: applicants' accounts (申报人). The admin of an employer (申报单位) or of a self-reviewing unit
/// creates them; each admin sees and manages only its own organisation's applicants. An applicant of another
/// organisation answers `not_found`, like one that does not exist. `idNumber` accepts a lower-case `x`.

/// 创建申报人 — a new applicant account; the login is the ID number, the initial password is returned once.
///
/// Errors: `permission_denied` unless the caller is the admin of an employer or a self-reviewing unit;
/// `invalid_argument` listing every bad value (ID number: 18 characters, a real birth date, the check character;
/// name; phone); `already_exists` when the ID number has an account anywhere in the province.
public struct CreateApplicantRequest: ZCRequest {
    public typealias Response = CreateApplicantResult
    public static let method = "applicant.create"
    public static let summary = "Create an applicant account (login: the resident ID number)"
    public static let access = Access([.orgAdmin], scope: "admin of an employer or a self-reviewing unit")

    /// 身份证号码: 18 characters (GB 11643), a lower-case `x` accepted.
    public var idNumber: String
    /// 1–50 characters.
    public var name: String
    /// An 11-digit mobile number or a landline with area code.
    public var phone: String?

    public init(idNumber: String, name: String, phone: String? = nil) {
        self.idNumber = idNumber
        self.name = name
        self.phone = phone
    }
}

/// 申报人列表 — the caller's organisation's applicants, by name then ID number.
public struct ListApplicantsRequest: ZCRequest {
    public typealias Response = Page<ApplicantInfo>
    public static let method = "applicant.list"
    public static let summary = "List or search the applicants of the caller's organisation"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    /// Digits (a final X allowed): ID numbers starting so; anything else: names containing it. At most 50 characters.
    public var query: String?
    /// Also list disabled applicants (default false).
    public var includeDisabled: Bool?
    public var page: PageParams?

    public init(query: String? = nil, includeDisabled: Bool? = nil, page: PageParams? = nil) {
        self.query = query
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 申报人详情 — one applicant of the caller's organisation.
public struct ShowApplicantRequest: ZCRequest {
    public typealias Response = ApplicantInfo
    public static let method = "applicant.show"
    public static let summary = "Show one applicant of the caller's organisation"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    public var idNumber: String

    public init(idNumber: String) {
        self.idNumber = idNumber
    }
}

/// 编辑申报人 — correct the name or the phone (`""` removes it). The ID number never changes. At least one member
/// must be given.
public struct EditApplicantRequest: ZCRequest {
    public typealias Response = ApplicantInfo
    public static let method = "applicant.edit"
    public static let summary = "Change an applicant's name or phone"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    public var idNumber: String
    public var name: String?
    /// A new phone number, or `""` to remove it.
    public var phone: String?

    public init(idNumber: String, name: String? = nil, phone: String? = nil) {
        self.idNumber = idNumber
        self.name = name
        self.phone = phone
    }
}

/// 停用申报人 — disable the account: its sessions end and it cannot log in. `failed_precondition` if already
/// disabled.
public struct DisableApplicantRequest: ZCRequest {
    public typealias Response = ApplicantInfo
    public static let method = "applicant.disable"
    public static let summary = "Disable an applicant's account, with a reason; its sessions end"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    public var idNumber: String
    /// 1–200 characters, kept in the audit trail.
    public var reason: String

    public init(idNumber: String, reason: String) {
        self.idNumber = idNumber
        self.reason = reason
    }
}

/// 启用申报人 — enable a disabled account again. `failed_precondition` if it is enabled.
public struct EnableApplicantRequest: ZCRequest {
    public typealias Response = ApplicantInfo
    public static let method = "applicant.enable"
    public static let summary = "Enable a disabled applicant's account again"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    public var idNumber: String

    public init(idNumber: String) {
        self.idNumber = idNumber
    }
}

/// 重置密码 — a new initial password, returned once; it must be changed at the next login. Also unlocks the account
/// and ends its sessions.
public struct ResetApplicantPasswordRequest: ZCRequest {
    public typealias Response = IssuedCredentials
    public static let method = "applicant.resetPassword"
    public static let summary = "Give an applicant a new initial password; unlocks and ends its sessions"
    public static let access = Access([.orgAdmin], scope: "own organisation")

    public var idNumber: String

    public init(idNumber: String) {
        self.idNumber = idNumber
    }
}

/// `committee.*`: review committees (评委会). An organisation admin creates them; its organisation owns them and
/// only its admin changes them. Committees are not secret: admins and staff may list and show them all.

/// 创建评委会 — a new committee owned by the caller's organisation.
///
/// Errors: `permission_denied` unless the forming organisation is the caller's own or below it;
/// `invalid_argument` listing every rule broken (code format, name, specialties, series known and not retired with
/// qualifications at `level`, authorising organisation a title-reform office at or above the forming one,
/// 自主评审 only by a self-reviewing unit); `already_exists` for a code in use.
public struct CreateCommitteeRequest: ZCRequest {
    public typealias Response = CommitteeInfo
    public static let method = "committee.create"
    public static let summary = "Create a review committee owned by the caller's organisation"
    public static let access = Access([.orgAdmin], scope: "forming organisation at or below the caller's")

    /// 评委会编码: 3–20 characters of `A–Z`, `0–9` and `-`, not starting with `-`; unique.
    public var code: String
    /// 1–100 characters.
    public var name: String
    /// 评审系列: a series code of `ref.series`, not retired.
    public var seriesCode: String
    /// The series must have a qualification at a title level of this committee level.
    public var level: CommitteeLevel
    public var reviewType: ReviewType
    /// 组建单位: the caller's organisation or one below it; a self-reviewing unit for `selfReview`.
    public var formingOrganizationCode: String
    /// 授权管理单位: a title-reform office (职改办) at or above the forming organisation.
    public var authorityOrganizationCode: String
    /// 评审专业: 1–100 entries of 1–50 characters, no duplicates.
    public var specialties: [String]

    public init(
        code: String, name: String, seriesCode: String, level: CommitteeLevel, reviewType: ReviewType,
        formingOrganizationCode: String, authorityOrganizationCode: String, specialties: [String]
    ) {
        self.code = code
        self.name = name
        self.seriesCode = seriesCode
        self.level = level
        self.reviewType = reviewType
        self.formingOrganizationCode = formingOrganizationCode
        self.authorityOrganizationCode = authorityOrganizationCode
        self.specialties = specialties
    }
}

/// 评委会列表 — committees sorted by code; disabled ones only with `includeDisabled`.
public struct ListCommitteesRequest: ZCRequest {
    public typealias Response = Page<CommitteeInfo>
    public static let method = "committee.list"
    public static let summary = "List review committees, optionally of one series and level"
    public static let access = Access([.orgAdmin, .handler, .leader])

    /// Only committees of this series.
    public var seriesCode: String?
    /// Only committees of this level.
    public var level: CommitteeLevel?
    /// Also list disabled committees (default false).
    public var includeDisabled: Bool?
    public var page: PageParams?

    public init(
        seriesCode: String? = nil, level: CommitteeLevel? = nil, includeDisabled: Bool? = nil, page: PageParams? = nil
    ) {
        self.seriesCode = seriesCode
        self.level = level
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 评委会详情 — one committee, disabled or not. Fails with `not_found` for an unknown code.
public struct ShowCommitteeRequest: ZCRequest {
    public typealias Response = CommitteeInfo
    public static let method = "committee.show"
    public static let summary = "Show one review committee"
    public static let access = Access([.orgAdmin, .handler, .leader])

    public var code: String

    public init(code: String) {
        self.code = code
    }
}

/// 编辑评委会 — change the name, the specialties (replaced as a whole) or the authorising organisation. Series,
/// level, review type and forming organisation are fixed once created. At least one member must be given.
public struct EditCommitteeRequest: ZCRequest {
    public typealias Response = CommitteeInfo
    public static let method = "committee.edit"
    public static let summary = "Change a committee's name, specialties or authorising organisation"
    public static let access = Access([.orgAdmin], scope: "admin of the committee's owner")

    public var code: String
    public var name: String?
    /// The new full list: 1–100 entries of 1–50 characters, no duplicates.
    public var specialties: [String]?
    /// A title-reform office at or above the forming organisation.
    public var authorityOrganizationCode: String?

    public init(
        code: String, name: String? = nil, specialties: [String]? = nil, authorityOrganizationCode: String? = nil
    ) {
        self.code = code
        self.name = name
        self.specialties = specialties
        self.authorityOrganizationCode = authorityOrganizationCode
    }
}

/// 停用评委会 — disable a committee; the reason goes to the audit trail. `failed_precondition` if already disabled.
public struct DisableCommitteeRequest: ZCRequest {
    public typealias Response = CommitteeInfo
    public static let method = "committee.disable"
    public static let summary = "Disable a review committee, with a reason"
    public static let access = Access([.orgAdmin], scope: "admin of the committee's owner")

    public var code: String
    /// 1–200 characters.
    public var reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }
}

/// 启用评委会 — enable a disabled committee again. `failed_precondition` if it is enabled.
public struct EnableCommitteeRequest: ZCRequest {
    public typealias Response = CommitteeInfo
    public static let method = "committee.enable"
    public static let summary = "Enable a disabled review committee again"
    public static let access = Access([.orgAdmin], scope: "admin of the committee's owner")

    public var code: String

    public init(code: String) {
        self.code = code
    }
}

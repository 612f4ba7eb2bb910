public import Foundation

/// 评委会 — a review committee as the engine reports it.
public struct CommitteeView: Sendable, Equatable {
    /// 评委会编码 — its own code system, apart from organisation codes.
    public var code: String
    public var name: String
    /// 评审系列
    public var seriesCode: String
    public var seriesName: String
    public var level: CommitteeLevel
    public var reviewType: ReviewType
    /// 组建单位
    public var formingOrganization: OrganizationSummary
    /// 授权管理单位
    public var authorityOrganization: OrganizationSummary
    /// The organisation whose admin created it and manages it.
    public var owner: OrganizationSummary
    /// 评审专业, sorted.
    public var specialties: [String]
    public var disabled: Bool
    public var createdAt: Date
    public var updatedAt: Date
}

/// 创建评委会 — what an organisation admin gives to create a committee.
public struct NewCommittee: Sendable {
    public var code: String
    public var name: String
    public var seriesCode: String
    public var level: CommitteeLevel
    public var reviewType: ReviewType
    public var formingOrganizationCode: String
    public var authorityOrganizationCode: String
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

/// 编辑评委会 — the fields that may change after creation; nil leaves a field as it is. Series, level, review type
/// and forming organisation are fixed once created.
public struct CommitteeChanges: Sendable {
    public var name: String?
    /// Replaces the whole list.
    public var specialties: [String]?
    public var authorityOrganizationCode: String?

    public init(name: String? = nil, specialties: [String]? = nil, authorityOrganizationCode: String? = nil) {
        self.name = name
        self.specialties = specialties
        self.authorityOrganizationCode = authorityOrganizationCode
    }

    var isEmpty: Bool { name == nil && specialties == nil && authorityOrganizationCode == nil }
}

/// Which committees to list.
public struct CommitteeFilter: Sendable {
    public var seriesCode: String?
    public var level: CommitteeLevel?
    public var includeDisabled: Bool

    public init(seriesCode: String? = nil, level: CommitteeLevel? = nil, includeDisabled: Bool = false) {
        self.seriesCode = seriesCode
        self.level = level
        self.includeDisabled = includeDisabled
    }
}

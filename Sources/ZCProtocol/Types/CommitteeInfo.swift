public import Foundation

/// 评审类型 — whom a committee reviews.
public enum ReviewType: String, WireEnum {
    /// 社会化评审 — open to applicants of every employer.
    case social
    /// 自主评审 — a self-reviewing unit's own committee.
    case selfReview
}

/// 评委会 — a review committee.
public struct CommitteeInfo: Codable, Hashable, Sendable {
    /// 评委会编码 — its own code system, apart from organisation codes: 3–20 of `A–Z`, `0–9`, `-`.
    public var code: String
    public var name: String
    /// 评审系列 — a series code of `ref.series`.
    public var seriesCode: String
    public var seriesName: String
    public var level: CommitteeLevel
    /// 初级, 中级 or 高级.
    public var levelName: String
    public var reviewType: ReviewType
    /// 社会化评审 or 自主评审.
    public var reviewTypeName: String
    /// 组建单位 — the organisation that forms it.
    public var formingOrganization: OrganizationRef
    /// 授权管理单位 — the title-reform office that authorises it.
    public var authorityOrganization: OrganizationRef
    /// The organisation whose admin created it and manages it.
    public var owner: OrganizationRef
    /// 评审专业 — the specialties it reviews, sorted.
    public var specialties: [String]
    public var disabled: Bool
    public var createdAt: Date

    public init(
        code: String, name: String, seriesCode: String, seriesName: String, level: CommitteeLevel, levelName: String,
        reviewType: ReviewType, reviewTypeName: String, formingOrganization: OrganizationRef,
        authorityOrganization: OrganizationRef, owner: OrganizationRef, specialties: [String], disabled: Bool,
        createdAt: Date
    ) {
        self.code = code
        self.name = name
        self.seriesCode = seriesCode
        self.seriesName = seriesName
        self.level = level
        self.levelName = levelName
        self.reviewType = reviewType
        self.reviewTypeName = reviewTypeName
        self.formingOrganization = formingOrganization
        self.authorityOrganization = authorityOrganization
        self.owner = owner
        self.specialties = specialties
        self.disabled = disabled
        self.createdAt = createdAt
    }
}

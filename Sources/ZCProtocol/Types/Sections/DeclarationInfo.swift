/// 申报信息 — how and for what the applicant applies; saved first, it fixes the level.
public struct DeclarationInfo: Codable, Hashable, Sendable {
    /// 评审方式.
    public var reviewMethod: ReviewMethod
    /// 申报方式.
    public var route: DeclarationRoute
    /// 申报系列 — a series code (`ref.series`) the batch takes.
    public var seriesCode: String
    /// 申报资格 — a qualification code of that series (`ref.qualifications`) at a level the route allows.
    public var qualificationCode: String
    /// 申报专业, 1–50 characters.
    public var specialty: String

    public init(
        reviewMethod: ReviewMethod, route: DeclarationRoute, seriesCode: String, qualificationCode: String,
        specialty: String
    ) {
        self.reviewMethod = reviewMethod
        self.route = route
        self.seriesCode = seriesCode
        self.qualificationCode = qualificationCode
        self.specialty = specialty
    }
}

/// 评审方式.
public enum ReviewMethod: String, WireEnum {
    /// 评审 — before a provincial or city committee.
    case review
    /// 单位自主评审 — only where the employer is (under) a self-reviewing unit with a 自主评审 committee for the
    /// series and level.
    case selfReview
}

/// 申报方式, and the levels each leads to: normal any; transfer 助理级–正高级; oneStep 中级/副高级; greenChannel and
/// exceptional 副高级/正高级; highSkill 助理级–副高级.
public enum DeclarationRoute: String, WireEnum {
    /// 正常申报
    case normal
    /// 转评
    case transfer
    /// 一步到位
    case oneStep
    /// 绿色通道
    case greenChannel
    /// 破格
    case exceptional
    /// 高技能人才
    case highSkill
}

import Foundation

/// 申报信息 — how and for what the applicant applies. Saved first: it fixes the series, the qualification and so the
/// level that decides the review chain.
public struct DeclarationInfo: DeclarationSection, Equatable {
    public static let key = SectionKey.declaration

    /// 评审方式.
    public var reviewMethod: ReviewMethod
    /// 申报方式.
    public var route: DeclarationRoute
    /// 申报系列 — a series code from the reference data.
    public var seriesCode: String
    /// 申报资格 — a qualification code of that series.
    public var qualificationCode: String
    /// 申报专业.
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

    public mutating func normalize() {
        seriesCode = seriesCode.trimmingCharacters(in: .whitespaces)
        qualificationCode = qualificationCode.trimmingCharacters(in: .whitespaces)
        specialty = specialty.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        _ = Validate.text(specialty, field: "specialty", max: 50, into: &v)
        return v
    }
}

/// 评审方式 — by a committee, or by the employer's own authorised committee.
public enum ReviewMethod: String, Sendable, Codable, CaseIterable {
    /// 评审 — before a provincial or city committee.
    case review
    /// 单位自主评审 — before the committee of an authorised self-reviewing unit.
    case selfReview

    public var chineseName: String { self == .review ? "评审" : "单位自主评审" }
}

/// 申报方式 — the route of the application.
public enum DeclarationRoute: String, Sendable, Codable, CaseIterable {
    /// 正常申报
    case normal
    /// 转评 — the same level in another series.
    case transfer
    /// 一步到位 — straight to a level by education and experience, skipping the one below.
    case oneStep
    /// 绿色通道 — for outstanding talents.
    case greenChannel
    /// 破格 — exceptional promotion without the usual years.
    case exceptional
    /// 高技能人才 — highly skilled workers entering the engineering titles.
    case highSkill

    public var chineseName: String {
        switch self {
        case .normal: "正常申报"
        case .transfer: "转评"
        case .oneStep: "一步到位"
        case .greenChannel: "绿色通道"
        case .exceptional: "破格"
        case .highSkill: "高技能人才"
        }
    }

    /// The title levels each route may lead to — one table, kept as data. The manual names the routes but not their
    /// levels; these follow common provincial practice: 转评 at any level from 助理级 up; 一步到位 to 中级 or 副高级;
    /// 绿色通道 and 破格 to the senior levels; 高技能人才 from 助理级 to 副高级.
    public var allowedLevels: Set<TitleLevel> {
        switch self {
        case .normal: Set(TitleLevel.allCases)
        case .transfer: [.zhuli, .zhongji, .fugao, .zhenggao]
        case .oneStep: [.zhongji, .fugao]
        case .greenChannel, .exceptional: [.fugao, .zhenggao]
        case .highSkill: [.zhuli, .zhongji, .fugao]
        }
    }
}

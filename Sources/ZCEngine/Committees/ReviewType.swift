/// 评审类型 — whom a committee reviews. [manual]
public enum ReviewType: String, Sendable, CaseIterable, Codable {
    /// 社会化评审 — open to applicants of every employer.
    case social
    /// 自主评审 — a self-reviewing unit's own committee, for its own staff.
    case selfReview

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .social: "社会化评审"
        case .selfReview: "自主评审"
        }
    }
}

extension OrganizationKind {
    /// 自评单位: a provincial or city self-reviewing unit, the only kinds that may form a 自主评审 committee and,
    /// besides employers, the only kinds that employ applicants of their own.
    public var isSelfReviewUnit: Bool {
        self == .provinceSelfReviewUnit || self == .citySelfReviewUnit
    }
}

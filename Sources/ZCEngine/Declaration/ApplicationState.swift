/// 申报状态 — where a declaration stands, from the draft to the committee.
public enum ApplicationState: String, Sendable, Codable, CaseIterable {
    /// 填报中 — being filled in by the applicant.
    case draft
    /// 资格审查中 — submitted and frozen; in the chain of qualification reviews (where: `review_organization_id`
    /// and `review_stage`).
    case submitted
    /// 退回修改 — returned to the applicant, who may change only the marked sections and resubmit.
    case returned
    /// 审查不通过 — not passed; final for this batch.
    case rejected
    /// 加入黑名单 — not passed and the person blacklisted for three years.
    case blacklisted
    /// 待公示 — passed by the last leader of the chain; waiting for the result to be published.
    case awaitingPublicity
    /// 公示中 — in a publicity list; routed to a committee once it has ended without an upheld objection.
    case inPublicity
    /// 已送评委会 — handed over to a review committee (normal review or entrusted).
    case atCommittee

    public var chineseName: String {
        switch self {
        case .draft: "填报中"
        case .submitted: "资格审查中"
        case .returned: "退回修改"
        case .rejected: "审查不通过"
        case .blacklisted: "加入黑名单"
        case .awaitingPublicity: "待公示"
        case .inPublicity: "公示中"
        case .atCommittee: "已送评委会"
        }
    }

    /// The applicant may save sections (all of them in a draft, only the marked ones when returned).
    public var isEditable: Bool { self == .draft || self == .returned }

    /// No further review in this batch.
    public var isFinal: Bool { self == .rejected || self == .blacklisted }
}

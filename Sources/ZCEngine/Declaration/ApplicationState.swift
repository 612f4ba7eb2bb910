/// 申报状态 — where a declaration stands.
public enum ApplicationState: String, Sendable, Codable, CaseIterable {
    /// 填报中 — being filled in by the applicant.
    case draft
    /// 已提交 — submitted and frozen, waiting for the first reviewer.
    case submitted

    public var chineseName: String {
        switch self {
        case .draft: "填报中"
        case .submitted: "已提交"
        }
    }

    /// The applicant may save sections.
    public var isEditable: Bool { self == .draft }
}

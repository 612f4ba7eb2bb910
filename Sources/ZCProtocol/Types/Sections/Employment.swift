/// 专业技术职务聘用证明 — proof of appointment, in the applicant's order.
///
/// 事业单位正式人员 give continuous 《事业单位岗位聘用人员备案表》 (`recordForm`) or 《工资变动审批表》
/// (`salaryChangeForm`); the appointment counts from the dates on the forms. 事业单位聘用人员 and 企业人员 give the
/// 单位聘任文件 (`appointmentDocument`) or 聘书 (`appointmentLetter`). The daemon checks dates and evidence; a notice
/// says when the forms leave a gap between their periods, or when no proof is given at all.
public struct Employment: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [EmploymentEntry]

    public init(entries: [EmploymentEntry]) { self.entries = entries }
}

/// One proof of appointment; `evidence` (the document) is needed to submit.
public struct EmploymentEntry: Codable, Hashable, Sendable {
    public var kind: EmploymentProofKind
    /// 聘任岗位/职务, 1–50 characters.
    public var position: String
    /// 聘任起始年月, `YYYY-MM`, not in the future.
    public var from: String
    /// 聘任截止年月, `YYYY-MM`, not before `from`; absent while the appointment lasts.
    public var to: String?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(kind: EmploymentProofKind, position: String, from: String, to: String? = nil, evidence: [Int64] = []) {
        self.kind = kind
        self.position = position
        self.from = from
        self.to = to
        self.evidence = evidence
    }
}

/// 聘用证明的类别: `recordForm` 《事业单位岗位聘用人员备案表》, `salaryChangeForm` 《工资变动审批表》,
/// `appointmentDocument` 单位聘任文件, `appointmentLetter` 聘书.
public enum EmploymentProofKind: String, WireEnum {
    case recordForm, salaryChangeForm, appointmentDocument, appointmentLetter
}

import Foundation

/// 专业技术职务聘用证明 — proof of appointment, in the applicant's order.
///
/// The manual: 事业单位正式人员 give continuous 《事业单位岗位聘用人员备案表》 or 《工资变动审批表》 (the appointment
/// counts from the dates on the forms); 事业单位聘用人员 and 企业人员 give the 单位聘任文件 or 聘书. Which applies depends
/// on the person's employment, which the form does not record; so the daemon checks dates and evidence, and tells the
/// applicant (a notice) when the forms leave a gap.
public struct Employment: DeclarationSection, Equatable {
    public static let key = SectionKey.employment

    public var entries: [EmploymentEntry]

    public init(entries: [EmploymentEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].position = SectionEntries.trim(entries[i].position)
            entries[i].from = SectionEntries.trim(entries[i].from)
            entries[i].to = SectionEntries.trim(entries[i].to)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.position, field: "\(p).position", max: 50, into: &v)
            SectionEntries.period(from: e.from, to: e.to, prefix: p, today: context.today, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(e.evidence, field: "entries[\(i)].evidence", needs: e.kind.document, into: &m)
        }
        return m
    }

    public func notices(in context: SectionContext) -> [String] {
        if entries.isEmpty {
            return [
                "聘用证明: no proof of appointment is given; 事业单位正式人员 need continuous 《事业单位岗位聘用人员备案表》 or "
                    + "《工资变动审批表》, others the 单位聘任文件 or 聘书"
            ]
        }
        return formGaps(today: context.today)
    }

    /// Gaps between the periods the record and salary-change forms cover: the manual wants them continuous.
    func formGaps(today: CalendarDay) -> [String] {
        let forms = entries.enumerated().compactMap { i, e -> (index: Int, from: YearMonth, to: YearMonth)? in
            guard e.kind.isPersonnelForm, let f = YearMonth(parsing: e.from) else { return nil }
            return (i, f, e.to.flatMap(YearMonth.init(parsing:)) ?? YearMonth(today))
        }.sorted { ($0.from, $0.index) < ($1.from, $1.index) }
        var notices: [String] = []
        var covered: (index: Int, to: YearMonth)?
        for form in forms {
            if let c = covered, form.from > c.to.next {
                notices.append(
                    "聘用证明: the forms leave a gap between entries[\(c.index)] (until \(c.to)) and "
                        + "entries[\(form.index)] (from \(form.from)); 事业单位正式人员 need continuous 备案表 or "
                        + "工资变动审批表")
            }
            if covered == nil || form.to > (covered?.to ?? form.to) { covered = (form.index, form.to) }
        }
        return notices
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One proof of appointment.
public struct EmploymentEntry: Sendable, Codable, Equatable {
    /// Which document proves it.
    public var kind: EmploymentProofKind
    /// 聘任岗位/职务, e.g. 一级教师.
    public var position: String
    /// 聘任起始年月, `YYYY-MM`.
    public var from: String
    /// 聘任截止年月, `YYYY-MM`; nil while it lasts.
    public var to: String?
    /// The document.
    public var evidence: [Int64]

    public init(kind: EmploymentProofKind, position: String, from: String, to: String? = nil, evidence: [Int64] = []) {
        self.kind = kind
        self.position = position
        self.from = from
        self.to = to
        self.evidence = evidence
    }
}

/// 聘用证明的类别.
public enum EmploymentProofKind: String, Sendable, Codable, CaseIterable {
    /// 《事业单位岗位聘用人员备案表》 — 事业单位正式人员.
    case recordForm
    /// 《工资变动审批表》 — 事业单位正式人员.
    case salaryChangeForm
    /// 单位聘任文件 — 事业单位聘用人员, 企业人员.
    case appointmentDocument
    /// 聘书 — 事业单位聘用人员, 企业人员.
    case appointmentLetter

    public var chineseName: String {
        switch self {
        case .recordForm: "事业单位岗位聘用人员备案表"
        case .salaryChangeForm: "工资变动审批表"
        case .appointmentDocument: "单位聘任文件"
        case .appointmentLetter: "聘书"
        }
    }

    /// The document to upload, as the manual names it.
    var document: String {
        switch self {
        case .recordForm: "the 《事业单位岗位聘用人员备案表》"
        case .salaryChangeForm: "the 《工资变动审批表》"
        case .appointmentDocument: "the 单位聘任文件"
        case .appointmentLetter: "the 聘书"
        }
    }

    /// The forms 事业单位正式人员 give, which must cover the time continuously.
    var isPersonnelForm: Bool { self == .recordForm || self == .salaryChangeForm }
}

extension YearMonth {
    /// The month after this one.
    var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
}

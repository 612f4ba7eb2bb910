import Foundation

/// 专业技术工作经历 — experience against the qualification's conditions: a category chosen from the conditions, the
/// content, and evidence; in the applicant's order.
public struct ProfessionalExperience: DeclarationSection, Equatable {
    public static let key = SectionKey.professionalExperience

    public var entries: [ProfessionalExperienceEntry]

    public init(entries: [ProfessionalExperienceEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].category = SectionEntries.trim(entries[i].category)
            entries[i].content = SectionEntries.paragraph(entries[i].content)
            entries[i].from = SectionEntries.trim(entries[i].from)
            entries[i].to = SectionEntries.trim(entries[i].to)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.category, field: "\(p).category", max: 50, into: &v)
            Validate.paragraph(e.content, field: "\(p).content", max: 2000, into: &v)
            SectionEntries.optionalPeriod(from: e.from, to: e.to, prefix: p, today: context.today, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        SectionEntries.atLeastOne(entries.count, what: "专业技术工作经历", into: &m)
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: "the 佐证材料 of this experience", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One experience.
public struct ProfessionalExperienceEntry: Sendable, Codable, Equatable {
    /// 经历类别 — the heading of the condition it answers, 1–50 characters.
    public var category: String
    /// 经历内容, 1–2000 characters; may span lines.
    public var content: String
    /// 起始年月, `YYYY-MM`.
    public var from: String?
    /// 截止年月, `YYYY-MM`.
    public var to: String?
    /// 佐证材料.
    public var evidence: [Int64]

    public init(category: String, content: String, from: String? = nil, to: String? = nil, evidence: [Int64] = []) {
        self.category = category
        self.content = content
        self.from = from
        self.to = to
        self.evidence = evidence
    }
}

/// 专业技术工作经历 — experience against the qualification's conditions, in the applicant's order: first the
/// category (the condition it answers), then the content, then evidence. At least one entry is needed to submit.
public struct ProfessionalExperience: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [ProfessionalExperienceEntry]

    public init(entries: [ProfessionalExperienceEntry]) { self.entries = entries }
}

/// One experience; `evidence` (佐证材料) is needed to submit.
public struct ProfessionalExperienceEntry: Codable, Hashable, Sendable {
    /// 经历类别, 1–50 characters.
    public var category: String
    /// 经历内容, 1–2000 characters; line breaks allowed.
    public var content: String
    /// 起始年月, `YYYY-MM`, not in the future.
    public var from: String?
    /// 截止年月, `YYYY-MM`, not before `from`.
    public var to: String?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(category: String, content: String, from: String? = nil, to: String? = nil, evidence: [Int64] = []) {
        self.category = category
        self.content = content
        self.from = from
        self.to = to
        self.evidence = evidence
    }
}

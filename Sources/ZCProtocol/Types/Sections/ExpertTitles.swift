/// 专家称号 — expert titles held at any time, in the applicant's order; may be empty.
public struct ExpertTitles: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [ExpertTitleEntry]

    public init(entries: [ExpertTitleEntry]) { self.entries = entries }
}

/// One expert title, e.g. 石家庄市骨干教师; `evidence` (the certificate or conferring document) is needed to submit.
public struct ExpertTitleEntry: Codable, Hashable, Sendable {
    /// 称号名称, 1–100 characters.
    public var name: String
    /// 授予单位, 1–100 characters.
    public var grantor: String
    /// 授予年月, `YYYY-MM`, not in the future.
    public var awardedOn: String
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(name: String, grantor: String, awardedOn: String, evidence: [Int64] = []) {
        self.name = name
        self.grantor = grantor
        self.awardedOn = awardedOn
        self.evidence = evidence
    }
}

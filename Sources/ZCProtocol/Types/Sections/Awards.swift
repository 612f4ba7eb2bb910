/// 奖励和荣誉 — awards and honours related to the specialty, in the applicant's order; may be empty.
public struct Awards: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [AwardEntry]

    public init(entries: [AwardEntry]) { self.entries = entries }
}

/// One award or honour; `evidence` (获奖证书/荣誉证书 or the awarding document) is needed to submit.
public struct AwardEntry: Codable, Hashable, Sendable {
    /// 奖励（荣誉）名称及等级, 1–100 characters, e.g. 河北省优质课评比一等奖.
    public var name: String
    /// 授予单位, 1–100 characters.
    public var grantor: String
    /// 级别.
    public var level: AchievementLevel?
    /// 个人排名 for a collective award, 1–100.
    public var rank: Int?
    /// 获奖年月, `YYYY-MM`, not in the future.
    public var awardedOn: String
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(
        name: String, grantor: String, level: AchievementLevel? = nil, rank: Int? = nil, awardedOn: String,
        evidence: [Int64] = []
    ) {
        self.name = name
        self.grantor = grantor
        self.level = level
        self.rank = rank
        self.awardedOn = awardedOn
        self.evidence = evidence
    }
}

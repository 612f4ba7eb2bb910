/// 其它业绩 — further achievements the qualification's conditions ask for, ordered by how they meet the conditions
/// (按照资格条件符合性逐条排序); may be empty.
public struct OtherAchievements: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [OtherAchievementEntry]

    public init(entries: [OtherAchievementEntry]) { self.entries = entries }
}

/// One achievement; `evidence` (佐证材料) is needed to submit.
public struct OtherAchievementEntry: Codable, Hashable, Sendable {
    /// 业绩内容, 1–1000 characters; line breaks allowed.
    public var description: String
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(description: String, evidence: [Int64] = []) {
        self.description = description
        self.evidence = evidence
    }
}

/// 学术团体/社会兼职 — in the applicant's order (by importance). Optional; may be empty.
public struct Societies: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [SocietyEntry]

    public init(entries: [SocietyEntry]) { self.entries = entries }
}

/// One society or part-time post.
public struct SocietyEntry: Codable, Hashable, Sendable {
    /// 起始年月, `YYYY-MM`, not in the future.
    public var from: String
    /// 截止年月, `YYYY-MM`, not before `from`; absent = 至今.
    public var to: String?
    /// 团体名称, 1–100 characters.
    public var name: String
    /// 担任职务, 1–50 characters, e.g. 理事.
    public var role: String

    public init(from: String, to: String? = nil, name: String, role: String) {
        self.from = from
        self.to = to
        self.name = name
        self.role = role
    }
}

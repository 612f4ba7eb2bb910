/// 工作履历 — most recent first (由近到远). Saving sorts the entries by `from`, latest first (ties keep the given
/// order), so indices in errors and in the stored section refer to that order. Periods must not overlap (months are
/// inclusive; sharing the boundary month is allowed); only the most recent entry may leave `to` out. At least one
/// entry is needed to submit.
public struct WorkHistory: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [WorkHistoryEntry]

    public init(entries: [WorkHistoryEntry]) { self.entries = entries }
}

/// One post held.
public struct WorkHistoryEntry: Codable, Hashable, Sendable {
    /// 起始年月, `YYYY-MM`, not in the future.
    public var from: String
    /// 截止年月, `YYYY-MM`, not before `from`, not in the future; absent = 至今.
    public var to: String?
    /// 工作单位, 1–100 characters.
    public var organization: String
    /// 职务/岗位, 1–50 characters.
    public var position: String

    public init(from: String, to: String? = nil, organization: String, position: String) {
        self.from = from
        self.to = to
        self.organization = organization
        self.position = position
    }
}

/// 课题/项目 — research projects, in the applicant's order (by quality); may be empty.
public struct Projects: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [ProjectEntry]

    public init(entries: [ProjectEntry]) { self.entries = entries }
}

/// One project; `evidence` is needed to submit — the complete set: the 封面 of the 立项 and 结题（验收、鉴定）
/// materials, the 个人排名页 stamped by the 立项单位 or the 鉴定/验收单位, and the pages stamped by those units.
public struct ProjectEntry: Codable, Hashable, Sendable {
    /// 课题（项目）名称, 1–200 characters.
    public var name: String
    /// 立项单位, 1–100 characters.
    public var source: String
    /// 级别.
    public var level: AchievementLevel?
    /// 个人排名, 1–100 (1 = 主持人).
    public var rank: Int
    /// 立项年月, `YYYY-MM`, not in the future.
    public var startedOn: String
    /// 结题（验收、鉴定）年月, `YYYY-MM`, not before `startedOn`: required when `concluded`, absent when `ongoing`.
    public var finishedOn: String?
    public var status: ProjectStatus
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(
        name: String, source: String, level: AchievementLevel? = nil, rank: Int, startedOn: String,
        finishedOn: String? = nil, status: ProjectStatus, evidence: [Int64] = []
    ) {
        self.name = name
        self.source = source
        self.level = level
        self.rank = rank
        self.startedOn = startedOn
        self.finishedOn = finishedOn
        self.status = status
        self.evidence = evidence
    }
}

/// 课题状态: `ongoing` 在研, `concluded` 已结题（验收、鉴定）.
public enum ProjectStatus: String, WireEnum {
    case ongoing, concluded
}

/// 级别 of a project or an award: `international` 国际级, `national` 国家级, `provincial` 省部级, `city` 市厅级,
/// `county` 县处级, `institutional` 单位（校）级.
public enum AchievementLevel: String, WireEnum {
    case international, national, provincial, city, county, institutional
}

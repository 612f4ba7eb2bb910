import Foundation

/// 课题/项目 — research projects, in the applicant's order (by quality). A concluded project gives its finish month.
public struct Projects: DeclarationSection, Equatable {
    public static let key = SectionKey.projects

    public var entries: [ProjectEntry]

    public init(entries: [ProjectEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].name = SectionEntries.trim(entries[i].name)
            entries[i].source = SectionEntries.trim(entries[i].source)
            entries[i].startedOn = SectionEntries.trim(entries[i].startedOn)
            entries[i].finishedOn = SectionEntries.trim(entries[i].finishedOn)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.name, field: "\(p).name", max: 200, into: &v)
            _ = Validate.text(e.source, field: "\(p).source", max: 100, into: &v)
            SectionEntries.number(e.rank, field: "\(p).rank", in: 1...100, into: &v)
            let started = DateRules.month(e.startedOn, field: "\(p).startedOn", today: context.today, into: &v)
            let finished = DateRules.optionalMonth(
                e.finishedOn, field: "\(p).finishedOn", today: context.today, into: &v)
            DateRules.order(started, finished, field: "\(p).finishedOn", into: &v)
            switch e.status {
            case .concluded where e.finishedOn == nil:
                v.append(Violation(field: "\(p).finishedOn", reason: "is required for a concluded project (结题年月)"))
            case .ongoing where e.finishedOn != nil:
                v.append(Violation(field: "\(p).finishedOn", reason: "must be left out while the project is ongoing"))
            default:
                break
            }
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: e.requiredEvidence, into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One project.
public struct ProjectEntry: Sendable, Codable, Equatable {
    /// 课题（项目）名称.
    public var name: String
    /// 立项单位.
    public var source: String
    /// 级别.
    public var level: AchievementLevel?
    /// 个人排名 — 1 for the 主持人.
    public var rank: Int
    /// 立项年月, `YYYY-MM`.
    public var startedOn: String
    /// 结题（验收、鉴定）年月, `YYYY-MM`; required when concluded, absent while ongoing.
    public var finishedOn: String?
    public var status: ProjectStatus
    /// 立项、结题材料.
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

    /// The manual's set of documents: 立项 and 结题（验收、鉴定）.
    public var requiredEvidence: String {
        let common = "个人排名页 (stamped by the 立项单位 or the 鉴定/验收单位)"
        return status == .concluded
            ? "the 封面 of the 立项 and 结题（验收、鉴定） materials, the \(common), and the pages stamped by the 立项 and 结题 units"
            : "the 封面 of the 立项 materials, the \(common), and the page stamped by the 立项单位"
    }
}

/// 课题状态.
public enum ProjectStatus: String, Sendable, Codable, CaseIterable {
    /// 在研
    case ongoing
    /// 已结题（验收、鉴定）
    case concluded

    public var chineseName: String { self == .ongoing ? "在研" : "已结题" }
}

/// 级别 of a project or an award.
public enum AchievementLevel: String, Sendable, Codable, CaseIterable {
    /// 国际级
    case international
    /// 国家级
    case national
    /// 省部级
    case provincial
    /// 市厅级
    case city
    /// 县处级
    case county
    /// 单位（校）级
    case institutional

    public var chineseName: String {
        switch self {
        case .international: "国际级"
        case .national: "国家级"
        case .provincial: "省部级"
        case .city: "市厅级"
        case .county: "县处级"
        case .institutional: "单位级"
        }
    }
}

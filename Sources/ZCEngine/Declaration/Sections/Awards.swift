import Foundation

/// 奖励和荣誉 — awards and honours related to the specialty, in the applicant's order.
public struct Awards: DeclarationSection, Equatable {
    public static let key = SectionKey.awards

    public var entries: [AwardEntry]

    public init(entries: [AwardEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].name = SectionEntries.trim(entries[i].name)
            entries[i].grantor = SectionEntries.trim(entries[i].grantor)
            entries[i].awardedOn = SectionEntries.trim(entries[i].awardedOn)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.name, field: "\(p).name", max: 100, into: &v)
            _ = Validate.text(e.grantor, field: "\(p).grantor", max: 100, into: &v)
            if let rank = e.rank { SectionEntries.number(rank, field: "\(p).rank", in: 1...100, into: &v) }
            _ = DateRules.month(e.awardedOn, field: "\(p).awardedOn", today: context.today, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: "the 获奖证书 or 荣誉证书 (or the awarding document)",
                into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One award or honour.
public struct AwardEntry: Sendable, Codable, Equatable {
    /// 奖励（荣誉）名称及等级, e.g. 河北省优质课评比一等奖.
    public var name: String
    /// 授予单位.
    public var grantor: String
    /// 级别.
    public var level: AchievementLevel?
    /// 个人排名, for a collective award.
    public var rank: Int?
    /// 获奖年月, `YYYY-MM`.
    public var awardedOn: String
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

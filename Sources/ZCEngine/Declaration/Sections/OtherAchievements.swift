import Foundation

/// 其它业绩 — further achievements the qualification's conditions ask for, ordered by how they meet the conditions
/// (按照资格条件符合性逐条排序), each with evidence.
public struct OtherAchievements: DeclarationSection, Equatable {
    public static let key = SectionKey.otherAchievements

    public var entries: [OtherAchievementEntry]

    public init(entries: [OtherAchievementEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices { entries[i].description = SectionEntries.paragraph(entries[i].description) }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            Validate.paragraph(e.description, field: "entries[\(i)].description", max: 1000, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "entries[\(i)].evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: "the 佐证材料 of this achievement", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One further achievement.
public struct OtherAchievementEntry: Sendable, Codable, Equatable {
    /// 业绩内容, 1–1000 characters; may span lines.
    public var description: String
    /// 佐证材料.
    public var evidence: [Int64]

    public init(description: String, evidence: [Int64] = []) {
        self.description = description
        self.evidence = evidence
    }
}

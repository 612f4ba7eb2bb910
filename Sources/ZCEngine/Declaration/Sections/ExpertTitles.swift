import Foundation

/// 专家称号 — expert titles held at any time, in the applicant's order.
public struct ExpertTitles: DeclarationSection, Equatable {
    public static let key = SectionKey.expertTitles

    public var entries: [ExpertTitleEntry]

    public init(entries: [ExpertTitleEntry]) { self.entries = entries }

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
            _ = DateRules.month(e.awardedOn, field: "\(p).awardedOn", today: context.today, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: "the 证书 or 文件 conferring the title", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One expert title, e.g. 河北省骨干教师.
public struct ExpertTitleEntry: Sendable, Codable, Equatable {
    /// 称号名称.
    public var name: String
    /// 授予单位.
    public var grantor: String
    /// 授予年月, `YYYY-MM`.
    public var awardedOn: String
    public var evidence: [Int64]

    public init(name: String, grantor: String, awardedOn: String, evidence: [Int64] = []) {
        self.name = name
        self.grantor = grantor
        self.awardedOn = awardedOn
        self.evidence = evidence
    }
}

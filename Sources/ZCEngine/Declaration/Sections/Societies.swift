import Foundation

/// 学术团体/社会兼职 — memberships and part-time posts, in the applicant's order (by importance). Optional.
public struct Societies: DeclarationSection, Equatable {
    public static let key = SectionKey.societies

    public var entries: [SocietyEntry]

    public init(entries: [SocietyEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].from = SectionEntries.trim(entries[i].from)
            entries[i].to = SectionEntries.trim(entries[i].to)
            entries[i].name = SectionEntries.trim(entries[i].name)
            entries[i].role = SectionEntries.trim(entries[i].role)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            SectionEntries.period(from: e.from, to: e.to, prefix: p, today: context.today, into: &v)
            _ = Validate.text(e.name, field: "\(p).name", max: 100, into: &v)
            _ = Validate.text(e.role, field: "\(p).role", max: 50, into: &v)
        }
        return v
    }
}

/// One society or part-time post.
public struct SocietyEntry: Sendable, Codable, Equatable {
    /// 起始年月, `YYYY-MM`.
    public var from: String
    /// 截止年月, `YYYY-MM`; nil = 至今.
    public var to: String?
    /// 团体名称.
    public var name: String
    /// 担任职务, e.g. 理事, 会员.
    public var role: String

    public init(from: String, to: String? = nil, name: String, role: String) {
        self.from = from
        self.to = to
        self.name = name
        self.role = role
    }
}

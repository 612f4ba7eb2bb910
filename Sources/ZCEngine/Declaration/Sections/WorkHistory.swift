import Foundation

/// 工作履历 — the work history, most recent first (由近到远): saving sorts the entries by start month, latest first,
/// so indices in violations refer to that order. Periods must not overlap; only the most recent may be open-ended.
public struct WorkHistory: DeclarationSection, Equatable {
    public static let key = SectionKey.workHistory

    public var entries: [WorkHistoryEntry]

    public init(entries: [WorkHistoryEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].from = SectionEntries.trim(entries[i].from)
            entries[i].to = SectionEntries.trim(entries[i].to)
            entries[i].organization = SectionEntries.trim(entries[i].organization)
            entries[i].position = SectionEntries.trim(entries[i].position)
        }
        // Latest start first; entries with an unreadable start keep their relative place at the end (the save is
        // refused anyway); ties keep the applicant's order.
        entries = entries.enumerated().sorted { a, b in
            switch (YearMonth(parsing: a.element.from), YearMonth(parsing: b.element.from)) {
            case let (x?, y?): x != y ? x > y : a.offset < b.offset
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.offset < b.offset
            }
        }.map(\.element)
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        var periods: [(index: Int, from: YearMonth, to: YearMonth)] = []
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            let (from, to) = SectionEntries.period(from: e.from, to: e.to, prefix: p, today: context.today, into: &v)
            _ = Validate.text(e.organization, field: "\(p).organization", max: 100, into: &v)
            _ = Validate.text(e.position, field: "\(p).position", max: 50, into: &v)
            if e.to == nil && i > 0 {
                v.append(
                    Violation(
                        field: "\(p).to",
                        reason: "only the most recent entry may be open-ended (until now); give the end month"))
            }
            if let from, to.map({ $0 >= from }) ?? true {
                periods.append((i, from, to ?? YearMonth(context.today)))
            }
        }
        // Periods are months inclusive; sharing the boundary month (a move within the month) is not an overlap.
        for (k, a) in periods.enumerated() {
            for b in periods[(k + 1)...] where a.from < b.to && b.from < a.to {
                v.append(
                    Violation(
                        field: "entries[\(a.index)]",
                        reason: "overlaps entries[\(b.index)] (\(entries[b.index].label)); periods must not overlap"))
            }
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        SectionEntries.atLeastOne(entries.count, what: "工作履历", into: &m)
        return m
    }
}

/// One post held.
public struct WorkHistoryEntry: Sendable, Codable, Equatable {
    /// 起始年月, `YYYY-MM`.
    public var from: String
    /// 截止年月, `YYYY-MM`; nil = 至今.
    public var to: String?
    /// 工作单位.
    public var organization: String
    /// 职务/岗位.
    public var position: String

    public init(from: String, to: String? = nil, organization: String, position: String) {
        self.from = from
        self.to = to
        self.organization = organization
        self.position = position
    }

    /// `2009-08–至今 石家庄市第一中学`, for messages.
    var label: String { "\(from)–\(to ?? "至今") \(organization)" }
}

import Foundation

/// 专利 — patents related to the specialty, in the applicant's order (by standard).
public struct Patents: DeclarationSection, Equatable {
    public static let key = SectionKey.patents

    public var entries: [PatentEntry]

    public init(entries: [PatentEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].title = SectionEntries.trim(entries[i].title)
            entries[i].number = SectionEntries.trim(entries[i].number).uppercased()
            entries[i].grantedOn = SectionEntries.trim(entries[i].grantedOn)
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.title, field: "\(p).title", max: 200, into: &v)
            if let kind = PublicationNumbers.patentKind(e.number) {
                if kind != e.kind {
                    v.append(
                        Violation(
                            field: "\(p).kind",
                            reason:
                                "the number \(e.number) is of a \(kind.chineseName) patent, not \(e.kind.chineseName)"))
                }
            } else {
                v.append(
                    Violation(
                        field: "\(p).number",
                        reason:
                            "must be a patent number such as ZL201910123456.7 (12 or 8 digits, a dot, a check digit)"))
            }
            _ = DateRules.month(e.grantedOn, field: "\(p).grantedOn", today: context.today, into: &v)
            SectionEntries.number(e.rank, field: "\(p).rank", in: 1...100, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(e.evidence, field: "entries[\(i)].evidence", needs: "the 专利证书", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One patent.
public struct PatentEntry: Sendable, Codable, Equatable {
    /// 专利名称.
    public var title: String
    public var kind: PatentKind
    /// 专利号, e.g. ZL201910123456.7; its kind digit must match `kind`.
    public var number: String
    /// 授权年月, `YYYY-MM`.
    public var grantedOn: String
    /// 本人排名 among the inventors (发明人/设计人).
    public var rank: Int
    /// 专利证书.
    public var evidence: [Int64]

    public init(title: String, kind: PatentKind, number: String, grantedOn: String, rank: Int, evidence: [Int64] = []) {
        self.title = title
        self.kind = kind
        self.number = number
        self.grantedOn = grantedOn
        self.rank = rank
        self.evidence = evidence
    }
}

/// 专利类型.
public enum PatentKind: String, Sendable, Codable, CaseIterable {
    /// 发明专利
    case invention
    /// 实用新型专利
    case utilityModel
    /// 外观设计专利
    case design

    public var chineseName: String {
        switch self {
        case .invention: "发明专利"
        case .utilityModel: "实用新型专利"
        case .design: "外观设计专利"
        }
    }
}

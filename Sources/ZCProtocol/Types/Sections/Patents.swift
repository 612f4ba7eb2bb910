/// 专利 — patents related to the specialty, in the applicant's order (by standard); may be empty.
public struct Patents: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [PatentEntry]

    public init(entries: [PatentEntry]) { self.entries = entries }
}

/// One patent; `evidence` (the 专利证书) is needed to submit.
public struct PatentEntry: Codable, Hashable, Sendable {
    /// 专利名称, 1–200 characters.
    public var title: String
    /// Must match the kind digit of `number`.
    public var kind: PatentKind
    /// 专利号: `ZL` (optional), 12 digits (since October 2003: year, kind digit, serial) or 8 digits (before: two-digit
    /// year, kind digit, serial), a dot and a check digit or X, e.g. `ZL201920123456.7`; stored upper-case. Kind
    /// digit 1 or 8 = invention, 2 or 9 = utility model, 3 = design.
    public var number: String
    /// 授权年月, `YYYY-MM`, not in the future.
    public var grantedOn: String
    /// 本人排名 among the inventors or designers, 1–100.
    public var rank: Int
    /// Uploaded file ids (at most 30, none twice).
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

/// 专利类型: `invention` 发明专利, `utilityModel` 实用新型专利, `design` 外观设计专利.
public enum PatentKind: String, WireEnum {
    case invention, utilityModel, design
}

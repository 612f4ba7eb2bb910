import Foundation

/// 专业技术资格证书 — the current qualification certificate; when it was obtained after a change of series (转系列),
/// also the certificate of the series the applicant came from, as an entry of its own.
///
/// An applicant without any qualification yet (e.g. applying for 员级/助理级 for the first time) saves an empty list.
public struct Certificates: DeclarationSection, Equatable {
    public static let key = SectionKey.certificates

    public var entries: [CertificateEntry]

    public init(entries: [CertificateEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices { entries[i].normalize() }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.name, field: "\(p).name", max: 50, into: &v)
            _ = Validate.optionalText(e.seriesCode, field: "\(p).seriesCode", max: 40, into: &v)
            _ = DateRules.month(e.obtainedOn, field: "\(p).obtainedOn", today: context.today, into: &v)
            _ = Validate.optionalText(e.certificateNumber, field: "\(p).certificateNumber", max: 50, into: &v)
            _ = Validate.optionalText(e.issuer, field: "\(p).issuer", max: 100, into: &v)
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: "the 专业技术资格证书 (\(e.name))", into: &m)
            if e.transferred && originalCertificate(for: e) == nil {
                m.append(
                    Violation(
                        field: "entries[\(i)].transferred",
                        reason: "a qualification obtained after 转系列 needs the certificate of the series transferred "
                            + "from as well: add it as another entry (transferred false, obtained no later)"))
            }
        }
        return m
    }

    /// The certificate of the former series for a transferred one: an entry not transferred, obtained no later.
    func originalCertificate(for transferred: CertificateEntry) -> CertificateEntry? {
        let month = YearMonth(parsing: transferred.obtainedOn)
        return entries.first { e in
            guard !e.transferred else { return false }
            guard let month, let other = YearMonth(parsing: e.obtainedOn) else { return true }
            return other <= month
        }
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One 专业技术资格证书.
public struct CertificateEntry: Sendable, Codable, Equatable {
    /// 资格名称, e.g. 一级教师.
    public var name: String
    /// 系列 — a series code of the reference data, when known.
    public var seriesCode: String?
    /// 层级.
    public var level: TitleLevel?
    /// 取得年月, `YYYY-MM`.
    public var obtainedOn: String
    /// 证书编号.
    public var certificateNumber: String?
    /// 发证机关.
    public var issuer: String?
    /// 转系列后取得 — the qualification was obtained after changing series.
    public var transferred: Bool
    /// The certificate (scan or PDF).
    public var evidence: [Int64]

    public init(
        name: String, seriesCode: String? = nil, level: TitleLevel? = nil, obtainedOn: String,
        certificateNumber: String? = nil, issuer: String? = nil, transferred: Bool = false, evidence: [Int64] = []
    ) {
        self.name = name
        self.seriesCode = seriesCode
        self.level = level
        self.obtainedOn = obtainedOn
        self.certificateNumber = certificateNumber
        self.issuer = issuer
        self.transferred = transferred
        self.evidence = evidence
    }

    mutating func normalize() {
        name = SectionEntries.trim(name)
        seriesCode = SectionEntries.trim(seriesCode)
        obtainedOn = SectionEntries.trim(obtainedOn)
        certificateNumber = SectionEntries.trim(certificateNumber)
        issuer = SectionEntries.trim(issuer)
    }
}

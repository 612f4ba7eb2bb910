/// 专业技术资格证书 — the current qualification certificate. When it was obtained after a change of series (转系列,
/// `transferred`), the certificate of the series transferred from is needed too: list it as another entry with
/// `transferred` false, obtained no later. An applicant with no qualification yet saves an empty list.
public struct Certificates: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [CertificateEntry]

    public init(entries: [CertificateEntry]) { self.entries = entries }
}

/// One certificate; `evidence` (the certificate itself) is needed to submit.
public struct CertificateEntry: Codable, Hashable, Sendable {
    /// 资格名称, 1–50 characters, e.g. 一级教师.
    public var name: String
    /// 系列 — a series code (`ref.series`), up to 40 characters; informative.
    public var seriesCode: String?
    /// 层级.
    public var level: CertificateLevel?
    /// 取得年月, `YYYY-MM`, not in the future.
    public var obtainedOn: String
    /// 证书编号, up to 50 characters.
    public var certificateNumber: String?
    /// 发证机关, up to 100 characters.
    public var issuer: String?
    /// 转系列后取得.
    public var transferred: Bool
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(
        name: String, seriesCode: String? = nil, level: CertificateLevel? = nil, obtainedOn: String,
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
}

/// 职称层级 of a certificate (the values of the title levels): `yuan` 员级, `zhuli` 助理级, `zhongji` 中级,
/// `fugao` 副高级, `zhenggao` 正高级.
public enum CertificateLevel: String, WireEnum {
    case yuan, zhuli, zhongji, fugao, zhenggao
}

/// 其他材料 — social insurance, practice certificates, continuing education and other material.
public struct OtherMaterials: Codable, Hashable, Sendable {
    /// 社会保险证明材料.
    public var socialInsurance: SocialInsurance
    /// 从业资格证 (at most 50). To submit, series with a licensing regime (行业准入) need at least one:
    /// 中小学/中职/技工院校/高校教师 (教师资格证), 新闻 (新闻记者证), 卫生 (执业证书).
    public var practiceCertificates: [PracticeCertificate]
    /// 继续教育证明材料 (at most 50).
    public var continuingEducation: [ContinuingEducationRecord]
    /// 其他 (at most 50).
    public var others: [OtherMaterial]

    public init(
        socialInsurance: SocialInsurance, practiceCertificates: [PracticeCertificate] = [],
        continuingEducation: [ContinuingEducationRecord] = [], others: [OtherMaterial] = []
    ) {
        self.socialInsurance = socialInsurance
        self.practiceCertificates = practiceCertificates
        self.continuingEducation = continuingEducation
        self.others = others
    }
}

/// 社会保险. Insured in 河北, the system shows the insurance through data sharing and no proof is needed; insured in
/// another province, `evidence` must hold the 养老保险证明材料 to submit (continuously insured for more than half a
/// year, paid by the employer the applicant works for).
public struct SocialInsurance: Codable, Hashable, Sendable {
    /// 在河北省参加社保.
    public var insuredInProvince: Bool
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(insuredInProvince: Bool, evidence: [Int64] = []) {
        self.insuredInProvince = insuredInProvince
        self.evidence = evidence
    }
}

/// 从业资格证; `evidence` is needed to submit.
public struct PracticeCertificate: Codable, Hashable, Sendable {
    /// 证书名称, 1–50 characters, e.g. 教师资格证（高级中学·数学）.
    public var name: String
    /// 证书编号, up to 50 characters.
    public var number: String?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(name: String, number: String? = nil, evidence: [Int64] = []) {
        self.name = name
        self.number = number
        self.evidence = evidence
    }
}

/// 继续教育 — one record; `evidence` is needed to submit.
public struct ContinuingEducationRecord: Codable, Hashable, Sendable {
    /// What and where, 1–200 characters.
    public var description: String
    /// 学时, 1–2000.
    public var hours: Int?
    /// 年度, 1950 to this year.
    public var year: Int?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(description: String, hours: Int? = nil, year: Int? = nil, evidence: [Int64] = []) {
        self.description = description
        self.hours = hours
        self.year = year
        self.evidence = evidence
    }
}

/// 其他 — any other material; `evidence` is needed to submit.
public struct OtherMaterial: Codable, Hashable, Sendable {
    /// 1–200 characters.
    public var description: String
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(description: String, evidence: [Int64] = []) {
        self.description = description
        self.evidence = evidence
    }
}

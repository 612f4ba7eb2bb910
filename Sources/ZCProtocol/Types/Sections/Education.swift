/// 学习经历 — every education, in the applicant's order. At least one entry is needed to submit.
public struct Education: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [EducationEntry]

    public init(entries: [EducationEntry]) { self.entries = entries }
}

/// One education. Besides the 学历证书, `evidence` must hold the proof its kind and year call for (a `missing`
/// item names it until a file is listed):
/// - `domestic`, obtained (`to`) in 2002 or later: 《教育部学历证书电子注册备案表》, and `xuexinCode` is required;
/// - `domestic`, 2001 or earlier: 《中国高等教育学历认证报告》;
/// - `foreign`: 《国外学历学位认证书》; `hongKongMacaoTaiwan`: 《港澳台学历学位认证书》 (教育部留学服务中心);
/// - `partySchool`, `secondaryVocational`: 学籍卡 or 毕业生登记表;
/// - `technicalSchool`: 2008 or later 网上毕业证书查询结果, before 2008 毕业生登记表 or 学籍卡.
public struct EducationEntry: Codable, Hashable, Sendable {
    /// 起始年月, `YYYY-MM`, not in the future.
    public var from: String
    /// 毕业年月, `YYYY-MM`, not before `from`, not in the future; its year decides the evidence.
    public var to: String
    /// 毕业院校, 1–100 characters.
    public var school: String
    /// 所学专业, 1–50 characters.
    public var major: String
    /// 学历.
    public var educationLevel: EducationLevel
    /// 学位.
    public var degree: Degree
    /// 学历类别; `domestic` cannot have `educationLevel` `secondary` (中专 is `secondaryVocational`).
    public var kind: EducationKind
    /// 学信网验证码: 12 digits or 16 letters A–Z/digits (stored upper-case); refused in another format. Required
    /// (to submit) for `domestic` education obtained in 2002 or later.
    public var xuexinCode: String?
    /// Uploaded file ids (at most 30, none twice): the 学历证书 and the proof above.
    public var evidence: [Int64]

    public init(
        from: String, to: String, school: String, major: String, educationLevel: EducationLevel, degree: Degree,
        kind: EducationKind, xuexinCode: String? = nil, evidence: [Int64] = []
    ) {
        self.from = from
        self.to = to
        self.school = school
        self.major = major
        self.educationLevel = educationLevel
        self.degree = degree
        self.kind = kind
        self.xuexinCode = xuexinCode
        self.evidence = evidence
    }
}

/// 学历类别: `domestic` 国内高等教育, `foreign` 国外学历学位, `hongKongMacaoTaiwan` 港澳台学历学位, `partySchool` 党校,
/// `secondaryVocational` 中专, `technicalSchool` 技工院校.
public enum EducationKind: String, WireEnum {
    case domestic, foreign, hongKongMacaoTaiwan, partySchool, secondaryVocational, technicalSchool
}

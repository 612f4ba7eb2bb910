import Foundation

/// 其他材料 — social insurance, practice certificates, continuing education and other material.
public struct OtherMaterials: DeclarationSection, Equatable {
    public static let key = SectionKey.otherMaterials

    /// 社会保险证明材料.
    public var socialInsurance: SocialInsurance
    /// 从业资格证 — for series with a licensing regime (行业准入).
    public var practiceCertificates: [PracticeCertificate]
    /// 继续教育证明材料.
    public var continuingEducation: [ContinuingEducationRecord]
    /// 其他.
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

    /// The series whose practitioners need a 从业资格证: the manual names 教师, 新闻 and 卫生 (教师资格证, 新闻记者证,
    /// 执业证书). One table, by series code of the reference data.
    public static let licensedSeries: [String: String] = [
        "gaoxiao": "教师资格证", "zhongzhi": "教师资格证", "jigong": "教师资格证", "zhongxiaoxue": "教师资格证",
        "xinwen": "新闻记者证", "weisheng": "执业证书 (医师、护士等)",
    ]

    public mutating func normalize() {
        for i in practiceCertificates.indices {
            practiceCertificates[i].name = SectionEntries.trim(practiceCertificates[i].name)
            practiceCertificates[i].number = SectionEntries.trim(practiceCertificates[i].number)
        }
        for i in continuingEducation.indices {
            continuingEducation[i].description = SectionEntries.paragraph(continuingEducation[i].description)
        }
        for i in others.indices { others[i].description = SectionEntries.paragraph(others[i].description) }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.checkFiles(socialInsurance.evidence, field: "socialInsurance.evidence", into: &v)
        SectionEntries.bound(practiceCertificates.count, field: "practiceCertificates", into: &v)
        for (i, c) in practiceCertificates.enumerated() {
            let p = "practiceCertificates[\(i)]"
            _ = Validate.text(c.name, field: "\(p).name", max: 50, into: &v)
            _ = Validate.optionalText(c.number, field: "\(p).number", max: 50, into: &v)
            SectionEntries.checkFiles(c.evidence, field: "\(p).evidence", into: &v)
        }
        SectionEntries.bound(continuingEducation.count, field: "continuingEducation", into: &v)
        for (i, c) in continuingEducation.enumerated() {
            let p = "continuingEducation[\(i)]"
            Validate.paragraph(c.description, field: "\(p).description", max: 200, into: &v)
            if let hours = c.hours { SectionEntries.number(hours, field: "\(p).hours", in: 1...2000, into: &v) }
            if let year = c.year {
                SectionEntries.number(year, field: "\(p).year", in: 1950...max(1950, context.today.year), into: &v)
            }
            SectionEntries.checkFiles(c.evidence, field: "\(p).evidence", into: &v)
        }
        SectionEntries.bound(others.count, field: "others", into: &v)
        for (i, o) in others.enumerated() {
            Validate.paragraph(o.description, field: "others[\(i)].description", max: 200, into: &v)
            SectionEntries.checkFiles(o.evidence, field: "others[\(i)].evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        if !socialInsurance.insuredInProvince {
            SectionEntries.requireFiles(
                socialInsurance.evidence, field: "socialInsurance.evidence",
                needs: "the 养老保险证明材料 of the province where you are insured (insured outside 河北: continuously "
                    + "for more than half a year, paid by the employer you work for)", into: &m)
        }
        if let series = context.seriesCode, let licence = Self.licensedSeries[series], practiceCertificates.isEmpty {
            m.append(
                Violation(
                    field: "practiceCertificates",
                    reason: "the series has a licensing regime (行业准入): add the 从业资格证 (\(licence))"))
        }
        for (i, c) in practiceCertificates.enumerated() {
            SectionEntries.requireFiles(
                c.evidence, field: "practiceCertificates[\(i)].evidence", needs: "the 从业资格证 (\(c.name))", into: &m)
        }
        for (i, c) in continuingEducation.enumerated() {
            SectionEntries.requireFiles(
                c.evidence, field: "continuingEducation[\(i)].evidence", needs: "the 继续教育证明材料", into: &m)
        }
        for (i, o) in others.enumerated() {
            SectionEntries.requireFiles(
                o.evidence, field: "others[\(i)].evidence", needs: "the material described", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        SectionEntries.references(socialInsurance.evidence, field: "socialInsurance.evidence")
            + practiceCertificates.enumerated().flatMap {
                SectionEntries.references($0.element.evidence, field: "practiceCertificates[\($0.offset)].evidence")
            }
            + continuingEducation.enumerated().flatMap {
                SectionEntries.references($0.element.evidence, field: "continuingEducation[\($0.offset)].evidence")
            }
            + others.enumerated().flatMap {
                SectionEntries.references($0.element.evidence, field: "others[\($0.offset)].evidence")
            }
    }
}

/// 社会保险 — insured in 河北 (shown by the system through data sharing) or elsewhere (proof required).
public struct SocialInsurance: Sendable, Codable, Equatable {
    /// 在河北省参加社保.
    public var insuredInProvince: Bool
    /// 养老保险证明材料; required only when insured outside the province.
    public var evidence: [Int64]

    public init(insuredInProvince: Bool, evidence: [Int64] = []) {
        self.insuredInProvince = insuredInProvince
        self.evidence = evidence
    }
}

/// 从业资格证.
public struct PracticeCertificate: Sendable, Codable, Equatable {
    /// 证书名称, e.g. 教师资格证（高级中学·数学）.
    public var name: String
    /// 证书编号.
    public var number: String?
    public var evidence: [Int64]

    public init(name: String, number: String? = nil, evidence: [Int64] = []) {
        self.name = name
        self.number = number
        self.evidence = evidence
    }
}

/// 继续教育 — one record of continuing education.
public struct ContinuingEducationRecord: Sendable, Codable, Equatable {
    /// What and where, e.g. 2025年度河北省中小学教师继续教育.
    public var description: String
    /// 学时.
    public var hours: Int?
    /// 年度.
    public var year: Int?
    public var evidence: [Int64]

    public init(description: String, hours: Int? = nil, year: Int? = nil, evidence: [Int64] = []) {
        self.description = description
        self.hours = hours
        self.year = year
        self.evidence = evidence
    }
}

/// 其他 — any other material.
public struct OtherMaterial: Sendable, Codable, Equatable {
    public var description: String
    public var evidence: [Int64]

    public init(description: String, evidence: [Int64] = []) {
        self.description = description
        self.evidence = evidence
    }
}

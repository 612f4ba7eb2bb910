import Foundation

/// 学习经历 — every education, in the applicant's order, each with the evidence the manual asks for by its year and
/// kind.
public struct Education: DeclarationSection, Equatable {
    public static let key = SectionKey.education

    public var entries: [EducationEntry]

    public init(entries: [EducationEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices { entries[i].normalize() }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() { e.check(prefix: "entries[\(i)]", today: context.today, into: &v) }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        SectionEntries.atLeastOne(entries.count, what: "学习经历", into: &m)
        for (i, e) in entries.enumerated() {
            if e.needsXuexinCode && e.xuexinCode == nil {
                m.append(
                    Violation(
                        field: "entries[\(i)].xuexinCode",
                        reason: "is required for a domestic higher education obtained in 2002 or later: the "
                            + "学信网验证码 of the 《教育部学历证书电子注册备案表》"))
            }
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence", needs: e.requiredEvidence, into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One education (一段学习经历).
public struct EducationEntry: Sendable, Codable, Equatable {
    /// 起始年月, `YYYY-MM`.
    public var from: String
    /// 毕业年月, `YYYY-MM`: the month the 学历 was obtained, which decides the evidence.
    public var to: String
    /// 毕业院校.
    public var school: String
    /// 所学专业.
    public var major: String
    /// 学历.
    public var educationLevel: EducationLevel
    /// 学位.
    public var degree: Degree
    /// Where and how the education was obtained.
    public var kind: EducationKind
    /// 学信网验证码: 12 digits (the manual) or 16 upper-case letters and digits (current codes).
    public var xuexinCode: String?
    /// 学历证书 and the proof `requiredEvidence` names.
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

    mutating func normalize() {
        from = SectionEntries.trim(from)
        to = SectionEntries.trim(to)
        school = SectionEntries.trim(school)
        major = SectionEntries.trim(major)
        xuexinCode = SectionEntries.trim(xuexinCode)?.uppercased()
    }

    /// The year the 学历 was obtained, when `to` is a valid month.
    var graduationYear: Int? { YearMonth(parsing: to)?.year }

    /// Domestic higher education obtained in 2002 or later: registered at 学信网, so the code is required.
    var needsXuexinCode: Bool {
        kind == .domestic && educationLevel != .secondary && (graduationYear ?? 0) >= 2002
    }

    /// The proof the manual asks for besides the 学历证书, by the kind and the year of this education (五(二)1,
    /// cases 1–6).
    public var requiredEvidence: String {
        let year = graduationYear
        switch kind {
        case .domestic:
            guard let year else {
                return "the 学历证书 and 《教育部学历证书电子注册备案表》 (obtained 2002 or later) or "
                    + "《中国高等教育学历认证报告》 (2001 or earlier)"
            }
            return year >= 2002
                ? "the 学历证书 and the 《教育部学历证书电子注册备案表》"
                : "the 学历证书 and the 《中国高等教育学历认证报告》"
        case .foreign:
            return "the 学历证书 and the 《国外学历学位认证书》 of the 教育部留学服务中心"
        case .hongKongMacaoTaiwan:
            return "the 学历证书 and the 《港澳台学历学位认证书》 of the 教育部留学服务中心"
        case .partySchool, .secondaryVocational:
            return "the 学历证书 and the 学籍卡 or 毕业生登记表"
        case .technicalSchool:
            guard let year else {
                return "the 学历证书 and the 网上毕业证书查询结果 (2008 or later) or 毕业生登记表/学籍卡 (before 2008)"
            }
            return year >= 2008
                ? "the 学历证书 and the 网上毕业证书查询结果"
                : "the 学历证书 and the 毕业生登记表 or 学籍卡"
        }
    }

    /// `^\d{12}$` or `^[A-Z0-9]{16}$`.
    static func isXuexinCode(_ code: String) -> Bool {
        let digits = code.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let upperAlnum = code.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }
        return (code.utf8.count == 12 && digits) || (code.utf8.count == 16 && upperAlnum)
    }

    func check(prefix: String, today: CalendarDay, into v: inout [Violation]) {
        SectionEntries.period(from: from, to: to, prefix: prefix, toRequired: true, today: today, into: &v)
        _ = Validate.text(school, field: "\(prefix).school", max: 100, into: &v)
        _ = Validate.text(major, field: "\(prefix).major", max: 50, into: &v)
        if kind == .domestic && educationLevel == .secondary {
            v.append(
                Violation(
                    field: "\(prefix).kind",
                    reason: "a 中专 education is of kind secondaryVocational; domestic is 国内高等教育"))
        }
        if let xuexinCode, !Self.isXuexinCode(xuexinCode) {
            v.append(
                Violation(
                    field: "\(prefix).xuexinCode",
                    reason: "must be the 12-digit or 16-character (A–Z, 0–9) 学信网验证码"))
        }
        SectionEntries.checkFiles(evidence, field: "\(prefix).evidence", into: &v)
    }
}

/// 学历类别 — where the education was obtained; it decides the evidence.
public enum EducationKind: String, Sendable, Codable, CaseIterable {
    /// 国内高等教育 (普通高校、成人高校、自学考试等).
    case domestic
    /// 国外学历学位.
    case foreign
    /// 港澳台地区学历学位.
    case hongKongMacaoTaiwan
    /// 党校学历.
    case partySchool
    /// 中专学历.
    case secondaryVocational
    /// 技工院校.
    case technicalSchool

    public var chineseName: String {
        switch self {
        case .domestic: "国内高等教育"
        case .foreign: "国外学历学位"
        case .hongKongMacaoTaiwan: "港澳台学历学位"
        case .partySchool: "党校"
        case .secondaryVocational: "中专"
        case .technicalSchool: "技工院校"
        }
    }
}

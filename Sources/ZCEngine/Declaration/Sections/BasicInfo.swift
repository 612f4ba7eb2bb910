import Foundation

/// 基础信息 — the applicant's contact, first degree, positions, current title and appraisals. Name, gender and ID
/// number come from the account and are not part of the section.
public struct BasicInfo: DeclarationSection, Equatable {
    public static let key = SectionKey.basicInfo

    /// 手机号码 (社保卡预留电话).
    public var phone: String
    /// 学历 — the first degree's level.
    public var education: EducationLevel
    /// 所学专业.
    public var major: String
    /// 学位.
    public var degree: Degree
    /// 行政职务名称, or 无.
    public var adminPosition: String
    /// 行政职务级别, or 无.
    public var adminLevel: String
    /// 现专业技术职务 — the current qualification's name, or 无.
    public var currentTitle: String
    /// 考核情况 — one result for each of the last five years.
    public var appraisals: [Appraisal]

    public init(
        phone: String, education: EducationLevel, major: String, degree: Degree, adminPosition: String,
        adminLevel: String, currentTitle: String, appraisals: [Appraisal]
    ) {
        self.phone = phone
        self.education = education
        self.major = major
        self.degree = degree
        self.adminPosition = adminPosition
        self.adminLevel = adminLevel
        self.currentTitle = currentTitle
        self.appraisals = appraisals
    }

    public mutating func normalize() {
        phone = phone.trimmingCharacters(in: .whitespaces)
        major = major.trimmingCharacters(in: .whitespacesAndNewlines)
        adminPosition = adminPosition.trimmingCharacters(in: .whitespacesAndNewlines)
        adminLevel = adminLevel.trimmingCharacters(in: .whitespacesAndNewlines)
        currentTitle = currentTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        appraisals.sort { $0.year > $1.year }
    }

    /// The five years an appraisal is due for: the five calendar years before this one.
    public static func appraisalYears(today: CalendarDay) -> [Int] {
        (1...5).map { today.year - $0 }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        _ = Validate.phone(phone, field: "phone", required: true, into: &v)
        _ = Validate.text(major, field: "major", max: 50, into: &v)
        _ = Validate.text(adminPosition, field: "adminPosition", max: 50, into: &v)
        _ = Validate.text(adminLevel, field: "adminLevel", max: 30, into: &v)
        _ = Validate.text(currentTitle, field: "currentTitle", max: 50, into: &v)
        let due = Self.appraisalYears(today: context.today)
        var seen = Set<Int>()
        for (i, a) in appraisals.enumerated() {
            if !due.contains(a.year) {
                v.append(
                    Violation(
                        field: "appraisals[\(i)].year",
                        reason: "must be one of the last five years (\(due.last ?? 0)–\(due.first ?? 0))"))
            } else if !seen.insert(a.year).inserted {
                v.append(Violation(field: "appraisals[\(i)].year", reason: "\(a.year) is given twice"))
            }
        }
        let absent = due.filter { !seen.contains($0) }
        if !absent.isEmpty {
            v.append(
                Violation(
                    field: "appraisals",
                    reason: "a result is needed for each of the last five years; missing: "
                        + absent.map(String.init).joined(separator: ", ")))
        }
        return v
    }
}

/// 学历 — level of education, from the fixed list.
public enum EducationLevel: String, Sendable, Codable, CaseIterable {
    case secondary, juniorCollege, bachelor, master, doctor, other

    public var chineseName: String {
        switch self {
        case .secondary: "中专"
        case .juniorCollege: "高职高专"
        case .bachelor: "本科"
        case .master: "硕士研究生"
        case .doctor: "博士研究生"
        case .other: "其他"
        }
    }
}

/// 学位.
public enum Degree: String, Sendable, Codable, CaseIterable {
    case bachelor, master, doctor, none

    public var chineseName: String {
        switch self {
        case .bachelor: "学士"
        case .master: "硕士"
        case .doctor: "博士"
        case .none: "无"
        }
    }
}

/// 考核情况 — one year's appraisal result.
public struct Appraisal: Sendable, Codable, Equatable {
    public var year: Int
    public var result: AppraisalResult

    public init(year: Int, result: AppraisalResult) {
        self.year = year
        self.result = result
    }
}

/// 考核结果.
public enum AppraisalResult: String, Sendable, Codable, CaseIterable {
    case excellent, competent, basicallyCompetent, incompetent, notAppraised

    public var chineseName: String {
        switch self {
        case .excellent: "优秀"
        case .competent: "合格(称职)"
        case .basicallyCompetent: "基本合格(基本称职)"
        case .incompetent: "不合格(不称职)"
        case .notAppraised: "未考核"
        }
    }
}

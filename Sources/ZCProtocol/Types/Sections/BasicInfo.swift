/// 基础信息. Name, gender and ID number come from the account (`person` in the document) and are not part of it.
public struct BasicInfo: Codable, Hashable, Sendable {
    /// 手机号码: an 11-digit mobile number or a landline with area code.
    public var phone: String
    /// 学历 — the first degree's level.
    public var education: EducationLevel
    /// 所学专业.
    public var major: String
    /// 学位.
    public var degree: Degree
    /// 行政职务名称, or `无`.
    public var adminPosition: String
    /// 行政职务级别, or `无`.
    public var adminLevel: String
    /// 现专业技术职务, or `无`.
    public var currentTitle: String
    /// 考核情况 — exactly one result for each of the five calendar years before this one.
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
}

/// 学历: 中专, 高职高专, 本科, 硕士研究生, 博士研究生, 其他.
public enum EducationLevel: String, WireEnum {
    case secondary, juniorCollege, bachelor, master, doctor, other
}

/// 学位: 学士, 硕士, 博士, 无.
public enum Degree: String, WireEnum {
    case bachelor, master, doctor, none
}

/// 考核情况 of one year.
public struct Appraisal: Codable, Hashable, Sendable {
    public var year: Int
    public var result: AppraisalResult

    public init(year: Int, result: AppraisalResult) {
        self.year = year
        self.result = result
    }
}

/// 考核结果: 优秀, 合格(称职), 基本合格(基本称职), 不合格(不称职), 未考核.
public enum AppraisalResult: String, WireEnum {
    case excellent, competent, basicallyCompetent, incompetent, notAppraised
}

/// 申报表的各部分 — the sections of the declaration form, in the manual's order. Each is saved on its own.
public enum SectionKey: String, Sendable, CaseIterable, Codable {
    /// 申报信息 — review method, route, series, qualification, specialty. Saved first; fixes the level.
    case declaration
    /// 基础信息 — contact, first degree, positions, current title, appraisals of the last five years.
    case basicInfo
    /// 学习经历 — education, with the evidence the year and kind of each call for.
    case education
    /// 专业技术资格证书 — current (and transferred) qualification certificates.
    case certificates
    /// 专业技术职务聘用证明 — proof of appointment.
    case employment
    /// 其他材料 — social insurance, practice certificates, continuing education, other.
    case otherMaterials
    /// 工作履历 — work history, most recent first.
    case workHistory
    /// 学术团体/社会兼职 — societies and part-time posts, by importance.
    case societies
    /// 专业技术工作经历 — professional experience, by category.
    case professionalExperience
    /// 论文 — papers, each with a verification URL on CNKI, Wanfang or CQVIP to count.
    case papers
    /// 论著 — books.
    case books
    /// 课题/项目 — research projects.
    case projects
    /// 奖励和荣誉 — awards and honours.
    case awards
    /// 专利 — patents.
    case patents
    /// 专家称号 — expert titles.
    case expertTitles
    /// 其它业绩 — other achievements.
    case otherAchievements
    /// 工作总结 — the abstract (about 800 characters) and the full summary as a PDF.
    case workSummary

    public var chineseName: String {
        switch self {
        case .declaration: "申报信息"
        case .basicInfo: "基础信息"
        case .education: "学习经历"
        case .certificates: "专业技术资格证书"
        case .employment: "聘用证明"
        case .otherMaterials: "其他材料"
        case .workHistory: "工作履历"
        case .societies: "学术团体/社会兼职"
        case .professionalExperience: "专业技术工作经历"
        case .papers: "论文"
        case .books: "论著"
        case .projects: "课题/项目"
        case .awards: "奖励和荣誉"
        case .patents: "专利"
        case .expertTitles: "专家称号"
        case .otherAchievements: "其它业绩"
        case .workSummary: "工作总结"
        }
    }

    /// Sections that must be saved before a declaration can be submitted. The achievements depend on the series'
    /// conditions, which the reviewers judge; societies are optional.
    public var requiredForSubmission: Bool {
        switch self {
        case .declaration, .basicInfo, .education, .certificates, .employment, .otherMaterials, .workHistory,
            .professionalExperience, .workSummary:
            true
        case .societies, .papers, .books, .projects, .awards, .patents, .expertTitles, .otherAchievements:
            false
        }
    }
}

/// One save method per section of the form: `params` = the declaration's id and the section's content under the
/// section's name. Each save replaces the section whole and is validated; the result says the revision and any
/// notices.

/// A request that saves one section.
public protocol SaveSectionRequest: ZCRequest where Response == SaveSectionResult {
    associatedtype Content: Codable & Hashable & Sendable
    static var section: SectionKey { get }
    var application: Int64 { get }
    var content: Content { get }
}

extension SaveSectionRequest {
    public static var access: Access { Access([.applicant], scope: "own declaration, while a draft") }
}

/// 申报信息.
public struct SaveDeclarationRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveDeclaration"
    public static let summary = "Save 申报信息 (review method, route, series, qualification, specialty)"
    public static let section = SectionKey.declaration
    public var application: Int64
    public var declaration: DeclarationInfo
    public var content: DeclarationInfo { declaration }

    public init(application: Int64, declaration: DeclarationInfo) {
        self.application = application
        self.declaration = declaration
    }
}

/// 基础信息.
public struct SaveBasicInfoRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveBasicInfo"
    public static let summary = "Save 基础信息 (phone, first degree, positions, current title, five appraisals)"
    public static let section = SectionKey.basicInfo
    public var application: Int64
    public var basicInfo: BasicInfo
    public var content: BasicInfo { basicInfo }

    public init(application: Int64, basicInfo: BasicInfo) {
        self.application = application
        self.basicInfo = basicInfo
    }
}

/// 学习经历.
public struct SaveEducationRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveEducation"
    public static let summary = "Save 学习经历 (education entries with the evidence their year and kind call for)"
    public static let section = SectionKey.education
    public var application: Int64
    public var education: Education
    public var content: Education { education }

    public init(application: Int64, education: Education) {
        self.application = application
        self.education = education
    }
}

/// 专业技术资格证书.
public struct SaveCertificatesRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveCertificates"
    public static let summary = "Save 专业技术资格证书 (current and transferred-from qualification certificates)"
    public static let section = SectionKey.certificates
    public var application: Int64
    public var certificates: Certificates
    public var content: Certificates { certificates }

    public init(application: Int64, certificates: Certificates) {
        self.application = application
        self.certificates = certificates
    }
}

/// 专业技术职务聘用证明.
public struct SaveEmploymentRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveEmployment"
    public static let summary = "Save 聘用证明 (record forms, salary-change forms, appointment documents or letters)"
    public static let section = SectionKey.employment
    public var application: Int64
    public var employment: Employment
    public var content: Employment { employment }

    public init(application: Int64, employment: Employment) {
        self.application = application
        self.employment = employment
    }
}

/// 其他材料.
public struct SaveOtherMaterialsRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveOtherMaterials"
    public static let summary = "Save 其他材料 (social insurance, practice certificates, continuing education, other)"
    public static let section = SectionKey.otherMaterials
    public var application: Int64
    public var otherMaterials: OtherMaterials
    public var content: OtherMaterials { otherMaterials }

    public init(application: Int64, otherMaterials: OtherMaterials) {
        self.application = application
        self.otherMaterials = otherMaterials
    }
}

/// 工作履历.
public struct SaveWorkHistoryRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveWorkHistory"
    public static let summary = "Save 工作履历 (posts held, most recent first, no overlaps)"
    public static let section = SectionKey.workHistory
    public var application: Int64
    public var workHistory: WorkHistory
    public var content: WorkHistory { workHistory }

    public init(application: Int64, workHistory: WorkHistory) {
        self.application = application
        self.workHistory = workHistory
    }
}

/// 学术团体/社会兼职.
public struct SaveSocietiesRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveSocieties"
    public static let summary = "Save 学术团体/社会兼职 (by importance)"
    public static let section = SectionKey.societies
    public var application: Int64
    public var societies: Societies
    public var content: Societies { societies }

    public init(application: Int64, societies: Societies) {
        self.application = application
        self.societies = societies
    }
}

/// 专业技术工作经历.
public struct SaveProfessionalExperienceRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveProfessionalExperience"
    public static let summary = "Save 专业技术工作经历 (category, content, evidence)"
    public static let section = SectionKey.professionalExperience
    public var application: Int64
    public var professionalExperience: ProfessionalExperience
    public var content: ProfessionalExperience { professionalExperience }

    public init(application: Int64, professionalExperience: ProfessionalExperience) {
        self.application = application
        self.professionalExperience = professionalExperience
    }
}

/// 论文.
public struct SavePapersRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.savePapers"
    public static let summary = "Save 论文 (each with a CNKI, Wanfang or CQVIP verification URL to count)"
    public static let section = SectionKey.papers
    public var application: Int64
    public var papers: Papers
    public var content: Papers { papers }

    public init(application: Int64, papers: Papers) {
        self.application = application
        self.papers = papers
    }
}

/// 论著.
public struct SaveBooksRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveBooks"
    public static let summary = "Save 论著 (books with role, word count and evidence)"
    public static let section = SectionKey.books
    public var application: Int64
    public var books: Books
    public var content: Books { books }

    public init(application: Int64, books: Books) {
        self.application = application
        self.books = books
    }
}

/// 课题/项目.
public struct SaveProjectsRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveProjects"
    public static let summary = "Save 课题/项目 (research projects, ongoing or concluded)"
    public static let section = SectionKey.projects
    public var application: Int64
    public var projects: Projects
    public var content: Projects { projects }

    public init(application: Int64, projects: Projects) {
        self.application = application
        self.projects = projects
    }
}

/// 奖励和荣誉.
public struct SaveAwardsRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveAwards"
    public static let summary = "Save 奖励和荣誉 (awards and honours)"
    public static let section = SectionKey.awards
    public var application: Int64
    public var awards: Awards
    public var content: Awards { awards }

    public init(application: Int64, awards: Awards) {
        self.application = application
        self.awards = awards
    }
}

/// 专利.
public struct SavePatentsRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.savePatents"
    public static let summary = "Save 专利 (patents with their number and kind)"
    public static let section = SectionKey.patents
    public var application: Int64
    public var patents: Patents
    public var content: Patents { patents }

    public init(application: Int64, patents: Patents) {
        self.application = application
        self.patents = patents
    }
}

/// 专家称号.
public struct SaveExpertTitlesRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveExpertTitles"
    public static let summary = "Save 专家称号 (expert titles)"
    public static let section = SectionKey.expertTitles
    public var application: Int64
    public var expertTitles: ExpertTitles
    public var content: ExpertTitles { expertTitles }

    public init(application: Int64, expertTitles: ExpertTitles) {
        self.application = application
        self.expertTitles = expertTitles
    }
}

/// 其它业绩.
public struct SaveOtherAchievementsRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveOtherAchievements"
    public static let summary = "Save 其它业绩 (further achievements, by relevance to the conditions)"
    public static let section = SectionKey.otherAchievements
    public var application: Int64
    public var otherAchievements: OtherAchievements
    public var content: OtherAchievements { otherAchievements }

    public init(application: Int64, otherAchievements: OtherAchievements) {
        self.application = application
        self.otherAchievements = otherAchievements
    }
}

/// 工作总结.
public struct SaveWorkSummaryRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveWorkSummary"
    public static let summary = "Save 工作总结 (the abstract of 600–1,000 characters and the summary PDF)"
    public static let section = SectionKey.workSummary
    public var application: Int64
    public var workSummary: WorkSummary
    public var content: WorkSummary { workSummary }

    public init(application: Int64, workSummary: WorkSummary) {
        self.application = application
        self.workSummary = workSummary
    }
}

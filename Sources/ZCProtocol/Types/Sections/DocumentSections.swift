/// Every section of a declaration, each present once saved.
public struct DocumentSections: Codable, Hashable, Sendable {
    public var declaration: DeclarationInfo?
    public var basicInfo: BasicInfo?
    public var education: Education?
    public var certificates: Certificates?
    public var employment: Employment?
    public var otherMaterials: OtherMaterials?
    public var workHistory: WorkHistory?
    public var societies: Societies?
    public var professionalExperience: ProfessionalExperience?
    public var papers: Papers?
    public var books: Books?
    public var projects: Projects?
    public var awards: Awards?
    public var patents: Patents?
    public var expertTitles: ExpertTitles?
    public var otherAchievements: OtherAchievements?
    public var workSummary: WorkSummary?

    public init(
        declaration: DeclarationInfo? = nil, basicInfo: BasicInfo? = nil, education: Education? = nil,
        certificates: Certificates? = nil, employment: Employment? = nil, otherMaterials: OtherMaterials? = nil,
        workHistory: WorkHistory? = nil, societies: Societies? = nil,
        professionalExperience: ProfessionalExperience? = nil, papers: Papers? = nil, books: Books? = nil,
        projects: Projects? = nil, awards: Awards? = nil, patents: Patents? = nil, expertTitles: ExpertTitles? = nil,
        otherAchievements: OtherAchievements? = nil, workSummary: WorkSummary? = nil
    ) {
        self.declaration = declaration
        self.basicInfo = basicInfo
        self.education = education
        self.certificates = certificates
        self.employment = employment
        self.otherMaterials = otherMaterials
        self.workHistory = workHistory
        self.societies = societies
        self.professionalExperience = professionalExperience
        self.papers = papers
        self.books = books
        self.projects = projects
        self.awards = awards
        self.patents = patents
        self.expertTitles = expertTitles
        self.otherAchievements = otherAchievements
        self.workSummary = workSummary
    }
}

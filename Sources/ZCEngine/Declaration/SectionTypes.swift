/// Which Swift type holds each section: used to re-read stored sections for validation at submission.
enum SectionTypes {
    static func type(for key: SectionKey) -> (any DeclarationSection.Type)? {
        all.first { $0.key == key }
    }

    static let all: [any DeclarationSection.Type] = [
        DeclarationInfo.self, BasicInfo.self,
        Education.self, Certificates.self, Employment.self, OtherMaterials.self, WorkHistory.self, Societies.self,
        ProfessionalExperience.self, Papers.self, Books.self, Projects.self, Awards.self, Patents.self,
        ExpertTitles.self, OtherAchievements.self, WorkSummary.self,
    ]
}

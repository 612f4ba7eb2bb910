public import Foundation

/// 申报 — a declaration's header.
public struct ApplicationInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var batch: BatchRef
    public var applicant: PersonRef
    public var employer: OrganizationRef
    public var state: ApplicationState
    public var stateName: String
    public var declaration: DeclarationInfo
    public var seriesName: String
    public var qualificationName: String
    public var level: String
    public var levelName: String
    /// The sections saved so far, in form order.
    public var sections: [SectionStatusInfo]
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// How many times it has been submitted.
    public var round: Int
    /// Where it waits in the review chain, while `submitted` (or, later, the organisation holding it).
    public var reviewAt: OrganizationRef?
    public var reviewStage: ReviewStage?
    /// When `returned`: the sections that may (and must) change, and the reviewer's reason.
    public var returnedSections: [SectionKey]
    public var returnReason: String?

    public init(
        id: Int64, batch: BatchRef, applicant: PersonRef, employer: OrganizationRef, state: ApplicationState,
        stateName: String, declaration: DeclarationInfo, seriesName: String, qualificationName: String,
        level: String, levelName: String, sections: [SectionStatusInfo], createdAt: Date, updatedAt: Date,
        submittedAt: Date?, round: Int = 0, reviewAt: OrganizationRef? = nil, reviewStage: ReviewStage? = nil,
        returnedSections: [SectionKey] = [], returnReason: String? = nil
    ) {
        self.round = round
        self.reviewAt = reviewAt
        self.reviewStage = reviewStage
        self.returnedSections = returnedSections
        self.returnReason = returnReason
        self.id = id
        self.batch = batch
        self.applicant = applicant
        self.employer = employer
        self.state = state
        self.stateName = stateName
        self.declaration = declaration
        self.seriesName = seriesName
        self.qualificationName = qualificationName
        self.level = level
        self.levelName = levelName
        self.sections = sections
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
    }
}

public struct BatchRef: Codable, Hashable, Sendable {
    public var id: Int64
    public var name: String
    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// The person behind an applicant account.
public struct PersonRef: Codable, Hashable, Sendable {
    public var idNumber: String
    public var name: String
    public init(idNumber: String, name: String) {
        self.idNumber = idNumber
        self.name = name
    }
}

/// When a section was last saved.
public struct SectionStatusInfo: Codable, Hashable, Sendable {
    public var section: SectionKey
    public var revision: Int
    public var savedAt: Date
    public init(section: SectionKey, revision: Int, savedAt: Date) {
        self.section = section
        self.revision = revision
        self.savedAt = savedAt
    }
}

/// 申报状态.
public enum ApplicationState: String, WireEnum {
    /// 填报中 — being filled in.
    case draft
    /// 资格审查中 — submitted, frozen, in the chain of qualification reviews.
    case submitted
    /// 退回修改 — returned: only the marked sections may change, then resubmit.
    case returned
    /// 审查不通过 — final for this batch.
    case rejected
    /// 加入黑名单 — final; no declaration for three years.
    case blacklisted
    /// 待公示 — passed by the chain's last leader; waiting for publicity.
    case awaitingPublicity
    /// 公示中 — in a publicity list.
    case inPublicity
    /// 已送评委会 — handed over to a review committee.
    case atCommittee
}

/// 审查环节: the handler (经办人) acts first at each organisation, then the leader (领导).
public enum ReviewStage: String, WireEnum {
    case handler, leader
}

/// The sections of the form (申报表), in the manual's order.
public enum SectionKey: String, WireEnum {
    case declaration, basicInfo, education, certificates, employment, otherMaterials, workHistory, societies
    case professionalExperience, papers, books, projects, awards, patents, expertTitles, otherAchievements
    case workSummary
}

/// What a save returns.
public struct SaveSectionResult: Codable, Hashable, Sendable {
    public var section: SectionKey
    /// 1 for the first save, then counting up.
    public var revision: Int
    public var savedAt: Date
    /// Things the applicant should know; none of them blocks saving (e.g. a paper without a verification URL
    /// does not count).
    public var notices: [String]

    public init(section: SectionKey, revision: Int, savedAt: Date, notices: [String]) {
        self.section = section
        self.revision = revision
        self.savedAt = savedAt
        self.notices = notices
    }
}

/// A section as saved.
public struct ReadSectionResult: Codable, Hashable, Sendable {
    public var section: SectionKey
    public var revision: Int
    public var savedAt: Date
    public var notices: [String]
    /// The section's content exactly as saved; its shape is the section's (see the `application.save*` methods).
    public var content: AnyJSON

    public init(section: SectionKey, revision: Int, savedAt: Date, notices: [String], content: AnyJSON) {
        self.section = section
        self.revision = revision
        self.savedAt = savedAt
        self.notices = notices
        self.content = content
    }
}

/// The whole declaration in one document: header, person and every saved section. After submission the sections
/// are the frozen snapshot reviewers see.
public struct ApplicationDocument: Codable, Hashable, Sendable {
    public var application: DocumentHeader
    public var person: DocumentPerson
    public var sections: DocumentSections

    public init(application: DocumentHeader, person: DocumentPerson, sections: DocumentSections) {
        self.application = application
        self.person = person
        self.sections = sections
    }
}

public struct DocumentHeader: Codable, Hashable, Sendable {
    public var id: Int64
    public var batch: BatchRef
    public var employer: OrganizationRef
    public var state: ApplicationState
    public var stateName: String
    public var seriesCode: String
    public var seriesName: String
    public var qualificationCode: String
    public var qualificationName: String
    public var level: String
    public var levelName: String
    public var reviewMethod: ReviewMethod
    public var route: DeclarationRoute
    public var specialty: String
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?

    public init(
        id: Int64, batch: BatchRef, employer: OrganizationRef, state: ApplicationState, stateName: String,
        seriesCode: String, seriesName: String, qualificationCode: String, qualificationName: String, level: String,
        levelName: String, reviewMethod: ReviewMethod, route: DeclarationRoute, specialty: String, createdAt: Date,
        updatedAt: Date, submittedAt: Date? = nil
    ) {
        self.id = id
        self.batch = batch
        self.employer = employer
        self.state = state
        self.stateName = stateName
        self.seriesCode = seriesCode
        self.seriesName = seriesName
        self.qualificationCode = qualificationCode
        self.qualificationName = qualificationName
        self.level = level
        self.levelName = levelName
        self.reviewMethod = reviewMethod
        self.route = route
        self.specialty = specialty
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
    }
}

/// 申报人 — from the account, not editable in the form.
public struct DocumentPerson: Codable, Hashable, Sendable {
    public var name: String
    /// `male` or `female`.
    public var gender: String
    public var idNumber: String
    /// `YYYY-MM-DD`.
    public var birthDate: String

    public init(name: String, gender: String, idNumber: String, birthDate: String) {
        self.name = name
        self.gender = gender
        self.idNumber = idNumber
        self.birthDate = birthDate
    }
}

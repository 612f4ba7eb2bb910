public import Foundation

/// 申报 — a declaration's header as the engine reports it.
public struct ApplicationView: Sendable, Equatable {
    public var id: Int64
    public var batchID: Int64
    public var batchName: String
    /// The applicant's login: the resident ID number.
    public var applicantIDNumber: String
    public var applicantName: String
    public var employerCode: String
    public var employerName: String
    public var state: ApplicationState
    public var declaration: DeclarationInfo
    public var seriesName: String
    public var qualificationName: String
    public var level: TitleLevel
    public var sections: [SectionStatus]
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// How many times it has been submitted.
    public var round: Int
    /// Where it waits in the review chain: the organisation's code and name.
    public var reviewAt: (code: String, name: String)?
    public var reviewStage: ReviewStage?
    /// When returned: the sections the applicant must change, and why.
    public var returnedSections: [SectionKey]
    public var returnReason: String?

    public static func == (a: ApplicationView, b: ApplicationView) -> Bool {
        a.id == b.id && a.state == b.state && a.sections == b.sections && a.updatedAt == b.updatedAt
            && a.reviewAt?.code == b.reviewAt?.code && a.reviewStage == b.reviewStage
    }
}

/// When a section was last saved.
public struct SectionStatus: Sendable, Equatable {
    public var key: SectionKey
    public var revision: Int
    public var savedAt: Date
}

/// A section as stored: its canonical JSON, exactly as it is sent back.
public struct SavedSection: Sendable, Equatable {
    public var key: SectionKey
    /// The section's content as canonical JSON.
    public var content: String
    /// 1 for the first save, then counting up.
    public var revision: Int
    public var savedAt: Date
    /// What the applicant should know (nothing here blocks the save).
    public var notices: [String]
}

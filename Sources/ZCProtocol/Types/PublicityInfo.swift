public import Foundation

/// Whether a publicity (公示) is still running.
public enum PublicityState: String, WireEnum {
    /// Published and not ended: objections may be recorded.
    case open
    /// The period is over (now ≥ `endsAt`): its cases wait for routing.
    case ended
}

/// 公示 — a published list of cases, with its period, cases and objections.
public struct PublicityInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var title: String
    /// The organisation that published it (the end of the cases' review chain).
    public var organization: OrganizationRef
    /// `YYYY-MM-DD`: the first day of the period, a working day (a later day than asked for when that was not one).
    public var startsOn: String
    /// `YYYY-MM-DD`: the last working day of the period.
    public var endsOn: String
    /// 23:59:59 Beijing time of `endsOn`; the publicity has ended when now ≥ `endsAt`.
    public var endsAt: Date
    public var workingDays: Int
    public var state: PublicityState
    public var createdAt: Date
    /// The display name of the handler who published it.
    public var createdBy: String
    /// In published order.
    public var cases: [PublicityCaseInfo]
    /// Oldest first.
    public var objections: [ObjectionInfo]
    /// Worth knowing, nothing blocking, e.g. a year of the period without calendar entries.
    public var notices: [String]

    public init(
        id: Int64, title: String, organization: OrganizationRef, startsOn: String, endsOn: String, endsAt: Date,
        workingDays: Int, state: PublicityState, createdAt: Date, createdBy: String, cases: [PublicityCaseInfo],
        objections: [ObjectionInfo], notices: [String]
    ) {
        self.id = id
        self.title = title
        self.organization = organization
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.endsAt = endsAt
        self.workingDays = workingDays
        self.state = state
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.cases = cases
        self.objections = objections
        self.notices = notices
    }
}

/// One line of `publicity.list`.
public struct PublicitySummaryInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var title: String
    public var organization: OrganizationRef
    public var startsOn: String
    public var endsOn: String
    public var endsAt: Date
    public var workingDays: Int
    public var state: PublicityState
    public var caseCount: Int
    /// Objections not yet resolved.
    public var pendingObjections: Int
    public var createdAt: Date

    public init(
        id: Int64, title: String, organization: OrganizationRef, startsOn: String, endsOn: String, endsAt: Date,
        workingDays: Int, state: PublicityState, caseCount: Int, pendingObjections: Int, createdAt: Date
    ) {
        self.id = id
        self.title = title
        self.organization = organization
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.endsAt = endsAt
        self.workingDays = workingDays
        self.state = state
        self.caseCount = caseCount
        self.pendingObjections = pendingObjections
        self.createdAt = createdAt
    }
}

/// A case of a publicity.
public struct PublicityCaseInfo: Codable, Hashable, Sendable {
    public var application: Int64
    public var applicant: PersonRef
    public var employer: OrganizationRef
    public var seriesCode: String
    public var qualificationName: String
    /// Title level (`zhongji`, `fugao`, …) and its Chinese name.
    public var level: String
    public var levelName: String
    /// The case's state now: `inPublicity`, later `atCommittee`, or `returned`/`rejected` after an upheld objection.
    public var state: ApplicationState
    public var stateName: String
    /// When an upheld objection took it out of the publicity.
    public var leftAt: Date?
    public var pendingObjections: Int

    public init(
        application: Int64, applicant: PersonRef, employer: OrganizationRef, seriesCode: String,
        qualificationName: String, level: String, levelName: String, state: ApplicationState, stateName: String,
        leftAt: Date?, pendingObjections: Int
    ) {
        self.application = application
        self.applicant = applicant
        self.employer = employer
        self.seriesCode = seriesCode
        self.qualificationName = qualificationName
        self.level = level
        self.levelName = levelName
        self.state = state
        self.stateName = stateName
        self.leftAt = leftAt
        self.pendingObjections = pendingObjections
    }
}

/// Where an objection (异议) stands.
public enum ObjectionState: String, WireEnum {
    /// 待处理.
    case pending
    /// 异议成立 — the case left the publicity: returned or not passed.
    case upheld
    /// 异议不成立 — the case goes on.
    case dismissed
    /// 已一并处理 — closed with another objection against the same case that was upheld.
    case superseded
}

/// The handler's decision on an objection.
public enum ObjectionDecision: String, WireEnum {
    /// 异议成立.
    case upheld
    /// 异议不成立.
    case dismissed
}

/// What an upheld objection does to the case.
public enum ObjectionOutcome: String, WireEnum {
    /// 退回修改 — back to the applicant with marked sections; resubmission starts at the employer.
    case `return`
    /// 审查不通过 — final for this batch.
    case reject
}

/// 异议 — an objection against a case of a publicity.
public struct ObjectionInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var publicity: Int64
    public var application: Int64
    public var applicantName: String
    public var content: String
    /// How it arrived: 来信 / 来电 / 来访 …
    public var source: String?
    public var receivedAt: Date
    /// The display name of the handler who recorded it.
    public var recordedBy: String
    public var state: ObjectionState
    public var stateName: String
    /// For an upheld objection.
    public var outcome: ObjectionOutcome?
    public var reason: String?
    /// For an upheld return: the sections the applicant must change.
    public var sections: [SectionKey]
    public var resolvedAt: Date?
    public var resolvedBy: String?

    public init(
        id: Int64, publicity: Int64, application: Int64, applicantName: String, content: String, source: String?,
        receivedAt: Date, recordedBy: String, state: ObjectionState, stateName: String, outcome: ObjectionOutcome?,
        reason: String?, sections: [SectionKey], resolvedAt: Date?, resolvedBy: String?
    ) {
        self.id = id
        self.publicity = publicity
        self.application = application
        self.applicantName = applicantName
        self.content = content
        self.source = source
        self.receivedAt = receivedAt
        self.recordedBy = recordedBy
        self.state = state
        self.stateName = stateName
        self.outcome = outcome
        self.reason = reason
        self.sections = sections
        self.resolvedAt = resolvedAt
        self.resolvedBy = resolvedBy
    }
}

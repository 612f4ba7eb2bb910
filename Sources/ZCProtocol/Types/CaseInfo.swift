public import Foundation

/// 案件 — a declaration as a reviewer sees it in a queue.
public struct CaseInfo: Codable, Hashable, Sendable {
    public var application: Int64
    /// Send it back with a decision: a decision on a case that has moved on since is refused (`aborted`).
    public var step: Int
    /// Which submission this is (1 for the first, 2 after one return, …).
    public var round: Int
    public var applicant: PersonRef
    public var employer: OrganizationRef
    public var batch: BatchRef
    public var seriesCode: String
    public var qualificationCode: String
    public var qualificationName: String
    public var level: String
    public var levelName: String
    public var state: ApplicationState
    public var stateName: String
    public var stage: ReviewStage?
    /// Since when it waits where it is; queues are sorted by this, oldest first.
    public var waitingSince: Date?
    public var submittedAt: Date?

    public init(
        application: Int64, step: Int, round: Int, applicant: PersonRef, employer: OrganizationRef, batch: BatchRef,
        seriesCode: String, qualificationCode: String, qualificationName: String, level: String, levelName: String,
        state: ApplicationState, stateName: String, stage: ReviewStage?, waitingSince: Date?, submittedAt: Date?
    ) {
        self.application = application
        self.step = step
        self.round = round
        self.applicant = applicant
        self.employer = employer
        self.batch = batch
        self.seriesCode = seriesCode
        self.qualificationCode = qualificationCode
        self.qualificationName = qualificationName
        self.level = level
        self.levelName = levelName
        self.state = state
        self.stateName = stateName
        self.stage = stage
        self.waitingSince = waitingSince
        self.submittedAt = submittedAt
    }
}

/// 审查结果.
public enum ReviewOutcome: String, WireEnum {
    /// 审查通过
    case pass
    /// 退回修改
    case `return`
    /// 审查不通过
    case reject
    /// 加入黑名单
    case blacklist
    /// 结果公示 — published (stage `publicity`).
    case published
    /// 异议不成立 — an objection was dismissed; the case goes on (stage `publicity`). An upheld objection is a
    /// `return` or `reject` at stage `publicity`.
    case objectionDismissed
    /// 正常评审 — handed over to the committee that covers the case (stage `routing`).
    case routed
    /// 委托代评 — entrusted to another committee (stage `routing`).
    case entrusted
}

/// One entry of a case's history: a submission, or a decision with its opinion.
public struct HistoryEntryInfo: Codable, Hashable, Sendable {
    /// `submitted` or `review`.
    public var kind: String
    public var round: Int
    public var at: Date
    public var organization: OrganizationRef?
    public var stage: String?
    public var reviewer: String?
    public var outcome: ReviewOutcome?
    public var outcomeName: String?
    /// 审查意见.
    public var opinion: String?
    /// For a return: the sections marked for change.
    public var sections: [SectionKey]

    public init(
        kind: String, round: Int, at: Date, organization: OrganizationRef?, stage: String?, reviewer: String?,
        outcome: ReviewOutcome?, outcomeName: String?, opinion: String?, sections: [SectionKey]
    ) {
        self.kind = kind
        self.round = round
        self.at = at
        self.organization = organization
        self.stage = stage
        self.reviewer = reviewer
        self.outcome = outcome
        self.outcomeName = outcomeName
        self.opinion = opinion
        self.sections = sections
    }
}

/// A case and the step a reviewer saw it at.
public struct CaseStep: Codable, Hashable, Sendable {
    public var application: Int64
    public var step: Int
    public init(application: Int64, step: Int) {
        self.application = application
        self.step = step
    }
}

/// The outcome of one case in a call on many.
public struct CaseResult: Codable, Hashable, Sendable {
    public var application: Int64
    public var ok: Bool
    /// The case after the decision, when ok.
    public var `case`: CaseInfo?
    /// Why this one failed, when not ok (the others are unaffected).
    public var error: WireError?

    public init(application: Int64, ok: Bool, case: CaseInfo? = nil, error: WireError? = nil) {
        self.application = application
        self.ok = ok
        self.case = `case`
        self.error = error
    }
}

public import Foundation

/// 审查结果 — what a reviewer decides at one step.
public enum ReviewOutcome: String, Sendable, Codable, CaseIterable {
    /// 审查通过 — handler → leader; leader → the next organisation up, or publicity at the end of the chain.
    case pass
    /// 退回修改 — back to the applicant with marked sections; resubmission starts again at the employer.
    case `return`
    /// 审查不通过 — final for this batch.
    case reject
    /// 加入黑名单 — final, and no declaration for three years.
    case blacklist
    /// 结果公示 — the case was published (stage `publicity`). Not a reviewer's decision.
    case published
    /// 异议不成立 — an objection during the publicity was dismissed; the case goes on (stage `publicity`). An upheld
    /// objection is recorded as `return` or `reject` at stage `publicity`.
    case objectionDismissed
    /// 正常评审 — handed over to the committee that covers the case (stage `routing`).
    case routed
    /// 委托代评 — entrusted to another committee (stage `routing`).
    case entrusted

    public var chineseName: String {
        switch self {
        case .pass: "审查通过"
        case .return: "退回修改"
        case .reject: "审查不通过"
        case .blacklist: "加入黑名单"
        case .published: "结果公示"
        case .objectionDismissed: "异议不成立"
        case .routed: "正常评审"
        case .entrusted: "委托代评"
        }
    }

    /// The outcomes a reviewer chooses in the chain (审查); the others are recorded by publicity and routing.
    public var isReviewDecision: Bool {
        switch self {
        case .pass, .return, .reject, .blacklist: true
        case .published, .objectionDismissed, .routed, .entrusted: false
        }
    }
}

/// 审查环节 — who acts at an organisation: its handler (经办人), then its leader (领导); after the chain, the
/// publicity (结果公示, by the handler) and the routing to a committee (推送评委会, by the leader). A case waits only
/// at `handler` or `leader`; the last two name steps of its history.
public enum ReviewStage: String, Sendable, Codable, CaseIterable {
    case handler, leader, publicity, routing

    public var chineseName: String {
        switch self {
        case .handler: "经办人审查"
        case .leader: "领导审查"
        case .publicity: "结果公示"
        case .routing: "推送评委会"
        }
    }
}

/// One reviewer's decision on one case.
public struct ReviewDecision: Sendable {
    public var applicationID: Int64
    /// The case's `step` as the reviewer saw it: a decision on a case that has moved on since is refused as
    /// already decided.
    public var step: Int
    public var outcome: ReviewOutcome
    /// 审查意见 — required for every outcome but pass.
    public var opinion: String?
    /// For a return: the sections the applicant must change.
    public var sections: [SectionKey]

    public init(applicationID: Int64, step: Int, outcome: ReviewOutcome, opinion: String?, sections: [SectionKey] = []) {
        self.applicationID = applicationID
        self.step = step
        self.outcome = outcome
        self.opinion = opinion
        self.sections = sections
    }
}

/// A case in a reviewer's queue.
public struct CaseSummary: Sendable, Equatable {
    public var id: Int64
    /// Pass it back with the decision.
    public var step: Int
    public var round: Int
    public var applicantName: String
    public var applicantIDNumber: String
    public var employerCode: String
    public var employerName: String
    public var batchID: Int64
    public var batchName: String
    public var seriesCode: String
    public var qualificationCode: String
    public var qualificationName: String
    public var level: TitleLevel
    public var state: ApplicationState
    public var stage: ReviewStage?
    public var waitingSince: Date?
    public var submittedAt: Date?
}

/// Filters of a queue (and of the export).
public struct CaseFilter: Sendable {
    public var batchID: Int64?
    public var seriesCode: String?
    public var level: TitleLevel?
    public var state: ApplicationState?
    /// Part of the applicant's name, or the start of the ID number.
    public var query: String?

    public init(batchID: Int64? = nil, seriesCode: String? = nil, level: TitleLevel? = nil,
                state: ApplicationState? = nil, query: String? = nil) {
        self.batchID = batchID
        self.seriesCode = seriesCode
        self.level = level
        self.state = state
        self.query = query
    }
}

/// One entry of a case's history.
public struct HistoryEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case submitted, review }
    public var kind: Kind
    public var round: Int
    public var at: Date
    public var organizationCode: String?
    public var organizationName: String?
    public var stage: ReviewStage?
    public var reviewerName: String?
    public var outcome: ReviewOutcome?
    /// 审查意见.
    public var opinion: String?
    public var sections: [SectionKey]
}

/// The result of one item of a batch approval.
public struct BatchItemResult: Sendable {
    public var applicationID: Int64
    /// nil when it passed.
    public var error: EngineError?
    public var summary: CaseSummary?
}

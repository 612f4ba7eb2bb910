public import Foundation

/// 公示 — a published list of cases whose qualification review passed at the end of their chain.
public struct PublicityView: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        /// Published and not yet ended: objections may be recorded.
        case open
        /// The period is over (now ≥ `endsAt`): the leader routes the cases.
        case ended
    }

    public var id: Int64
    public var title: String
    public var organizationCode: String
    public var organizationName: String
    /// The first day of the period (a working day).
    public var startsOn: CalendarDay
    /// The last working day of the period.
    public var endsOn: CalendarDay
    /// 23:59:59 Beijing time of `endsOn`.
    public var endsAt: Date
    public var workingDays: Int
    public var state: State
    public var createdAt: Date
    public var createdBy: String
    public var cases: [PublicityCase]
    public var objections: [ObjectionView]
    /// Worth knowing, nothing blocking: e.g. a year of the period without any calendar entry.
    public var notices: [String]
}

/// One line of a publicity's list.
public struct PublicityListItem: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var organizationCode: String
    public var organizationName: String
    public var startsOn: CalendarDay
    public var endsOn: CalendarDay
    public var endsAt: Date
    public var workingDays: Int
    public var state: PublicityView.State
    public var caseCount: Int
    public var pendingObjections: Int
    public var createdAt: Date
}

/// A case in a publicity.
public struct PublicityCase: Sendable, Equatable {
    public var summary: CaseSummary
    /// When an upheld objection took it out of the publicity.
    public var leftAt: Date?
    public var pendingObjections: Int
}

/// 异议的处理状态.
public enum ObjectionState: String, Sendable, CaseIterable {
    /// 待处理.
    case pending
    /// 异议成立 — the case left the publicity (returned or not passed).
    case upheld
    /// 异议不成立 — the case goes on.
    case dismissed
    /// 一并处理 — closed without its own decision because another objection against the same case was upheld.
    case superseded

    public var chineseName: String {
        switch self {
        case .pending: "待处理"
        case .upheld: "异议成立"
        case .dismissed: "异议不成立"
        case .superseded: "已一并处理"
        }
    }
}

/// What an upheld objection does to the case.
public enum ObjectionOutcome: String, Sendable, CaseIterable {
    /// 退回修改 — back to the applicant with marked sections; resubmission starts again at the employer.
    case `return`
    /// 审查不通过 — final for this batch.
    case reject
}

/// 异议 — one objection against one case of a publicity.
public struct ObjectionView: Sendable, Equatable {
    public var id: Int64
    public var publicityID: Int64
    public var applicationID: Int64
    public var applicantName: String
    public var content: String
    /// 来信 / 来电 / 来访 …
    public var source: String?
    public var receivedAt: Date
    public var recordedBy: String
    public var state: ObjectionState
    public var outcome: ObjectionOutcome?
    public var reason: String?
    public var sections: [SectionKey]
    public var resolvedAt: Date?
    public var resolvedBy: String?
}

/// A new publicity.
public struct NewPublicity: Sendable {
    public var title: String
    public var applicationIDs: [Int64]
    /// `YYYY-MM-DD`; nil = today in Beijing. A non-working day starts the count on the next working day.
    public var startsOn: String?
    /// 1–30; nil = 5.
    public var workingDays: Int?

    public init(title: String, applicationIDs: [Int64], startsOn: String? = nil, workingDays: Int? = nil) {
        self.title = title
        self.applicationIDs = applicationIDs
        self.startsOn = startsOn
        self.workingDays = workingDays
    }

    public static let defaultWorkingDays = 5
    public static let workingDaysRange = 1...30
}

/// An objection as the handler records it.
public struct NewObjection: Sendable {
    public var publicityID: Int64
    public var applicationID: Int64
    public var content: String
    public var source: String?

    public init(publicityID: Int64, applicationID: Int64, content: String, source: String? = nil) {
        self.publicityID = publicityID
        self.applicationID = applicationID
        self.content = content
        self.source = source
    }
}

/// The handler's decision on an objection.
public struct ObjectionResolution: Sendable {
    public enum Decision: String, Sendable, CaseIterable {
        case upheld, dismissed
    }

    public var objectionID: Int64
    public var decision: Decision
    /// Required: why.
    public var reason: String
    /// Required when upheld.
    public var outcome: ObjectionOutcome?
    /// For an upheld return: the sections the applicant must change (at least one).
    public var sections: [SectionKey]

    public init(
        objectionID: Int64, decision: Decision, reason: String, outcome: ObjectionOutcome? = nil,
        sections: [SectionKey] = []
    ) {
        self.objectionID = objectionID
        self.decision = decision
        self.reason = reason
        self.outcome = outcome
        self.sections = sections
    }
}

/// `publicity.*`: 结果公示 — the chain-end organisation's handler (permission `review.publicity`) publishes the
/// cases that passed its qualification review, records objections (异议) during the period and resolves them.

/// Publishes a list of cases for a number of working days.
public struct CreatePublicityRequest: ZCRequest, Hashable {
    public typealias Response = PublicityInfo
    public static let method = "publicity.create"
    public static let summary = "Publish cases waiting for publicity at the caller's organisation (公示)"
    public static let access = Access(
        [.handler], scope: "handler at the end of the cases' review chain", permission: "review.publicity")

    /// 1–200 characters, e.g. 2026年度中小学教师高级职称资格审查结果公示.
    public var title: String
    /// 1–1000 application ids, each `awaitingPublicity` at the caller's organisation; every one that is not is
    /// reported (1005, `params.cases[i]`).
    public var cases: [Int64]
    /// `YYYY-MM-DD`, today or up to 60 days ahead; default today (Beijing). A non-working day starts the count on
    /// the next working day.
    public var startsOn: String?
    /// 1–30, default 5. The first working day counts as day 1; the publicity ends at 23:59:59 Beijing time of the
    /// last one.
    public var workingDays: Int?

    public init(title: String, cases: [Int64], startsOn: String? = nil, workingDays: Int? = nil) {
        self.title = title
        self.cases = cases
        self.startsOn = startsOn
        self.workingDays = workingDays
    }
}

/// The publicities of the caller's organisation, newest first.
public struct ListPublicitiesRequest: ZCRequest, Hashable {
    public typealias Response = Page<PublicitySummaryInfo>
    public static let method = "publicity.list"
    public static let summary = "List the caller's organisation's publicities"
    public static let access = Access(
        [.handler, .leader],
        scope: "staff of the organisation: handlers with review.publicity, leaders with review.leader")

    public var state: PublicityState?
    public var page: PageParams?

    public init(state: PublicityState? = nil, page: PageParams? = nil) {
        self.state = state
        self.page = page
    }
}

/// One publicity with its cases and objections.
public struct ShowPublicityRequest: ZCRequest, Hashable {
    public typealias Response = PublicityInfo
    public static let method = "publicity.show"
    public static let summary = "Show a publicity with its cases and objections"
    public static let access = Access(
        [.handler, .leader],
        scope: "staff of the organisation: handlers with review.publicity, leaders with review.leader")

    public var id: Int64
    public init(id: Int64) { self.id = id }
}

/// Records an objection against a case while the publicity is open (it arrived by letter, call or visit).
public struct RecordObjectionRequest: ZCRequest, Hashable {
    public typealias Response = ObjectionInfo
    public static let method = "publicity.objection"
    public static let summary = "Record an objection (异议) against a case during its publicity"
    public static let access = Access(
        [.handler], scope: "handler of the publicity's organisation", permission: "review.publicity")

    public var publicity: Int64
    public var application: Int64
    /// 1–2000 characters.
    public var content: String
    /// How it arrived, e.g. 来信, 来电, 来访 (up to 50 characters).
    public var source: String?

    public init(publicity: Int64, application: Int64, content: String, source: String? = nil) {
        self.publicity = publicity
        self.application = application
        self.content = content
        self.source = source
    }
}

/// Decides an objection: upheld takes the case out (returned or not passed), dismissed lets it go on.
public struct ResolveObjectionRequest: ZCRequest, Hashable {
    public typealias Response = ObjectionInfo
    public static let method = "publicity.resolveObjection"
    public static let summary = "Resolve an objection: upheld (return or reject the case) or dismissed"
    public static let access = Access(
        [.handler], scope: "handler of the publicity's organisation", permission: "review.publicity")

    public var objection: Int64
    public var decision: ObjectionDecision
    /// 1–1000 characters; the applicant sees it in the case's history.
    public var reason: String
    /// Required when upheld, refused when dismissed.
    public var outcome: ObjectionOutcome?
    /// With outcome `return`: at least one section the applicant must change.
    public var sections: [SectionKey]?

    public init(
        objection: Int64, decision: ObjectionDecision, reason: String, outcome: ObjectionOutcome? = nil,
        sections: [SectionKey]? = nil
    ) {
        self.objection = objection
        self.decision = decision
        self.reason = reason
        self.outcome = outcome
        self.sections = sections
    }
}

/// `review.*`: 资格审查 — the reviewers' queue and decisions. At each organisation of a case's chain the handler
/// (经办人, permission review.handler) decides first, then the leader (领导, permission review.leader).

/// 待审列表.
public struct ReviewQueueRequest: ZCRequest {
    public typealias Response = Page<CaseInfo>
    public static let method = "review.queue"
    public static let summary = "List the cases waiting for the caller's review, longest waiting first"
    public static let access = Access(
        [.handler, .leader], scope: "cases waiting at the caller's organisation for the caller's stage",
        permission: "review.handler / review.leader")

    public var batch: Int64?
    public var series: String?
    public var level: TitleLevel?
    /// Part of the applicant's name, or the start of the ID number.
    public var query: String?
    public var page: PageParams?

    public init(batch: Int64? = nil, series: String? = nil, level: TitleLevel? = nil, query: String? = nil, page: PageParams? = nil) {
        self.batch = batch
        self.series = series
        self.level = level
        self.query = query
        self.page = page
    }
}

/// One case as in a queue.
public struct ReviewGetRequest: ZCRequest {
    public typealias Response = CaseInfo
    public static let method = "review.get"
    public static let summary = "Show one case's summary and step (reviewers on its chain)"
    public static let access = Access([.orgAdmin, .handler, .leader], scope: "organisations on the case's chain")

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// The submitted declaration exactly as frozen.
public struct ReviewShowRequest: ZCRequest {
    public typealias Response = ApplicationDocument
    public static let method = "review.show"
    public static let summary = "Open the frozen submitted declaration of a case (reviewers on its chain)"
    public static let access = Access([.orgAdmin, .handler, .leader], scope: "organisations on the case's chain")

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// 审查通过 — one or many cases (批量审核), each decided and recorded on its own.
public struct ReviewPassRequest: ZCRequest {
    public typealias Response = [CaseResult]
    public static let method = "review.pass"
    public static let summary = "Pass one or many cases (each recorded on its own; one failing does not stop the rest)"
    public static let access = ReviewQueueRequest.access

    /// 1 to 500 cases with the step each was seen at.
    public var items: [CaseStep]
    /// 审查意见, optional for a pass.
    public var opinion: String?

    public init(items: [CaseStep], opinion: String? = nil) {
        self.items = items
        self.opinion = opinion
    }
}

/// 退回修改 — back to the applicant, who may change only the marked sections.
public struct ReviewReturnRequest: ZCRequest {
    public typealias Response = CaseInfo
    public static let method = "review.return"
    public static let summary = "Return a case to the applicant with the sections to change and why"
    public static let access = ReviewQueueRequest.access

    public var application: Int64
    public var step: Int
    /// At least one.
    public var sections: [SectionKey]
    /// Why, required.
    public var opinion: String

    public init(application: Int64, step: Int, sections: [SectionKey], opinion: String) {
        self.application = application
        self.step = step
        self.sections = sections
        self.opinion = opinion
    }
}

/// 审查不通过 — final for this batch.
public struct ReviewRejectRequest: ZCRequest {
    public typealias Response = CaseInfo
    public static let method = "review.reject"
    public static let summary = "Do not pass a case (final for this batch), with the reason"
    public static let access = ReviewQueueRequest.access

    public var application: Int64
    public var step: Int
    public var opinion: String

    public init(application: Int64, step: Int, opinion: String) {
        self.application = application
        self.step = step
        self.opinion = opinion
    }
}

/// 加入黑名单 — final, and the person may not submit any declaration for three years.
public struct ReviewBlacklistRequest: ZCRequest {
    public typealias Response = CaseInfo
    public static let method = "review.blacklist"
    public static let summary = "Blacklist the applicant (no declaration for three years), with the reason"
    public static let access = ReviewQueueRequest.access

    public var application: Int64
    public var step: Int
    public var opinion: String

    public init(application: Int64, step: Int, opinion: String) {
        self.application = application
        self.step = step
        self.opinion = opinion
    }
}

/// 审查记录 — every submission and decision with its opinion.
public struct HistoryRequest: ZCRequest {
    public typealias Response = [HistoryEntryInfo]
    public static let method = "application.history"
    public static let summary = "The history of a case: each submission and each review step with its opinion"
    public static let access = Access(
        [.applicant, .orgAdmin, .handler, .leader], scope: "own declaration, or organisations on its chain")

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

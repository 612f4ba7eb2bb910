/// `route.*` and `committee.cases`: 推送评委会 / 委托代评 — after a publicity has ended, the leader of its
/// organisation hands the cases over to a committee; the committee's hand-over list.

/// Routes one or more cases; each is decided and recorded on its own.
public struct DecideRouteRequest: ZCRequest, Hashable {
    public typealias Response = RouteDecideResult
    public static let method = "route.decide"
    public static let summary = "Hand cases over to a committee after their publicity: normal review or entrusted (委托代评)"
    public static let access = Access(
        [.leader],
        scope: "leader of the publicity's organisation; entrusted needs review.entrustIntermediate or "
            + "review.entrustSenior by the committee's level",
        permission: "review.leader")

    /// 1–500 cases.
    public var items: [RouteItem]
    public var mode: RoutingMode
    /// The committee's code: required for `entrusted`; for `normal` only when several committees cover a case.
    public var committee: String?
    /// 领导意见, up to 1000 characters.
    public var opinion: String?

    public init(items: [RouteItem], mode: RoutingMode, committee: String? = nil, opinion: String? = nil) {
        self.items = items
        self.mode = mode
        self.committee = committee
        self.opinion = opinion
    }
}

/// The caller's organisation's cases whose publicity has ended and that wait for routing.
public struct RouteQueueRequest: ZCRequest, Hashable {
    public typealias Response = Page<RoutingCaseInfo>
    public static let method = "route.queue"
    public static let summary = "List the cases waiting for routing at the caller's organisation"
    public static let access = Access([.leader], scope: "leader of the organisation", permission: "review.leader")

    public var page: PageParams?
    public init(page: PageParams? = nil) { self.page = page }
}

/// 交接清单 — the cases handed over to a committee.
public struct CommitteeCasesRequest: ZCRequest, Hashable {
    public typealias Response = Page<RoutingCaseInfo>
    public static let method = "committee.cases"
    public static let summary = "List the cases handed over to a committee"
    public static let access = Access(
        [.orgAdmin, .handler, .leader],
        scope: "admins and staff of the committee's owner, forming or authorising organisation; leaders of an "
            + "organisation that routed cases to it (those cases)")

    /// The committee's code.
    public var committee: String
    public var page: PageParams?

    public init(committee: String, page: PageParams? = nil) {
        self.committee = committee
        self.page = page
    }
}

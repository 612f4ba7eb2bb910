public import Foundation

/// How a case goes to a committee after its publicity.
public enum RoutingMode: String, WireEnum {
    /// 正常评审 — the committee that covers the case's series and level.
    case normal
    /// 委托代评 — another intermediate or senior committee.
    case entrusted
}

/// A publicity in short.
public struct PublicityRef: Codable, Hashable, Sendable {
    public var id: Int64
    public var title: String
    public var endsAt: Date

    public init(id: Int64, title: String, endsAt: Date) {
        self.id = id
        self.title = title
        self.endsAt = endsAt
    }
}

/// A case waiting for routing, or handed over to a committee.
public struct RoutingCaseInfo: Codable, Hashable, Sendable {
    public var application: Int64
    public var applicant: PersonRef
    public var employer: OrganizationRef
    public var batch: BatchRef
    public var seriesCode: String
    public var qualificationName: String
    /// Title level (`zhongji`, `fugao`, …) and its Chinese name.
    public var level: String
    public var levelName: String
    public var state: ApplicationState
    public var stateName: String
    /// Since when it waits (published, or handed over).
    public var waitingSince: Date?
    /// The publicity it was listed in.
    public var publicity: PublicityRef?
    /// Once handed over: the committee's code and name, how, when and by which organisation.
    public var committeeCode: String?
    public var committeeName: String?
    public var routing: RoutingMode?
    public var routedAt: Date?
    public var routedBy: OrganizationRef?

    public init(
        application: Int64, applicant: PersonRef, employer: OrganizationRef, batch: BatchRef, seriesCode: String,
        qualificationName: String, level: String, levelName: String, state: ApplicationState, stateName: String,
        waitingSince: Date?, publicity: PublicityRef?, committeeCode: String?, committeeName: String?,
        routing: RoutingMode?, routedAt: Date?, routedBy: OrganizationRef?
    ) {
        self.application = application
        self.applicant = applicant
        self.employer = employer
        self.batch = batch
        self.seriesCode = seriesCode
        self.qualificationName = qualificationName
        self.level = level
        self.levelName = levelName
        self.state = state
        self.stateName = stateName
        self.waitingSince = waitingSince
        self.publicity = publicity
        self.committeeCode = committeeCode
        self.committeeName = committeeName
        self.routing = routing
        self.routedAt = routedAt
        self.routedBy = routedBy
    }
}

/// One case of `route.decide`.
public struct RouteItem: Codable, Hashable, Sendable {
    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// The outcome of one case of `route.decide`: each case is decided on its own.
public struct RouteItemResult: Codable, Hashable, Sendable {
    public var application: Int64
    public var ok: Bool
    /// When `ok`: the case as handed over.
    public var routed: RoutingCaseInfo?
    /// When not `ok`: why, as a protocol error object (code, message, data).
    public var error: WireError?

    public init(application: Int64, ok: Bool, routed: RoutingCaseInfo?, error: WireError?) {
        self.application = application
        self.ok = ok
        self.routed = routed
        self.error = error
    }
}

/// The result of `route.decide`.
public struct RouteDecideResult: Codable, Hashable, Sendable {
    /// One per item, in the order given.
    public var results: [RouteItemResult]
    public var routed: Int
    public var failed: Int

    public init(results: [RouteItemResult], routed: Int, failed: Int) {
        self.results = results
        self.routed = routed
        self.failed = failed
    }
}

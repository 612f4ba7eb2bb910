public import Foundation

/// 评审方式的推送 — how a case goes to a committee after its publicity.
public enum RoutingMode: String, Sendable, Codable, CaseIterable {
    /// 正常评审 — to the committee that covers the case's series and level.
    case normal
    /// 委托代评 — entrusted to another intermediate or senior committee.
    case entrusted

    public var chineseName: String { self == .normal ? "正常评审" : "委托代评" }
}

/// The leader's routing decision for one or more cases.
public struct RouteDecision: Sendable {
    public var applicationIDs: [Int64]
    public var mode: RoutingMode
    /// The committee's code: required to entrust; for normal review only when several committees cover a case.
    public var committeeCode: String?
    /// 领导意见, optional.
    public var opinion: String?

    public init(applicationIDs: [Int64], mode: RoutingMode, committeeCode: String? = nil, opinion: String? = nil) {
        self.applicationIDs = applicationIDs
        self.mode = mode
        self.committeeCode = committeeCode
        self.opinion = opinion
    }

    /// Most cases one call routes.
    public static let itemLimit = 500
}

/// A case waiting for routing or handed over to a committee.
public struct RoutingCase: Sendable, Equatable {
    public var summary: CaseSummary
    /// The publicity the case was last listed in (this round).
    public var publicityID: Int64?
    public var publicityTitle: String?
    public var publicityEndsAt: Date?
    /// Set once handed over.
    public var committeeCode: String?
    public var committeeName: String?
    public var mode: RoutingMode?
    public var routedAt: Date?
    /// The organisation whose leader routed it.
    public var routedByCode: String?
    public var routedByName: String?
}

/// The result of one case of a routing decision: routed, or the reason it was not.
public struct RouteItemOutcome: Sendable {
    public var applicationID: Int64
    /// nil when it was routed.
    public var error: EngineError?
    public var routed: RoutingCase?
}

/// A committee as routing sees it (a row of `committee` with its organisations' codes).
struct HandoverCommittee: Sendable, Equatable {
    var id: Int64
    var code: String
    var name: String
    var seriesCode: String
    var level: CommitteeLevel?
    /// `social` (社会化评审) or `selfReview` (自主评审).
    var reviewType: String
    var disabled: Bool
    var formingCode: String
    var authorityCode: String

    var label: String { "\(name) (\(code))" }
}

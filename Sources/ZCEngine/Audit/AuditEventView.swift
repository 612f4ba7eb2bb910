public import Foundation

/// 审计事件 — one event of the audit trail as the audit queries report it.
public struct AuditEventView: Sendable, Equatable {
    public var id: Int64
    public var at: Date
    /// `review.pass`, `application.submit`, `export.reviewList`, `blacklist.lift`, `session.login`, …
    public var action: String
    /// `ok`, `denied` or `failed`.
    public var outcome: String
    /// The acting account's login, if any (a failed login names the account tried).
    public var actorLogin: String?
    public var actorName: String?
    /// The organisation the event concerns.
    public var organizationCode: String?
    public var organizationName: String?
    /// The caller's peer credentials.
    public var peerUID: Int64
    public var peerPID: Int64
    public var targetType: String?
    public var targetID: String?
    /// The case (application id), for events about one.
    public var caseID: Int64?
    /// 审查意见 or another reason given.
    public var opinion: String?
    public var detail: [String: String]
}

/// What narrows an audit query besides its subject.
public struct AuditRange: Sendable {
    /// Events at or after this time.
    public var from: Date?
    /// Events before this time.
    public var to: Date?
    /// An action (`review.pass`), or a family of them written with `.*` (`review.*`).
    public var action: String?

    public init(from: Date? = nil, to: Date? = nil, action: String? = nil) {
        self.from = from
        self.to = to
        self.action = action
    }
}

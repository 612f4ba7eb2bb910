public import Foundation

/// 审计事件 — one event of the audit trail.
public struct AuditEventInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var at: Date
    /// What happened: `review.pass`, `review.return`, `application.submit`, `export.reviewList`, `blacklist.lift`,
    /// `session.login`, …
    public var action: String
    /// `ok`, `denied` or `failed`.
    public var outcome: String
    /// Who acted; absent for events without an account (an operator's bootstrap).
    public var actor: AuditActor?
    /// The organisation the event concerns.
    public var organization: OrganizationRef?
    /// The caller's peer credentials (SO_PEERCRED) when it acted.
    public var peer: AuditPeer
    /// What was acted on, e.g. `{type: "application", id: "42"}`.
    public var target: AuditTarget?
    /// The case (application id), for events about one.
    public var `case`: Int64?
    /// 审查意见 or another reason given.
    public var opinion: String?
    /// Further facts as strings (e.g. `format`, `rows` of an export; `stage`, `round` of a decision).
    public var detail: [String: String]

    public init(
        id: Int64, at: Date, action: String, outcome: String, actor: AuditActor?, organization: OrganizationRef?,
        peer: AuditPeer, target: AuditTarget?, case: Int64?, opinion: String?, detail: [String: String]
    ) {
        self.id = id
        self.at = at
        self.action = action
        self.outcome = outcome
        self.actor = actor
        self.organization = organization
        self.peer = peer
        self.target = target
        self.case = `case`
        self.opinion = opinion
        self.detail = detail
    }
}

/// The account that acted.
public struct AuditActor: Codable, Hashable, Sendable {
    /// The login name.
    public var account: String
    /// Its display name; absent when the account no longer exists or never did (a failed login).
    public var name: String?

    public init(account: String, name: String?) {
        self.account = account
        self.name = name
    }
}

/// A caller's peer credentials.
public struct AuditPeer: Codable, Hashable, Sendable {
    public var uid: Int64
    public var pid: Int64

    public init(uid: Int64, pid: Int64) {
        self.uid = uid
        self.pid = pid
    }
}

/// The thing an event acted on.
public struct AuditTarget: Codable, Hashable, Sendable {
    /// `application`, `batch`, `organization`, `account`, `blacklist`, …
    public var type: String
    public var id: String?

    public init(type: String, id: String?) {
        self.type = type
        self.id = id
    }
}

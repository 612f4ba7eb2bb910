/// The peer credentials of a connection (SO_PEERCRED), read once when it is accepted.
public struct Peer: Sendable, Hashable {
    public var uid: UInt32
    public var gid: UInt32
    public var pid: Int32

    public init(uid: UInt32, gid: UInt32, pid: Int32) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
    }
}

/// 账号类型 — the kinds of account.
public enum AccountKind: String, Sendable, Codable, CaseIterable {
    /// 机构管理员 — an organisation's admin.
    case orgAdmin
    /// 工作人员 — a handler or a leader.
    case staff
    /// 申报人 — an applicant.
    case applicant
}

/// A logged-in account as the engine checks it on every call.
public struct Principal: Sendable, Equatable {
    public let accountID: Int64
    public let login: String
    public let kind: AccountKind
    public let organizationID: Int64
    /// 经办人 `handler` or 领导 `leader`, for staff.
    public let staffType: String?
    /// Staff permission names.
    public let permissions: Set<String>
    public let mustChangePassword: Bool
    /// The session this principal came from (SHA-256 of its token).
    let tokenHash: [UInt8]
}

/// Who is calling: the connection's peer, whether that peer is an operator, and the account it acts as.
public struct Caller: Sendable {
    public var peer: Peer
    /// uid 0 or the daemon's own uid.
    public var isOperator: Bool
    public var principal: Principal?

    public init(peer: Peer, isOperator: Bool, principal: Principal? = nil) {
        self.peer = peer
        self.isOperator = isOperator
        self.principal = principal
    }

    /// The principal, or `unauthenticated` when the call needs one and there is none.
    public func requireAccount() throws(EngineError) -> Principal {
        guard let principal else { throw .unauthenticated("log in first (session.login)") }
        return principal
    }

    /// Refuses non-operators.
    public func requireOperator() throws(EngineError) {
        guard isOperator else {
            throw .permissionDenied("only an operator (uid 0 or the daemon's uid) may do this", scope: "operator")
        }
    }
}

/// An account as the engine reports it.
public struct AccountView: Sendable, Equatable {
    public var id: Int64
    public var login: String
    public var displayName: String
    public var kind: AccountKind
    public var staffType: String?
    public var organizationCode: String
    public var organizationName: String
    public var permissions: [String]
    public var mustChangePassword: Bool
    public var disabled: Bool
}

/// An account name with its one-time initial password.
public struct IssuedPassword: Sendable, Equatable {
    public var login: String
    public var password: String
}

public import Foundation

/// `session.*`: logging in and out, the forced password change, and who the caller is.

/// 登录 — account and password for a session token; the connection then acts as that account.
public struct LoginRequest: ZCRequest, Hashable {
    public typealias Response = LoginResult
    public static let method = "session.login"
    public static let summary = "Log in with account name (or resident ID number) and password"
    public static let access = Access([.anonymous, .operator, .orgAdmin, .handler, .leader, .applicant])

    /// Account name; applicants use their resident ID number.
    public var account: String
    public var password: String
    /// Whether the connection itself then acts as this account (default true). A portal serving many people over
    /// one connection passes false and sends the returned token as `session` with each request instead.
    public var bindConnection: Bool?

    public init(account: String, password: String, bindConnection: Bool? = nil) {
        self.account = account
        self.password = password
        self.bindConnection = bindConnection
    }
}

public struct LoginResult: Codable, Hashable, Sendable {
    /// 64 hex digits; pass it as the request member `session` to act as this account on any connection.
    public var token: String
    /// When the session ends at the latest (it also ends after the idle timeout).
    public var expiresAt: Date
    /// True until the initial or reset password is changed; until then only `session.changePassword`,
    /// `session.whoami`, `session.logout` and `rpc.*` are answered.
    public var mustChangePassword: Bool
    public var account: AccountInfo

    public init(token: String, expiresAt: Date, mustChangePassword: Bool, account: AccountInfo) {
        self.token = token
        self.expiresAt = expiresAt
        self.mustChangePassword = mustChangePassword
        self.account = account
    }
}

/// 修改密码 — the caller's own password; required after the first login and after a reset.
public struct ChangePasswordRequest: ZCRequest, Hashable {
    public typealias Response = Empty
    public static let method = "session.changePassword"
    public static let summary = "Change the caller's own password (forced after first login or a reset)"
    public static let access = Access.anyAccount

    public var oldPassword: String
    /// 8–64 characters with at least three of: upper case, lower case, digits, symbols; not the account name, not
    /// the old password.
    public var newPassword: String

    public init(oldPassword: String, newPassword: String) {
        self.oldPassword = oldPassword
        self.newPassword = newPassword
    }
}

/// 退出 — ends the session the request acts as.
public struct LogoutRequest: ZCRequest, Hashable {
    public typealias Response = Empty
    public static let method = "session.logout"
    public static let summary = "End the caller's session"
    public static let access = Access.anyAccount
    public init() {}
}

/// 当前身份 — who the daemon takes the caller to be.
public struct WhoAmIRequest: ZCRequest, Hashable {
    public typealias Response = CallerInfo
    public static let method = "session.whoami"
    public static let summary = "Show the caller as the daemon sees it: peer credentials, operator status, account"
    public static let access = Access.anyone
    public init() {}
}

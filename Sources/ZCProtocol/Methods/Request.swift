/// A method of the protocol: the type is its `params` object, `Response` is its `result`.
///
/// One type per method; `MethodRegistry.all` lists them all.
public protocol ZCRequest: Codable, Hashable, Sendable {
    /// What a successful call returns as `result`.
    associatedtype Response: Codable, Hashable, Sendable

    /// The wire name, `family.verb`.
    static var method: String { get }
    /// One line for `rpc.describe` and the docs.
    static var summary: String { get }
    /// Who may call it.
    static var access: Access { get }
}

/// Who may call a method.
public struct Access: Codable, Hashable, Sendable {
    /// The roles that may call it at all; the engine may narrow this further by scope, as `scope` says.
    public var roles: [Role]
    /// The further condition, e.g. `admin of the parent organisation`; nil when the role alone suffices.
    public var scope: String?
    /// The staff permission required of handlers and leaders, e.g. `review.handler`.
    public var permission: String?

    public init(_ roles: [Role], scope: String? = nil, permission: String? = nil) {
        self.roles = roles
        self.scope = scope
        self.permission = permission
    }

    /// Anyone connected, logged in or not.
    public static let anyone = Access([.anonymous, .operator, .orgAdmin, .handler, .leader, .applicant])
    /// Any logged-in account.
    public static let anyAccount = Access([.orgAdmin, .handler, .leader, .applicant])
    /// Operators only (uid 0 or the daemon's own uid).
    public static let operatorOnly = Access([.operator])
}

/// The kinds of caller the daemon tells apart.
public enum Role: String, Codable, Hashable, Sendable, CaseIterable {
    /// Connected but not logged in, and not an operator.
    case anonymous
    /// Connected as uid 0 or as the daemon's own uid (peer credentials); may bootstrap and rescue.
    case `operator`
    /// 机构管理员 — an organisation's admin account.
    case orgAdmin
    /// 经办人 — a staff account of type handler.
    case handler
    /// 领导 — a staff account of type leader.
    case leader
    /// 申报人 — an applicant account.
    case applicant
}

/// The params of a method that takes none: `{}` (or `params` left out).
public struct NoParams: Codable, Hashable, Sendable {
    public init() {}
}

/// The result of a method that returns nothing but success: `{}`.
public struct Empty: Codable, Hashable, Sendable {
    public init() {}
}

/// Everything the engine refuses, as a closed set: zcd maps each case to one protocol error code, in one place.
public enum EngineError: Error, Equatable, Sendable {
    /// No valid session: not logged in, expired, or logged out.
    case unauthenticated(String)
    /// The caller is known but may not do this. `permission` names the staff permission that would allow it,
    /// `scope` the organisational scope that was needed.
    case permissionDenied(String, permission: String? = nil, scope: String? = nil)
    /// `entity` with `key` does not exist (or is outside the caller's view).
    case notFound(entity: String, key: String)
    /// `entity` with `key` exists already.
    case alreadyExists(entity: String, key: String)
    /// One or more values are wrong; each violation names its field path relative to `params`.
    case invalidArgument([Violation])
    /// The thing is in the wrong state for this action; `state` is its current state.
    case failedPrecondition(String, state: String? = nil, violations: [Violation] = [])
    /// The account must change its password first.
    case passwordChangeRequired
    /// Too many failed logins; retry after `retryAfterSeconds`.
    case lockedOut(retryAfterSeconds: Int)
    /// A configured limit was reached.
    case resourceExhausted(String)
    /// Someone else acted first (e.g. the case was already decided).
    case aborted(String, state: String? = nil)

    /// A single invalid value.
    public static func invalid(_ field: String, _ reason: String) -> EngineError {
        .invalidArgument([Violation(field: field, reason: reason)])
    }
}

/// One problem with one value: `field` is a path such as `code` or `entries[2].school`.
public struct Violation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}

extension EngineError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unauthenticated(let m): m
        case .permissionDenied(let m, _, _): m
        case .notFound(let entity, let key): "\(entity) \(key) not found"
        case .alreadyExists(let entity, let key): "\(entity) \(key) already exists"
        case .invalidArgument(let v): v.map(\.description).joined(separator: "; ")
        case .failedPrecondition(let m, _, _): m
        case .passwordChangeRequired: "the password must be changed first"
        case .lockedOut(let s): "account locked; retry in \(s) s"
        case .resourceExhausted(let m): m
        case .aborted(let m, _): m
        }
    }
}

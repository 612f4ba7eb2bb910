/// A JSON-RPC error code. A struct, not an enum, so that a client still decodes a code added after it was built.
///
/// The table is append-only: a code, once published, keeps its number and its `name` forever. `name` is the stable
/// snake_case string that also travels as `error.data.name`.
public struct ErrorCode: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    // MARK: JSON-RPC 2.0 standard codes

    /// The frame is not valid JSON (or not UTF-8). Sent with `id: null`.
    public static let parseError = ErrorCode(rawValue: -32700)
    /// Valid JSON but not a request object: a batch array, a bare string, a missing `method`, a wrong `jsonrpc`.
    public static let invalidRequest = ErrorCode(rawValue: -32600)
    /// No method of that name.
    public static let methodNotFound = ErrorCode(rawValue: -32601)
    /// `params` do not fit the method: `data.field` names the offending member.
    public static let invalidParams = ErrorCode(rawValue: -32602)
    /// A fault inside zcd; the details are in its log, never in the answer.
    public static let internalError = ErrorCode(rawValue: -32603)

    // MARK: Frame-level codes (server errors, JSON-RPC's -32000 … -32099)

    /// The frame prefix announced 0 bytes or more than the maximum; the daemon closes the connection after this.
    public static let frameRejected = ErrorCode(rawValue: -32000)

    // MARK: Application codes

    /// The method needs a logged-in account and the caller has none (or its session expired).
    public static let unauthenticated = ErrorCode(rawValue: 1001)
    /// The caller is known but may not do this; `data.permission` or `data.scope` says what was missing.
    public static let permissionDenied = ErrorCode(rawValue: 1002)
    /// The thing named does not exist (or the caller may not know that it does).
    public static let notFound = ErrorCode(rawValue: 1003)
    /// The thing to create exists already.
    public static let alreadyExists = ErrorCode(rawValue: 1004)
    /// A value is wrong for the domain: `data.field` is its path, `data.violations` lists every problem found.
    public static let invalidArgument = ErrorCode(rawValue: 1005)
    /// The request is valid but the thing is in the wrong state for it (`data.state`).
    public static let failedPrecondition = ErrorCode(rawValue: 1006)
    /// The account must change its initial or reset password before anything else.
    public static let passwordChangeRequired = ErrorCode(rawValue: 1007)
    /// Too many failed logins: the account is locked until `data.retryAfterSeconds` have passed.
    public static let lockedOut = ErrorCode(rawValue: 1008)
    /// A limit was reached (connections, requests in flight, file size, …).
    public static let resourceExhausted = ErrorCode(rawValue: 1009)
    /// The daemon is stopping and takes no new work.
    public static let shuttingDown = ErrorCode(rawValue: 1010)
    /// Someone else changed the thing first (e.g. another reviewer already decided); reload and retry if still wanted.
    public static let aborted = ErrorCode(rawValue: 1011)
    /// The client speaks none of the protocol versions the daemon does.
    public static let unsupportedVersion = ErrorCode(rawValue: 1012)

    /// Every code this build knows, in table order.
    public static let all: [ErrorCode] = [
        .parseError, .invalidRequest, .methodNotFound, .invalidParams, .internalError, .frameRejected,
        .unauthenticated, .permissionDenied, .notFound, .alreadyExists, .invalidArgument, .failedPrecondition,
        .passwordChangeRequired, .lockedOut, .resourceExhausted, .shuttingDown, .aborted, .unsupportedVersion,
    ]

    /// The stable snake_case name (`error.data.name`).
    public var name: String {
        switch self {
        case .parseError: "parse_error"
        case .invalidRequest: "invalid_request"
        case .methodNotFound: "method_not_found"
        case .invalidParams: "invalid_params"
        case .internalError: "internal_error"
        case .frameRejected: "frame_rejected"
        case .unauthenticated: "unauthenticated"
        case .permissionDenied: "permission_denied"
        case .notFound: "not_found"
        case .alreadyExists: "already_exists"
        case .invalidArgument: "invalid_argument"
        case .failedPrecondition: "failed_precondition"
        case .passwordChangeRequired: "password_change_required"
        case .lockedOut: "locked_out"
        case .resourceExhausted: "resource_exhausted"
        case .shuttingDown: "shutting_down"
        case .aborted: "aborted"
        case .unsupportedVersion: "unsupported_version"
        default: "error_\(rawValue)"
        }
    }

    public var description: String { "\(rawValue) \(name)" }
}

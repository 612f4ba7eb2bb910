/// The `error` member of a failed response.
public struct WireError: Error, Codable, Hashable, Sendable {
    /// The code from the table in `ErrorCode`.
    public var code: ErrorCode
    /// A sentence for a person (may be Chinese); never parse it, use `code` and `data`.
    public var message: String
    /// Machine-readable details; `data.name` is always present.
    public var data: ErrorData

    public init(code: ErrorCode, message: String, data: ErrorData? = nil) {
        self.code = code
        self.message = message
        self.data = data ?? ErrorData(name: code.name)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(ErrorCode.self, forKey: .code)
        message = try c.decode(String.self, forKey: .message)
        data = try c.decodeIfPresent(ErrorData.self, forKey: .data) ?? ErrorData(name: code.name)
    }
}

/// `error.data`: the stable name of the code and, depending on it, where and why.
public struct ErrorData: Codable, Hashable, Sendable {
    /// The snake_case name of the code (`invalid_argument`, `permission_denied`, …).
    public var name: String
    /// invalid_params / invalid_argument: the path of the offending value, e.g. `params.code` or
    /// `params.entries[2].school`.
    public var field: String?
    /// permission_denied: the permission the caller lacks (e.g. `review.handler`), when one would have allowed it.
    public var permission: String?
    /// permission_denied: the scope that was needed (e.g. `admin of the parent organisation`).
    public var scope: String?
    /// failed_precondition / aborted: the current state of the thing.
    public var state: String?
    /// locked_out: seconds until the account may try again.
    public var retryAfterSeconds: Int?
    /// invalid_argument and failed_precondition: every problem found, not only the first.
    public var violations: [FieldViolation]?

    public init(
        name: String, field: String? = nil, permission: String? = nil, scope: String? = nil, state: String? = nil,
        retryAfterSeconds: Int? = nil, violations: [FieldViolation]? = nil
    ) {
        self.name = name
        self.field = field
        self.permission = permission
        self.scope = scope
        self.state = state
        self.retryAfterSeconds = retryAfterSeconds
        self.violations = violations
    }
}

/// One problem with one value.
public struct FieldViolation: Codable, Hashable, Sendable {
    /// Path of the value, e.g. `params.section.phone`.
    public var field: String
    /// What is wrong, for a person.
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
}

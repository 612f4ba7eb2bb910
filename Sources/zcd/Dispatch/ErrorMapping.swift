import Logging
import ZCEngine
import ZCProtocol

/// The one place where internal errors become wire errors. Engine errors map case by case (no `default:`); anything
/// unexpected goes out as `internal_error` with no detail and is logged in full.
enum ErrorMapping {
    static func wire(_ error: any Error, method: String, logger: Logger) -> WireError {
        switch error {
        case let e as EngineError: return wire(e)
        case let e as DecodingError: return wire(e)
        case let e as WireError: return e
        default:
            logger.error("internal error in \(method): \(String(reflecting: error))")
            return WireError(code: .internalError, message: "internal error; see the daemon's log")
        }
    }

    static func wire(_ e: EngineError) -> WireError {
        switch e {
        case .unauthenticated(let m):
            return WireError(code: .unauthenticated, message: m)
        case .permissionDenied(let m, let permission, let scope):
            return WireError(
                code: .permissionDenied, message: m,
                data: ErrorData(name: ErrorCode.permissionDenied.name, permission: permission, scope: scope))
        case .notFound:
            return WireError(code: .notFound, message: e.description)
        case .alreadyExists:
            return WireError(code: .alreadyExists, message: e.description)
        case .invalidArgument(let violations):
            let wire = violations.map { FieldViolation(field: "params." + $0.field, reason: $0.reason) }
            return WireError(
                code: .invalidArgument, message: e.description,
                data: ErrorData(name: ErrorCode.invalidArgument.name, field: wire.first?.field, violations: wire))
        case .failedPrecondition(let m, let state, let violations):
            let wire = violations.map { FieldViolation(field: $0.field, reason: $0.reason) }
            return WireError(
                code: .failedPrecondition, message: m,
                data: ErrorData(
                    name: ErrorCode.failedPrecondition.name, state: state, violations: wire.isEmpty ? nil : wire))
        case .passwordChangeRequired:
            return WireError(
                code: .passwordChangeRequired,
                message: "the password must be changed first (session.changePassword)")
        case .lockedOut(let seconds):
            return WireError(
                code: .lockedOut, message: "too many failed logins; the account is locked for \(seconds) s",
                data: ErrorData(name: ErrorCode.lockedOut.name, retryAfterSeconds: seconds))
        case .resourceExhausted(let m):
            return WireError(code: .resourceExhausted, message: m)
        case .aborted(let m, let state):
            return WireError(
                code: .aborted, message: m, data: ErrorData(name: ErrorCode.aborted.name, state: state))
        }
    }

    static func wire(_ e: DecodingError) -> WireError {
        let (path, reason): ([any CodingKey], String)
        switch e {
        case .keyNotFound(let key, let c): (path, reason) = (c.codingPath + [key], "is required")
        case .valueNotFound(let type, let c): (path, reason) = (c.codingPath, "must not be null (expected \(type))")
        case .typeMismatch(let type, let c): (path, reason) = (c.codingPath, "has the wrong type (expected \(name(type)))")
        case .dataCorrupted(let c): (path, reason) = (c.codingPath, c.debugDescription)
        @unknown default: (path, reason) = ([], "is invalid")
        }
        let field = fieldPath(path)
        return WireError(
            code: .invalidParams, message: "\(field) \(reason)",
            data: ErrorData(
                name: ErrorCode.invalidParams.name, field: field,
                violations: [FieldViolation(field: field, reason: reason)]))
    }

    /// `params.entries[2].school` from a coding path.
    static func fieldPath(_ path: [any CodingKey]) -> String {
        var out = "params"
        for key in path {
            if let i = key.intValue { out += "[\(i)]" } else { out += "." + key.stringValue }
        }
        return out
    }

    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "boolean"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt32.Type: "integer"
        case is Double.Type: "number"
        default: "\(type)".contains("Array") ? "array" : "object"
        }
    }
}

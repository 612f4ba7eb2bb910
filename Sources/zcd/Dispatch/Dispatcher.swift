import Logging
import ZCEngine
import ZCProtocol

/// Takes one request from its envelope to its response body: finds the handler, checks members, resolves the
/// session, checks the caller's role and the forced password change, runs the handler, maps errors.
final class Dispatcher: Sendable {
    let engine: Engine
    let table: HandlerTable
    let logger: Logger

    /// Methods an account may call before it has changed its initial password.
    static let allowedBeforePasswordChange: Set<String> = [
        ChangePasswordRequest.method, LogoutRequest.method, WhoAmIRequest.method,
        HelloRequest.method, PingRequest.method, DescribeRequest.method,
    ]

    init(engine: Engine, table: HandlerTable, logger: Logger) {
        self.engine = engine
        self.table = table
        self.logger = logger
    }

    /// The response body, or nil for a notification (no `id`).
    func handle(_ envelope: RequestEnvelope, connection: ConnectionState) async -> [UInt8]? {
        do {
            let result = try await run(envelope, connection: connection)
            logAnswer(envelope, connection, failure: nil)
            guard let id = envelope.id else { return nil }
            return ResponseBody.success(id: id, result: result)
        } catch {
            let wire = ErrorMapping.wire(error, method: envelope.method, logger: requestLogger(envelope, connection))
            logAnswer(envelope, connection, failure: wire)
            guard let id = envelope.id else { return nil }
            return ResponseBody.failure(id: id, error: wire)
        }
    }

    /// The daemon's logger with the request's fields (journal `REQUEST_ID`, `METHOD`, `CALLER_UID`), for entries
    /// about this request. The id is the JSON-RPC id as the client wrote it.
    func requestLogger(_ envelope: RequestEnvelope, _ connection: ConnectionState) -> Logger {
        var logger = self.logger
        logger[metadataKey: "method"] = "\(envelope.method)"
        logger[metadataKey: "callerUID"] = "\(connection.peer.uid)"
        if let id = envelope.id { logger[metadataKey: "requestID"] = "\(String(decoding: id, as: UTF8.self))" }
        return logger
    }

    /// One debug entry per answered request. The level is checked first: at `info`, the default, a request pays
    /// nothing for it.
    func logAnswer(_ envelope: RequestEnvelope, _ connection: ConnectionState, failure: WireError?) {
        guard logger.logLevel <= .debug else { return }
        let logger = requestLogger(envelope, connection)
        if let failure {
            logger.debug("\(envelope.method) failed: \(failure.code.name): \(failure.message)")
        } else {
            logger.debug("\(envelope.method) answered")
        }
    }

    private func run(_ envelope: RequestEnvelope, connection: ConnectionState) async throws -> [UInt8] {
        let handler = try handler(for: envelope)
        var principal: Principal?
        var sessionProblem: String?
        if let token = envelope.session {
            principal = try await engine.authenticate(token: token)
        } else if let token = connection.token {
            do {
                principal = try await engine.authenticate(token: token)
            } catch let EngineError.unauthenticated(reason) {
                connection.token = nil
                sessionProblem = reason
            }
        }
        let context = try authorize(handler, envelope, connection, principal, sessionProblem)
        return try await handler.run(envelope.params, context)
    }

    /// What `handleInline` did.
    enum InlineOutcome {
        /// Answered: the response body, or nil for a notification.
        case answered([UInt8]?)
        /// Not a method that runs inline, or its session needs a write first: take the ordinary path.
        case deferred
    }

    /// Answers a frequent read on the calling thread (the event loop), or says it must take the ordinary path.
    /// The checks are those of `handle`, in the same order.
    func handleInline(_ envelope: RequestEnvelope, connection: ConnectionState) -> InlineOutcome {
        guard let inline = table[envelope.method]?.inline else { return .deferred }
        do {
            let handler = try handler(for: envelope)
            var principal: Principal?
            var sessionProblem: String?
            if let token = envelope.session {
                guard let p = try engine.authenticateInline(token: token) else { return .deferred }
                principal = p
            } else if let token = connection.token {
                do {
                    guard let p = try engine.authenticateInline(token: token) else { return .deferred }
                    principal = p
                } catch let EngineError.unauthenticated(reason) {
                    connection.token = nil
                    sessionProblem = reason
                }
            }
            let context = try authorize(handler, envelope, connection, principal, sessionProblem)
            let result = try inline(envelope.params, context)
            logAnswer(envelope, connection, failure: nil)
            return .answered(envelope.id.map { ResponseBody.success(id: $0, result: result) })
        } catch {
            let wire = ErrorMapping.wire(error, method: envelope.method, logger: requestLogger(envelope, connection))
            logAnswer(envelope, connection, failure: wire)
            return .answered(envelope.id.map { ResponseBody.failure(id: $0, error: wire) })
        }
    }

    /// The method's handler, once its params hold no member it does not know.
    private func handler(for envelope: RequestEnvelope) throws -> Handler {
        guard let handler = table[envelope.method] else {
            throw WireError(code: .methodNotFound, message: "no method named \(envelope.method); see rpc.describe")
        }
        if let params = envelope.params, let unknown = UnknownMembers.find(in: params, schema: handler.paramsSchema) {
            throw WireError(
                code: .invalidParams, message: "\(unknown) is not a member this method knows",
                data: ErrorData(name: ErrorCode.invalidParams.name, field: unknown))
        }
        return handler
    }

    /// The caller's role and forced password change, checked; the context the handler runs in.
    private func authorize(
        _ handler: Handler, _ envelope: RequestEnvelope, _ connection: ConnectionState, _ principal: Principal?,
        _ sessionProblem: String?
    ) throws -> CallContext {
        let caller = Caller(peer: connection.peer, isOperator: connection.isOperator, principal: principal)
        try Self.checkAccess(handler.access, caller: caller, method: envelope.method, sessionProblem: sessionProblem)
        if principal?.mustChangePassword == true && !Self.allowedBeforePasswordChange.contains(envelope.method) {
            throw EngineError.passwordChangeRequired
        }
        return CallContext(caller: caller, connection: connection, explicitSession: envelope.session != nil)
    }

    /// The roles a caller holds: operator by peer uid, and the role of the account it acts as.
    static func roles(of caller: Caller) -> Set<Role> {
        var roles: Set<Role> = []
        if caller.isOperator { roles.insert(.operator) }
        if let p = caller.principal {
            switch p.kind {
            case .orgAdmin: roles.insert(.orgAdmin)
            case .applicant: roles.insert(.applicant)
            case .staff: roles.insert(p.staffType == "leader" ? .leader : .handler)
            }
        }
        if roles.isEmpty { roles.insert(.anonymous) }
        return roles
    }

    static func checkAccess(_ access: Access, caller: Caller, method: String, sessionProblem: String?) throws {
        let held = roles(of: caller)
        if !held.isDisjoint(with: access.roles) { return }
        let accountRoles: Set<Role> = [.orgAdmin, .handler, .leader, .applicant]
        if caller.principal == nil && !accountRoles.isDisjoint(with: access.roles) {
            throw EngineError.unauthenticated(sessionProblem ?? "\(method) needs a logged-in account (session.login)")
        }
        let allowed = access.roles.map(\.rawValue).joined(separator: ", ")
        throw EngineError.permissionDenied("\(method) may only be called by: \(allowed)", scope: "roles: \(allowed)")
    }
}

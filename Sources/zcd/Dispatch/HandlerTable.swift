import ZCEngine
import ZCProtocol

/// One method's handler: its access rule, its params shape, and the closure that decodes, calls and encodes.
struct Handler: Sendable {
    let access: Access
    let paramsSchema: Schema
    let run: @Sendable (_ params: [UInt8]?, _ context: CallContext) async throws -> [UInt8]
    /// For the frequent reads (a declaration, a queue page): the same work done on the calling thread without
    /// suspending, so the event loop that read the request answers it at once instead of handing it to another
    /// thread and back. Nil for methods that write or wait.
    var inline: (@Sendable (_ params: [UInt8]?, _ context: CallContext) throws -> [UInt8])? = nil
}

/// Every method zcd answers, by name. Each family registers its own in `Handlers/<Family>Handlers.swift`.
struct HandlerTable: Sendable {
    private(set) var handlers: [String: Handler] = [:]
    private static let noParams = Array("{}".utf8)

    /// Registers the handler of `R`: the closure gets the decoded request and returns the typed result.
    mutating func on<R: ZCRequest>(
        _ type: R.Type, _ body: @escaping @Sendable (R, CallContext) async throws -> R.Response
    ) {
        precondition(handlers[R.method] == nil, "\(R.method) registered twice")
        handlers[R.method] = Handler(
            access: R.access, paramsSchema: SchemaRecorder.schema(of: R.self),
            run: { params, context in
                let request = try ZCJSON.decode(R.self, from: params ?? Self.noParams)
                return try ZCJSON.encode(try await body(request, context))
            })
    }

    /// Registers a handler that returns its result already encoded as JSON (a stored document sent as it is).
    mutating func onRaw<R: ZCRequest>(
        _ type: R.Type, _ body: @escaping @Sendable (R, CallContext) async throws -> [UInt8]
    ) {
        precondition(handlers[R.method] == nil, "\(R.method) registered twice")
        handlers[R.method] = Handler(
            access: R.access, paramsSchema: SchemaRecorder.schema(of: R.self),
            run: { params, context in
                try await body(try ZCJSON.decode(R.self, from: params ?? Self.noParams), context)
            })
    }

    /// Registers a read that may run on the event loop (see `Handler.inline`); its body must not block beyond a few
    /// short queries.
    mutating func onInline<R: ZCRequest>(
        _ type: R.Type, _ body: @escaping @Sendable (R, CallContext) throws -> R.Response
    ) {
        onInlineRaw(R.self) { request, context in try ZCJSON.encode(try body(request, context)) }
    }

    /// `onInline` for a result already encoded as JSON.
    mutating func onInlineRaw<R: ZCRequest>(
        _ type: R.Type, _ body: @escaping @Sendable (R, CallContext) throws -> [UInt8]
    ) {
        precondition(handlers[R.method] == nil, "\(R.method) registered twice")
        let inline: @Sendable ([UInt8]?, CallContext) throws -> [UInt8] = { params, context in
            try body(try ZCJSON.decode(R.self, from: params ?? Self.noParams), context)
        }
        handlers[R.method] = Handler(
            access: R.access, paramsSchema: SchemaRecorder.schema(of: R.self),
            run: { params, context in try inline(params, context) }, inline: inline)
    }

    subscript(method: String) -> Handler? { handlers[method] }

    /// Every family's handlers: the table zcd serves.
    static func all(engine: Engine, limits: ServerLimits) -> HandlerTable {
        var table = HandlerTable()
        table.registerRPC(engine: engine, limits: limits, version: ZCDVersion.current)
        table.registerSession(engine: engine)
        table.registerOrg(engine: engine)
        table.registerStaff(engine: engine)
        table.registerSystem(engine: engine)
        table.registerBatch(engine: engine)
        table.registerApplication(engine: engine)
        table.registerReview(engine: engine)
        table.registerRef(engine: engine)
        table.registerCommittee(engine: engine)
        table.registerApplicant(engine: engine)
        table.registerFile(engine: engine)
        table.registerCalendar(engine: engine)
        table.registerPublicity(engine: engine)
        table.registerRoute(engine: engine)
        table.registerExport(engine: engine)
        table.registerAudit(engine: engine)
        table.registerBlacklist(engine: engine)
        return table
    }
}

import Foundation
import Logging
import ZCEngine
import ZCProtocol

@testable import zcd

/// The daemon's dispatcher over a temporary engine, called in-process as any peer uid.
struct DispatchHarness {
    let engine: Engine
    let dispatcher: Dispatcher

    init() throws {
        engine = Engine(store: try Store.temporary(), config: .testing, logger: Logger(label: "test"))
        try engine.prepare()
        let limits = ServerLimits(maxFrameBytes: 1 << 20, maxJSONDepth: 64, maxRequestsInFlight: 8, frameTimeoutSeconds: 5)
        dispatcher = Dispatcher(engine: engine, table: HandlerTable.all(engine: engine, limits: limits), logger: Logger(label: "test"))
    }

    /// A connection from `uid`; operators are uid 0.
    func connection(uid: UInt32) -> ConnectionState {
        ConnectionState(peer: Peer(uid: uid, gid: uid, pid: 4242), isOperator: uid == 0)
    }

    /// Calls `method` with raw params and returns the parsed outcome.
    func call(_ method: String, _ params: String? = "{}", on connection: ConnectionState, session: String? = nil)
        async throws -> ParsedResponse.Outcome
    {
        let envelope = RequestEnvelope(id: Array("1".utf8), method: method, params: params.map { Array($0.utf8) }, session: session)
        guard let body = await dispatcher.handle(envelope, connection: connection) else {
            throw HarnessError.noResponse
        }
        return try ResponseBody.parse(body).outcome
    }

    func call<R: ZCRequest>(_ request: R, on connection: ConnectionState) async throws -> R.Response {
        let params = String(decoding: try ZCJSON.encode(request), as: UTF8.self)
        switch try await call(R.method, params, on: connection) {
        case .success(let bytes): return try ZCJSON.decode(R.Response.self, from: bytes)
        case .failure(let e): throw e
        }
    }

    /// A new connection logged in with `issued`, its initial password changed to `password`.
    func activate(_ issued: IssuedCredentials, password: String = "Ready-Pass-2026") async throws -> ConnectionState {
        let connection = self.connection(uid: 1000)
        _ = try await call(LoginRequest(account: issued.account, password: issued.initialPassword), on: connection)
        _ = try await call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: password), on: connection)
        return connection
    }

    enum HarnessError: Error { case noResponse }
}

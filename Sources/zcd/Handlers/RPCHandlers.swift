import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `rpc.*`. Ping and describe are normally answered on the event loop (RequestHandler); these handlers serve
    /// the same calls when they carry params, so that unknown members are still refused.
    mutating func registerRPC(engine: Engine, limits: ServerLimits, version: String) {
        on(PingRequest.self) { _, _ in Empty() }
        on(DescribeRequest.self) { _, _ in MethodRegistry.describe() }
        on(HelloRequest.self) { request, context in
            if let versions = request.protocolVersions, !versions.contains(MethodRegistry.protocolVersion) {
                throw WireError(
                    code: .unsupportedVersion,
                    message: "zcd speaks protocol version \(MethodRegistry.protocolVersion), not \(versions)")
            }
            return HelloResult(
                product: "zcd", version: version, protocolVersion: MethodRegistry.protocolVersion, limits: limits,
                caller: try await callerInfo(engine: engine, context: context))
        }
    }
}

/// The caller as `rpc.hello` and `session.whoami` report it.
func callerInfo(engine: Engine, context: CallContext) async throws -> CallerInfo {
    let peer = context.caller.peer
    var info = CallerInfo(
        uid: Int(peer.uid), gid: Int(peer.gid), pid: Int(peer.pid), isOperator: context.caller.isOperator)
    if let principal = context.caller.principal {
        info.account = AccountInfo(try await engine.account(of: principal))
    }
    return info
}

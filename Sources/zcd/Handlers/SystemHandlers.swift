import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `system.*`: bootstrap and rescue, for operators.
    mutating func registerSystem(engine: Engine) {
        on(SystemInitRequest.self) { request, context in
            let outcome = try await engine.initialize(code: request.code, name: request.name, caller: context.caller)
            return SystemInitResult(
                organization: OrganizationRef(code: outcome.organizationCode, name: outcome.organizationName),
                admin: IssuedCredentials(outcome.admin))
        }
        on(ResetProvinceAdminPasswordRequest.self) { _, context in
            IssuedCredentials(try await engine.resetProvinceAdminPassword(caller: context.caller))
        }
    }
}

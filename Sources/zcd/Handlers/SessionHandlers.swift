import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `session.*`: login binds the connection (unless asked not to), logout unbinds it.
    mutating func registerSession(engine: Engine) {
        on(LoginRequest.self) { request, context in
            let outcome = try await engine.login(
                account: request.account, password: request.password, caller: context.caller)
            if request.bindConnection ?? true { context.connection.token = outcome.token }
            return LoginResult(
                token: outcome.token, expiresAt: outcome.expiresAt,
                mustChangePassword: outcome.account.mustChangePassword, account: AccountInfo(outcome.account))
        }
        on(ChangePasswordRequest.self) { request, context in
            try await engine.changePassword(old: request.oldPassword, new: request.newPassword, caller: context.caller)
            return Empty()
        }
        on(LogoutRequest.self) { _, context in
            try await engine.logout(caller: context.caller)
            if !context.explicitSession { context.connection.token = nil }
            return Empty()
        }
        on(WhoAmIRequest.self) { _, context in
            try await callerInfo(engine: engine, context: context)
        }
    }
}

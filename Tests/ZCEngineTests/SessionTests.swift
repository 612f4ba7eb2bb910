import Foundation
import Testing

@testable import ZCEngine

@Suite struct SessionTests {
    @Test func givenAToken_whenAuthenticating_thenThePrincipalIsTheAccount() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (_, outcome) = try await f.login(issued.login, issued.password)
        let principal = try await f.engine.authenticate(token: outcome.token)
        #expect(principal.login == "admin13")
        #expect(principal.kind == .orgAdmin)
        #expect(principal.mustChangePassword)
    }

    @Test func givenMalformedOrUnknownTokens_whenAuthenticating_thenUnauthenticated() async throws {
        let f = try EngineFixture()
        await #expect(throws: EngineError.unauthenticated("the session token is malformed")) {
            _ = try await f.engine.authenticate(token: "xyz")
        }
        await #expect(throws: EngineError.unauthenticated("the session has ended; log in again")) {
            _ = try await f.engine.authenticate(token: String(repeating: "ab", count: 32))
        }
    }

    @Test func givenAnIdleSession_whenTheIdleTimeoutPasses_thenItExpires() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (_, outcome) = try await f.login(issued.login, issued.password)
        f.clock.advance(29 * 60)
        _ = try await f.engine.authenticate(token: outcome.token)
        f.clock.advance(29 * 60)  // still within idle of the last use
        _ = try await f.engine.authenticate(token: outcome.token)
        f.clock.advance(30 * 60 + 1)
        await #expect(throws: EngineError.unauthenticated("the session has expired; log in again")) {
            _ = try await f.engine.authenticate(token: outcome.token)
        }
        // Gone from the store too, not only from the cache.
        await #expect(throws: EngineError.unauthenticated("the session has ended; log in again")) {
            _ = try await f.engine.authenticate(token: outcome.token)
        }
    }

    @Test func givenAnActiveSession_whenTheLifetimeEnds_thenItExpiresDespiteUse() async throws {
        var config = EngineConfig.testing
        config.sessionLifetimeSeconds = 3600
        let f = try EngineFixture(config: config)
        let issued = try await f.initialize()
        let (_, outcome) = try await f.login(issued.login, issued.password)
        for _ in 0..<5 {
            f.clock.advance(600)
            _ = try await f.engine.authenticate(token: outcome.token)
        }
        f.clock.advance(601)
        await #expect(throws: EngineError.self) { _ = try await f.engine.authenticate(token: outcome.token) }
    }

    @Test func givenAForcedChange_whenChangingWithAWeakPassword_thenEveryRuleBrokenIsListed() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (caller, _) = try await f.login(issued.login, issued.password)
        do {
            try await f.engine.changePassword(old: issued.password, new: "abc", caller: caller)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(violations) {
            #expect(violations.count == 2)
            #expect(violations.allSatisfy { $0.field == "newPassword" })
        }
        await #expect(throws: EngineError.invalid("oldPassword", "does not match the current password")) {
            try await f.engine.changePassword(old: "Wrong-Pass-1", new: "Good-Pass-2026", caller: caller)
        }
    }

    @Test func givenAForcedChange_whenChanged_thenTheFlagClearsAndTheNewPasswordLogsIn() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (caller, outcome) = try await f.login(issued.login, issued.password)
        try await f.engine.changePassword(old: issued.password, new: "Good-Pass-2026", caller: caller)
        // The same session sees the change at once.
        let principal = try await f.engine.authenticate(token: outcome.token)
        #expect(!principal.mustChangePassword)
        await #expect(throws: EngineError.self) { _ = try await f.login(issued.login, issued.password) }
        let (_, again) = try await f.login(issued.login, "Good-Pass-2026")
        #expect(!again.account.mustChangePassword)
        #expect(
            try await f.auditActions() == [
                "system.init:ok", "session.login:ok", "session.changePassword:ok", "session.login:denied",
                "session.login:ok",
            ])
    }

    @Test func givenASession_whenLoggedOut_thenTheTokenNoLongerWorks() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (caller, outcome) = try await f.login(issued.login, issued.password)
        try await f.engine.logout(caller: caller)
        await #expect(throws: EngineError.self) { _ = try await f.engine.authenticate(token: outcome.token) }
        #expect(try await f.auditActions().last == "session.logout:ok")
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct LoginTests {
    @Test func givenAWrongPassword_whenLoggingIn_thenUnauthenticatedAndAuditedAsDenied() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        await #expect(throws: EngineError.unauthenticated("wrong account or password")) {
            _ = try await f.login(issued.login, "Wrong-Pass-1")
        }
        await #expect(throws: EngineError.unauthenticated("wrong account or password")) {
            _ = try await f.login("nobody", "Wrong-Pass-1")
        }
        #expect(try await f.auditActions() == ["system.init:ok", "session.login:denied", "session.login:denied"])
    }

    @Test func givenFiveFailures_whenLoggingIn_thenTheAccountIsLockedUntilTheLockoutPasses() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        for _ in 0..<4 {
            await #expect(throws: EngineError.unauthenticated("wrong account or password")) {
                _ = try await f.login(issued.login, "Wrong-Pass-1")
            }
        }
        await #expect(throws: EngineError.lockedOut(retryAfterSeconds: 900)) {
            _ = try await f.login(issued.login, "Wrong-Pass-1")
        }
        // Even the right password is refused while locked.
        await #expect(throws: EngineError.lockedOut(retryAfterSeconds: 900)) {
            _ = try await f.login(issued.login, issued.password)
        }
        f.clock.advance(899)
        await #expect(throws: EngineError.lockedOut(retryAfterSeconds: 1)) {
            _ = try await f.login(issued.login, issued.password)
        }
        f.clock.advance(2)
        let (_, outcome) = try await f.login(issued.login, issued.password)
        #expect(outcome.account.login == "admin13")
    }

    @Test func givenASuccessfulLogin_thenFailuresAreForgotten() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        for _ in 0..<4 { _ = try? await f.login(issued.login, "Wrong-Pass-1") }
        _ = try await f.login(issued.login, issued.password)
        for _ in 0..<4 { _ = try? await f.login(issued.login, "Wrong-Pass-1") }
        _ = try await f.login(issued.login, issued.password)
    }

    @Test func givenALogin_thenOnlyTheTokenHashIsStored() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        let (_, outcome) = try await f.login(issued.login, issued.password)
        #expect(outcome.token.count == 64)
        let stored = try await f.engine.store.pool.read { db in
            try Data.fetchAll(db, sql: "SELECT token_hash FROM session")
        }
        #expect(stored.count == 1)
        #expect(stored[0].count == 32)
        #expect(!String(decoding: stored[0], as: UTF8.self).contains(outcome.token))
        #expect(SessionToken.hash(of: outcome.token) == Array(stored[0]))
    }
}

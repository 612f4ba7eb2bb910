import Foundation
import Testing

@testable import ZCEngine

@Suite struct SystemInitTests {
    @Test func givenAnEmptyStore_whenAnOperatorInitialises_thenTheProvinceOfficeAndAdminExist() async throws {
        let f = try EngineFixture()
        let outcome = try await f.engine.initialize(code: nil, name: nil, caller: f.operatorCaller)
        #expect(outcome.organizationCode == "13")
        #expect(outcome.organizationName == "河北省职称改革领导小组办公室")
        #expect(outcome.admin.login == "admin13")
        #expect(PasswordPolicy.violations(outcome.admin.password, login: "admin13", old: nil, field: "p").isEmpty)
        let (_, login) = try await f.login("admin13", outcome.admin.password)
        #expect(login.account.mustChangePassword)
        #expect(login.account.kind == .orgAdmin)
        #expect(try await f.auditActions() == ["system.init:ok", "session.login:ok"])
    }

    @Test func givenAnInitialisedStore_whenInitialisedAgain_thenItIsRefused() async throws {
        let f = try EngineFixture()
        _ = try await f.initialize()
        await #expect(throws: EngineError.failedPrecondition("the system is already initialised", state: "initialized")) {
            _ = try await f.initialize()
        }
    }

    @Test func givenANonOperator_whenInitialising_thenPermissionIsDenied() async throws {
        let f = try EngineFixture()
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.initialize(code: nil, name: nil, caller: f.userCaller)
        }
        #expect(try await f.auditActions().isEmpty)
    }

    @Test func givenABadCode_whenInitialising_thenTheFieldIsNamed() async throws {
        let f = try EngineFixture()
        do {
            _ = try await f.engine.initialize(code: "130", name: " ", caller: f.operatorCaller)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(violations) {
            #expect(violations.map(\.field) == ["code", "name"])
        }
    }

    @Test func givenALockedOutAdmin_whenAnOperatorResetsThePassword_thenTheNewOneWorksAndMustBeChanged() async throws {
        let f = try EngineFixture()
        let issued = try await f.initialize()
        for _ in 0..<5 { _ = try? await f.login(issued.login, "Wrong-Pass-1") }
        let reset = try await f.engine.resetProvinceAdminPassword(caller: f.operatorCaller)
        #expect(reset.login == "admin13")
        let (_, outcome) = try await f.login(reset.login, reset.password)
        #expect(outcome.account.mustChangePassword)
        await #expect(throws: EngineError.self) {
            _ = try await f.login(issued.login, issued.password)
        }
    }
}

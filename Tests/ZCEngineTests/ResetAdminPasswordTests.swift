import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct ResetAdminPasswordTests {
    @Test func givenTheParentAdmin_whenResetting_thenTheChildMustChangeTheNewPasswordAndItsSessionsEnd() async throws {
        let t = try await OrgTree.make()
        let issued = try await t.f.engine.resetOrganizationAdminPassword(code: "130100", caller: t.province)
        #expect(issued.login == "admin130100")
        let ended = await engineError { _ = try await t.f.resolve(t.city) }
        #expect(ended?.isUnauthenticated == true)
        let old = await engineError { _ = try await t.f.login("admin130100", OrgTree.password) }
        #expect(old == .unauthenticated("wrong account or password"))
        let (caller, outcome) = try await t.f.login("admin130100", issued.password)
        #expect(outcome.account.mustChangePassword)
        try await t.f.engine.changePassword(old: issued.password, new: "Fresh-Pass-2027", caller: caller)
        _ = try await t.f.login("admin130100", "Fresh-Pass-2027")
        let event = try #require(try await t.f.auditEvents("org.resetAdminPassword").first)
        #expect(event.detail?.contains("admin130100") == true)
        #expect(event.actorLogin == "admin13")
    }

    @Test func givenALockedChildAdmin_whenReset_thenItIsUnlocked() async throws {
        let t = try await OrgTree.make()
        for _ in 0..<5 { _ = await engineError { _ = try await t.f.login("admin133501", "Wrong-Pass-1") } }
        let locked = await engineError { _ = try await t.f.login("admin133501", OrgTree.password) }
        #expect(locked == .lockedOut(retryAfterSeconds: 900))
        let issued = try await t.f.engine.resetOrganizationAdminPassword(code: "133501", caller: t.province)
        _ = try await t.f.login("admin133501", issued.password)
    }

    @Test func givenTheOwnOrGrandparentAdmin_whenResetting_thenDenied() async throws {
        let t = try await OrgTree.make()
        for caller in [t.department, t.province] {
            let e = await engineError {
                _ = try await t.f.engine.resetOrganizationAdminPassword(code: "1301001001", caller: caller)
            }
            #expect(e?.scope == "admin of the parent organisation")
        }
        _ = try await t.f.login("admin1301001001", OrgTree.password)
    }
}

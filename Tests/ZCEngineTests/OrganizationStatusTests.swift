import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct OrganizationStatusTests {
    @Test func givenEnabledChildren_whenDisabling_thenRefusedSayingHowMany() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createOrganization(
            NewOrganization(parentCode: "130100", kind: .cityDepartment, category: .partyDepartment, name: "市委组织部"),
            caller: t.city)
        let e = await engineError {
            _ = try await t.f.engine.disableOrganization(code: "130100", reason: "撤销", caller: t.province)
        }
        guard case .failedPrecondition(let message, let state, _) = e else {
            Issue.record("expected failedPrecondition, got \(String(describing: e))")
            return
        }
        #expect(message.contains("has 2 enabled child organisations"))
        #expect(state == "hasEnabledChildren")
        #expect(try await t.f.engine.showOrganization(code: "130100", caller: t.province).disabled == false)
    }

    @Test func givenALeaf_whenDisabled_thenItsAccountsCannotLogInAndTheirSessionsEnd() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "wu.handler", name: "吴经办", staffType: .handler), by: t.school)
        _ = try await t.f.resolve(handler)  // cached
        let org = try await t.f.engine.disableOrganization(
            code: "13010010010001", reason: "单位撤并", caller: t.department)
        #expect(org.disabled)

        for caller in [handler, t.school] {
            let e = await engineError { _ = try await t.f.resolve(caller) }
            #expect(e?.isUnauthenticated == true)
        }
        for login in ["wu.handler", "admin13010010010001"] {
            let e = await engineError { _ = try await t.f.login(login, OrgTree.password) }
            #expect(e?.scope == "account of an enabled organisation", "\(login)")
        }
        let event = try #require(try await t.f.auditEvents("org.disable").first)
        #expect(event.detail?.contains("单位撤并") == true)
        #expect(event.detail?.contains("\"sessionsEnded\":\"4\"") == true)
        #expect(try await t.f.auditActions().contains("session.login:denied"))
    }

    @Test func givenADisabledOrganisation_whenEnabledAgain_thenItsAccountsLogInAsBefore() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.disableOrganization(code: "133501", reason: "整改", caller: t.province)
        let org = try await t.f.engine.enableOrganization(code: "133501", caller: t.province)
        #expect(!org.disabled)
        _ = try await t.f.login("admin133501", OrgTree.password)
        #expect(try await t.f.auditEvents("org.enable").count == 1)
    }

    @Test func givenTheOwnOrGrandparentAdmin_whenDisablingOrEnabling_thenDenied() async throws {
        let t = try await OrgTree.make()
        for caller in [t.school, t.city] {
            let e = await engineError {
                _ = try await t.f.engine.disableOrganization(code: "13010010010001", reason: "x", caller: caller)
            }
            #expect(e?.scope == "admin of the parent organisation")
        }
        _ = try await t.f.engine.disableOrganization(code: "13010010010001", reason: "x", caller: t.department)
        let e = await engineError {
            _ = try await t.f.engine.enableOrganization(code: "13010010010001", caller: t.city)
        }
        #expect(e?.scope == "admin of the parent organisation")
    }

    @Test func givenTheRoot_whenAnyoneDisablesIt_thenDenied() async throws {
        let t = try await OrgTree.make()
        let e = await engineError {
            _ = try await t.f.engine.disableOrganization(code: "13", reason: "x", caller: t.province)
        }
        #expect(e?.isPermissionDenied == true)
    }

    @Test func givenABlankReason_orARepeatedChange_whenDisablingOrEnabling_thenRefused() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.disableOrganization(code: "133501", reason: " ", caller: t.province)
        }
        #expect(v.map(\.field) == ["reason"])
        let enabled = await engineError {
            _ = try await t.f.engine.enableOrganization(code: "133501", caller: t.province)
        }
        #expect(enabled == .failedPrecondition("河北大学 (133501) is not disabled", state: "enabled"))
        _ = try await t.f.engine.disableOrganization(code: "133501", reason: "x", caller: t.province)
        let again = await engineError {
            _ = try await t.f.engine.disableOrganization(code: "133501", reason: "x", caller: t.province)
        }
        #expect(again == .failedPrecondition("河北大学 (133501) is already disabled", state: "disabled"))
    }

    @Test func givenADisabledParent_whenEnablingAChild_thenRefused() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.disableOrganization(code: "13010010010001", reason: "x", caller: t.department)
        _ = try await t.f.engine.disableOrganization(code: "1301001001", reason: "x", caller: t.city)
        // The department's admin acts with the principal it had before its organisation was disabled.
        let e = await engineError {
            _ = try await t.f.engine.enableOrganization(code: "13010010010001", caller: t.department)
        }
        guard case .failedPrecondition(_, let state, _) = e else {
            Issue.record("expected failedPrecondition, got \(String(describing: e))")
            return
        }
        #expect(state == "parentDisabled")
    }
}

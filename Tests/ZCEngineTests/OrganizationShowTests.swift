import Foundation
import Testing

@testable import ZCEngine

@Suite struct OrganizationShowTests {
    @Test func givenTheDepartment_whenItsOwnParentAndGrandparentAdminsShowIt_thenTheyAllSeeIt() async throws {
        let t = try await OrgTree.make()
        for caller in [t.department, t.city, t.province] {
            let org = try await t.f.engine.showOrganization(code: "1301001001", caller: caller)
            #expect(org.name == "石家庄市教育局")
            #expect(org.kind == .cityDepartment)
            #expect(org.category == .governmentDepartment)
            #expect(org.parentCode == "130100")
            #expect(org.adminLogin == "admin1301001001")
        }
    }

    @Test func givenTheDepartment_whenAChildOrASiblingAdminShowsIt_thenDeniedWithTheScope() async throws {
        let t = try await OrgTree.make()
        for caller in [t.school, t.university] {
            let e = await engineError { _ = try await t.f.engine.showOrganization(code: "1301001001", caller: caller) }
            #expect(e?.scope == "admin of organisation 1301001001 or above")
        }
    }

    @Test func givenStaff_whenShowingTheirOwnOrganisation_thenAllowed_andAnyOtherIsDenied() async throws {
        let t = try await OrgTree.make()
        let (_, leader) = try await t.f.createStaff(
            NewStaff(login: "li.leader", name: "李领导", staffType: .leader), by: t.department)
        let own = try await t.f.engine.showOrganization(code: "1301001001", caller: leader)
        #expect(own.code == "1301001001")
        for code in ["130100", "13010010010001"] {
            let e = await engineError { _ = try await t.f.engine.showOrganization(code: code, caller: leader) }
            #expect(e?.scope == "own organisation", "\(code)")
        }
    }

    @Test func givenNoSession_whenShowing_thenUnauthenticated() async throws {
        let t = try await OrgTree.make()
        let e = await engineError { _ = try await t.f.engine.showOrganization(code: "13", caller: t.f.userCaller) }
        #expect(e?.isUnauthenticated == true)
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct OrganizationRenameTests {
    @Test func givenTheParentAdmin_whenRenaming_thenTheNameAndTheAdminsDisplayNameChangeAndItIsAudited() async throws {
        let t = try await OrgTree.make()
        let org = try await t.f.engine.renameOrganization(code: "1301001001", name: "石家庄市教育和体育局", caller: t.city)
        #expect(org.name == "石家庄市教育和体育局")
        let admin = try await t.f.engine.account(of: try #require(t.department.principal))
        #expect(admin.displayName == "石家庄市教育和体育局管理员")
        let event = try #require(try await t.f.auditEvents("org.rename").first)
        #expect(event.detail?.contains("石家庄市教育局") == true)
        #expect(event.actorLogin == "admin130100")
    }

    @Test func givenTheOwnOrGrandparentAdminOrStaff_whenRenaming_thenDeniedNamingTheParentScope() async throws {
        let t = try await OrgTree.make()
        let (_, leader) = try await t.f.createStaff(
            NewStaff(login: "sun.leader", name: "孙领导", staffType: .leader), by: t.city)
        for caller in [t.department, t.province, leader] {
            let e = await engineError {
                _ = try await t.f.engine.renameOrganization(code: "1301001001", name: "新名", caller: caller)
            }
            #expect(e?.scope == "admin of the parent organisation")
        }
    }

    @Test func givenABlankName_whenRenaming_thenInvalid() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.renameOrganization(code: "1301001001", name: "  ", caller: t.city)
        }
        #expect(v == [Violation(field: "name", reason: "is required")])
    }
}

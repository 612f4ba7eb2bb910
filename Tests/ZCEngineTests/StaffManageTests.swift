import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct StaffManageTests {
    func page(_ offset: Int? = nil, _ limit: Int? = nil) throws -> PageRequest {
        try PageRequest(offset: offset, limit: limit)
    }

    @Test func givenFiveStaff_whenListingPages_thenSortedByAccountWithTotals() async throws {
        let t = try await OrgTree.make()
        let members: [(String, StaffType)] = [
            ("e5", .leader), ("a1", .handler), ("c3", .leader), ("b2", .handler), ("d4", .handler),
        ]
        for (login, type) in members {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: "s" + login, name: "员工", staffType: type, permissions: []), caller: t.city)
        }
        let second = try await t.f.engine.listStaff(StaffQuery(page: try page(2, 2)), caller: t.city)
        #expect(second.items.map(\.login) == ["sc3", "sd4"])
        #expect(second.total == 5 && second.offset == 2 && second.limit == 2)
        let leaders = try await t.f.engine.listStaff(StaffQuery(staffType: .leader, page: try page()), caller: t.city)
        #expect(leaders.items.map(\.login) == ["sc3", "se5"])
        _ = try await t.f.engine.disableStaff(login: "sa1", caller: t.city)
        let enabled = try await t.f.engine.listStaff(StaffQuery(page: try page()), caller: t.city)
        #expect(enabled.total == 4)
        let all = try await t.f.engine.listStaff(StaffQuery(includeDisabled: true, page: try page()), caller: t.city)
        #expect(all.total == 5 && all.items.first?.disabled == true)
        // Another organisation's admin sees none of them.
        let other = try await t.f.engine.listStaff(StaffQuery(page: try page()), caller: t.university)
        #expect(other.total == 0)
    }

    @Test func givenAnotherOrganisationsStaff_whenShowingOrChanging_thenNotFound() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createStaff(
            NewStaff(login: "lin", name: "林", staffType: .handler), caller: t.department)
        // Neither the parent's admin nor a sibling's may reach it; nor is an admin account a staff account.
        for caller in [t.city, t.province, t.school] {
            let e = await engineError { _ = try await t.f.engine.showStaff(login: "lin", caller: caller) }
            #expect(e == .notFound(entity: "staff account", key: "lin"))
            let d = await engineError { _ = try await t.f.engine.disableStaff(login: "lin", caller: caller) }
            #expect(d == .notFound(entity: "staff account", key: "lin"))
        }
        let admin = await engineError {
            _ = try await t.f.engine.showStaff(login: "admin1301001001", caller: t.department)
        }
        #expect(admin == .notFound(entity: "staff account", key: "admin1301001001"))
        #expect(try await t.f.engine.showStaff(login: "lin", caller: t.department).name == "林")
    }

    @Test func givenAStaffMember_whenEditingNameAndPhone_thenSavedAndAudited_andAnEmptyPhoneClears() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createStaff(
            NewStaff(login: "guo", name: "郭一", staffType: .handler, phone: "13800000000"), caller: t.city)
        let renamed = try await t.f.engine.editStaff(StaffEdit(login: "guo", name: "郭二"), caller: t.city)
        #expect(renamed.name == "郭二" && renamed.phone == "13800000000")
        let cleared = try await t.f.engine.editStaff(StaffEdit(login: "guo", phone: ""), caller: t.city)
        #expect(cleared.phone == nil && cleared.name == "郭二")
        #expect(try await t.f.auditEvents("staff.edit").count == 2)
        let v = await collectViolations {
            _ = try await t.f.engine.editStaff(StaffEdit(login: "guo", name: "", phone: "1"), caller: t.city)
        }
        #expect(v.map(\.field) == ["name", "phone"])
    }

    @Test func givenALiveSession_whenPermissionsAreReplaced_thenTheSessionSeesThemAtOnce() async throws {
        let t = try await OrgTree.make()
        let (_, leader) = try await t.f.createStaff(
            NewStaff(login: "ma.leader", name: "马领导", staffType: .leader, permissions: ["review.leader"]), by: t.city)
        #expect(try await t.f.resolve(leader).permissions == ["review.leader"])
        let view = try await t.f.engine.setStaffPermissions(
            login: "ma.leader", permissions: ["review.exportList", "review.leader"], caller: t.city)
        #expect(view.permissions == ["review.exportList", "review.leader"])
        #expect(try await t.f.resolve(leader).permissions == ["review.exportList", "review.leader"])
        let event = try #require(try await t.f.auditEvents("staff.setPermissions").first)
        #expect(event.detail?.contains("review.exportList") == true)
    }

    @Test func givenARefusedPermission_whenReplacing_thenNothingChanges() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createStaff(
            NewStaff(login: "hu.handler", name: "胡经办", staffType: .handler, permissions: ["review.handler"]),
            caller: t.school)
        let v = await collectViolations {
            _ = try await t.f.engine.setStaffPermissions(
                login: "hu.handler", permissions: ["review.handler", "review.publicity"], caller: t.school)
        }
        #expect(v.map(\.field) == ["permissions[1]"])
        #expect(try await t.f.engine.showStaff(login: "hu.handler", caller: t.school).permissions == ["review.handler"])
        #expect(try await t.f.auditEvents("staff.setPermissions").isEmpty)
    }

    @Test func givenALiveSession_whenTheStaffIsDisabled_thenTheSessionEndsAndLoginIsRefusedUntilEnabled() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "xu.handler", name: "徐经办", staffType: .handler), by: t.city)
        _ = try await t.f.resolve(handler)
        let disabled = try await t.f.engine.disableStaff(login: "xu.handler", caller: t.city)
        #expect(disabled.disabled)
        #expect(await engineError { _ = try await t.f.resolve(handler) }?.isUnauthenticated == true)
        let refused = await engineError { _ = try await t.f.login("xu.handler", OrgTree.password) }
        #expect(refused?.scope == "enabled account")
        let again = await engineError { _ = try await t.f.engine.disableStaff(login: "xu.handler", caller: t.city) }
        #expect(again == .failedPrecondition("staff account xu.handler is already disabled", state: "disabled"))
        _ = try await t.f.engine.enableStaff(login: "xu.handler", caller: t.city)
        _ = try await t.f.login("xu.handler", OrgTree.password)
        #expect(try await t.f.auditEvents("staff.disable").count == 1)
        #expect(try await t.f.auditEvents("staff.enable").count == 1)
    }

    @Test func givenAStaffMember_whenItsPasswordIsReset_thenItMustChangeItAndItsSessionsEnd() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "luo", name: "罗经办", staffType: .handler), by: t.city)
        let issued = try await t.f.engine.resetStaffPassword(login: "luo", caller: t.city)
        #expect(issued.login == "luo")
        #expect(await engineError { _ = try await t.f.resolve(handler) }?.isUnauthenticated == true)
        let old = await engineError { _ = try await t.f.login("luo", OrgTree.password) }
        #expect(old == .unauthenticated("wrong account or password"))
        let (_, outcome) = try await t.f.login("luo", issued.password)
        #expect(outcome.account.mustChangePassword)
        #expect(try await t.f.auditEvents("staff.resetPassword").count == 1)
    }

    @Test func givenStaff_whenManagingOtherStaff_thenDenied() async throws {
        let t = try await OrgTree.make()
        let (_, leader) = try await t.f.createStaff(
            NewStaff(login: "tang.leader", name: "唐领导", staffType: .leader), by: t.city)
        _ = try await t.f.engine.createStaff(NewStaff(login: "song", name: "宋", staffType: .handler), caller: t.city)
        let calls: [(String, () async throws -> Void)] = [
            ("list", { _ = try await t.f.engine.listStaff(StaffQuery(page: try self.page()), caller: leader) }),
            ("show", { _ = try await t.f.engine.showStaff(login: "song", caller: leader) }),
            ("edit", { _ = try await t.f.engine.editStaff(StaffEdit(login: "song", name: "x"), caller: leader) }),
            ("permissions", {
                _ = try await t.f.engine.setStaffPermissions(login: "song", permissions: [], caller: leader)
            }),
            ("disable", { _ = try await t.f.engine.disableStaff(login: "song", caller: leader) }),
            ("reset", { _ = try await t.f.engine.resetStaffPassword(login: "song", caller: leader) }),
            ("grantable", { _ = try await t.f.engine.grantablePermissions(to: .handler, caller: leader) }),
        ]
        for (name, call) in calls {
            let e = await engineError(call)
            #expect(e?.scope == "admin of the caller's own organisation", "\(name)")
        }
    }
}

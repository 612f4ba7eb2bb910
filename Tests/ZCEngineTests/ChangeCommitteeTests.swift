import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite("Committees: edit, disable, enable and list")
struct ChangeCommitteeTests {
    @Test("Given the owner's admin, when editing, then name, specialties and authority change and it is audited")
    func edits() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(
            newCommittee(forming: "1301001001", authority: "130100"), caller: tree.department.caller)
        let changed = try await f.engine.editCommittee(
            code: "SJZ-ZJ-JY01", CommitteeChanges(name: "新名称", specialties: ["英语"], authorityOrganizationCode: "13"),
            caller: tree.department.caller)
        #expect(changed.name == "新名称" && changed.specialties == ["英语"] && changed.authorityOrganization.code == "13")
        #expect(changed.level == .zhongji && changed.seriesCode == "zhongxiaoxue")
        #expect(try await f.count("SELECT count(*) FROM committee_specialty") == 1)
        #expect(try await f.auditActions().last == "committee.edit:ok")
    }

    @Test("Given anyone but the owner's admin, when editing, disabling or enabling, then it is denied")
    func ownerOnly() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(
            newCommittee(forming: "1301001001", authority: "130100"), caller: tree.department.caller)
        // Not even the admin above the owner.
        for other in [tree.city.caller, tree.province, tree.school.caller] {
            let edit = await #expect(throws: EngineError.self) {
                _ = try await f.engine.editCommittee(code: "SJZ-ZJ-JY01", CommitteeChanges(name: "x"), caller: other)
            }
            #expect(edit.map(isPermissionDenied) == true)
            let disable = await #expect(throws: EngineError.self) {
                _ = try await f.engine.disableCommittee(code: "SJZ-ZJ-JY01", reason: "x", caller: other)
            }
            #expect(disable.map(isPermissionDenied) == true)
        }
        let view = try await f.engine.committee(code: "SJZ-ZJ-JY01", caller: tree.city.caller)
        #expect(view.name == "石家庄市中小学教师中级职称评审委员会" && !view.disabled)
        await #expect(throws: EngineError.notFound(entity: "committee", key: "NOSUCH")) {
            _ = try await f.engine.editCommittee(code: "NOSUCH", CommitteeChanges(name: "x"), caller: tree.city.caller)
        }
    }

    @Test("Given a bad edit, then every problem is listed and nothing changes")
    func badEdit() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(newCommittee(), caller: tree.city.caller)
        var found = await violations {
            _ = try await f.engine.editCommittee(
                code: "SJZ-ZJ-JY01",
                CommitteeChanges(name: "", specialties: ["a", "a"], authorityOrganizationCode: "1301001001"),
                caller: tree.city.caller)
        }
        #expect(Set(found.map(\.field)) == ["name", "specialties[1]", "authorityOrganizationCode"])
        found = await violations {
            _ = try await f.engine.editCommittee(code: "SJZ-ZJ-JY01", CommitteeChanges(), caller: tree.city.caller)
        }
        #expect(found.count == 1)
        #expect(try await f.engine.committee(code: "SJZ-ZJ-JY01", caller: tree.city.caller).specialties == ["数学", "语文"])
    }

    @Test("Given the owner's admin, when disabling and enabling, then the state flips once each way, with audit")
    func disableEnable() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(newCommittee(), caller: tree.city.caller)
        let found = await violations {
            _ = try await f.engine.disableCommittee(code: "SJZ-ZJ-JY01", reason: " ", caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["reason"])
        let disabled = try await f.engine.disableCommittee(code: "SJZ-ZJ-JY01", reason: "撤销", caller: tree.city.caller)
        #expect(disabled.disabled)
        await #expect(throws: EngineError.failedPrecondition("committee SJZ-ZJ-JY01 is already disabled", state: "disabled")) {
            _ = try await f.engine.disableCommittee(code: "SJZ-ZJ-JY01", reason: "again", caller: tree.city.caller)
        }
        let enabled = try await f.engine.enableCommittee(code: "SJZ-ZJ-JY01", caller: tree.city.caller)
        #expect(!enabled.disabled)
        await #expect(throws: EngineError.failedPrecondition("committee SJZ-ZJ-JY01 is already enabled", state: "enabled")) {
            _ = try await f.engine.enableCommittee(code: "SJZ-ZJ-JY01", caller: tree.city.caller)
        }
        let actions = try await f.auditActions().filter { $0.hasPrefix("committee.") }
        #expect(actions == ["committee.create:ok", "committee.disable:ok", "committee.enable:ok"])
        let reason = try await f.engine.store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'committee.disable'")
        }
        #expect(reason?.contains("撤销") == true)
    }

    @Test("Given several committees, then the list filters by series and level, hides disabled ones, and pages")
    func list() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(newCommittee(code: "C-01"), caller: tree.city.caller)
        _ = try await f.engine.createCommittee(newCommittee(code: "C-02", level: .gaoji), caller: tree.city.caller)
        _ = try await f.engine.createCommittee(newCommittee(code: "C-03", series: "gongcheng"), caller: tree.city.caller)
        _ = try await f.engine.createCommittee(newCommittee(code: "C-04"), caller: tree.city.caller)
        _ = try await f.engine.disableCommittee(code: "C-04", reason: "停用", caller: tree.city.caller)

        let page = try PageRequest(offset: nil, limit: nil)
        let all = try await f.engine.listCommittees(CommitteeFilter(), page: page, caller: tree.school.caller)
        #expect(all.items.map(\.code) == ["C-01", "C-02", "C-03"] && all.total == 3)
        let withDisabled = try await f.engine.listCommittees(
            CommitteeFilter(includeDisabled: true), page: page, caller: tree.province)
        #expect(withDisabled.total == 4)
        let teachers = try await f.engine.listCommittees(
            CommitteeFilter(seriesCode: "zhongxiaoxue", level: .zhongji), page: page, caller: tree.province)
        #expect(teachers.items.map(\.code) == ["C-01"])
        let second = try await f.engine.listCommittees(
            CommitteeFilter(includeDisabled: true), page: try PageRequest(offset: 1, limit: 2), caller: tree.province)
        #expect(second.items.map(\.code) == ["C-02", "C-03"] && second.total == 4 && second.offset == 1)
        #expect(second.items.first?.specialties == ["数学", "语文"])
    }
}

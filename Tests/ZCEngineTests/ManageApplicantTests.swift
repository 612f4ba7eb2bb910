import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite("Applicants: list, search, edit, disable, enable, reset password")
struct ManageApplicantTests {
    static let people = [
        ("130102199003150011", "张三"), ("13010219900315002X", "张四"), ("130102198506200039", "李四"),
        ("130102198506200047", "王五"), ("130102199201010052", "张小明"),
    ]

    func seeded() async throws -> (EngineFixture, ExampleTree) {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for (id, name) in Self.people {
            _ = try await f.engine.createApplicant(NewApplicant(idNumber: id, name: name), caller: tree.school.caller)
        }
        _ = try await f.engine.createApplicant(
            NewApplicant(idNumber: "130102199201010060", name: "张其他"), caller: tree.otherSchool.caller)
        return (f, tree)
    }

    func list(_ f: EngineFixture, _ caller: Caller, _ query: String? = nil, disabled: Bool = false,
        offset: Int? = nil, limit: Int? = nil) async throws -> Page<ApplicantView> {
        try await f.engine.listApplicants(
            query: query, includeDisabled: disabled, page: try PageRequest(offset: offset, limit: limit), caller: caller)
    }

    @Test("Given applicants at two employers, then each admin lists only its own, by name")
    func ownOnly() async throws {
        let (f, tree) = try await seeded()
        let mine = try await list(f, tree.school.caller)
        #expect(mine.total == 5)
        #expect(Set(mine.items.map(\.name)) == Set(Self.people.map(\.1)))
        #expect(mine.items.map(\.name) == mine.items.map(\.name).sorted())
        #expect(try await list(f, tree.otherSchool.caller).items.map(\.name) == ["张其他"])
        #expect(try await list(f, tree.city.caller).total == 0)
    }

    @Test("Given a query, then names are searched by substring and ID numbers by prefix")
    func search() async throws {
        let (f, tree) = try await seeded()
        #expect(try await list(f, tree.school.caller, "张").items.count == 3)
        #expect(try await list(f, tree.school.caller, "小明").items.map(\.name) == ["张小明"])
        #expect(try await list(f, tree.school.caller, "1301021985").items.map(\.name).sorted() == ["李四", "王五"].sorted())
        #expect(try await list(f, tree.school.caller, "13010219900315002x").items.map(\.name) == ["张四"])
        #expect(try await list(f, tree.school.caller, "0315").total == 0)
        #expect(try await list(f, tree.school.caller, "%").total == 0)
        let found = await violations {
            _ = try await list(f, tree.school.caller, String(repeating: "张", count: 51))
        }
        #expect(found.map(\.field) == ["query"])
    }

    @Test("Given five applicants, then pages of two cover them with the total each time")
    func paging() async throws {
        let (f, tree) = try await seeded()
        var seen: [String] = []
        for offset in [0, 2, 4] {
            let page = try await list(f, tree.school.caller, offset: offset, limit: 2)
            #expect(page.total == 5 && page.offset == offset && page.limit == 2)
            seen += page.items.map(\.idNumber)
        }
        #expect(Set(seen).count == 5 && seen.count == 5)
        let found = await violations { _ = try await list(f, tree.school.caller, offset: -1, limit: 501) }
        #expect(found.map(\.field) == ["page.offset", "page.limit"])
    }

    @Test("Given another employer's applicant, then show, edit, disable and reset say notFound")
    func otherEmployersApplicants() async throws {
        let (f, tree) = try await seeded()
        let key = EngineError.notFound(entity: "applicant", key: "130102199201010060")
        await #expect(throws: key) { _ = try await f.engine.applicant(idNumber: "130102199201010060", caller: tree.school.caller) }
        await #expect(throws: key) {
            _ = try await f.engine.editApplicant(idNumber: "130102199201010060", ApplicantChanges(name: "x"), caller: tree.school.caller)
        }
        await #expect(throws: key) {
            _ = try await f.engine.disableApplicant(idNumber: "130102199201010060", reason: "x", caller: tree.school.caller)
        }
        await #expect(throws: key) {
            _ = try await f.engine.resetApplicantPassword(idNumber: "130102199201010060", caller: tree.department.caller)
        }
        #expect(try await f.engine.applicant(idNumber: "130102199201010060", caller: tree.otherSchool.caller).name == "张其他")
    }

    @Test("Given an applicant, when the admin edits name and phone, then both change and an empty phone removes it")
    func edit() async throws {
        let (f, tree) = try await seeded()
        var view = try await f.engine.editApplicant(
            idNumber: "130102199003150011", ApplicantChanges(name: "张叁", phone: "0311-87654321"), caller: tree.school.caller)
        #expect(view.name == "张叁" && view.phone == "0311-87654321")
        view = try await f.engine.editApplicant(
            idNumber: "130102199003150011", ApplicantChanges(phone: ""), caller: tree.school.caller)
        #expect(view.name == "张叁" && view.phone == nil)
        let display = try await f.engine.store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT display_name FROM account WHERE login = '130102199003150011'")
        }
        #expect(display == "张叁")
        let found = await violations {
            _ = try await f.engine.editApplicant(
                idNumber: "130102199003150011", ApplicantChanges(name: " ", phone: "123"), caller: tree.school.caller)
        }
        #expect(found.map(\.field) == ["name", "phone"])
        #expect(try await f.auditActions().filter { $0 == "applicant.edit:ok" }.count == 2)
    }

    @Test("Given a logged-in applicant, when disabled, then its session ends, it cannot log in, and lists hide it")
    func disable() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (_, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: "张三"), caller: tree.school.caller)
        _ = try await f.applicantCaller(issued)
        let (_, login) = try await f.login(issued.login, "Applicant-2026")
        let view = try await f.engine.disableApplicant(
            idNumber: "34052419800101001X", reason: "离职", caller: tree.school.caller)
        #expect(view.disabled)
        await #expect(throws: EngineError.self) { _ = try await f.engine.authenticate(token: login.token) }
        #expect(try await f.count("SELECT count(*) FROM session s JOIN account a ON a.id = s.account_id WHERE a.kind = 'applicant'") == 0)
        await #expect(throws: EngineError.permissionDenied("this account is disabled", scope: "enabled account")) {
            _ = try await f.login(issued.login, "Applicant-2026")
        }
        #expect(try await list(f, tree.school.caller).total == 0)
        #expect(try await list(f, tree.school.caller, disabled: true).total == 1)
        await #expect(throws: EngineError.failedPrecondition("applicant 34052419800101001X is already disabled", state: "disabled")) {
            _ = try await f.engine.disableApplicant(idNumber: "34052419800101001X", reason: "again", caller: tree.school.caller)
        }
        #expect(try await f.engine.enableApplicant(idNumber: "34052419800101001x", caller: tree.school.caller).disabled == false)
        _ = try await f.login(issued.login, "Applicant-2026")
        let actions = try await f.auditActions().filter { $0.hasPrefix("applicant.") }
        #expect(actions == ["applicant.create:ok", "applicant.disable:ok", "applicant.enable:ok"])
    }

    func list(_ f: EngineFixture, _ caller: Caller, disabled: Bool) async throws -> Page<ApplicantView> {
        try await list(f, caller, nil, disabled: disabled)
    }

    @Test("Given a locked-out applicant, when the admin resets the password, then it is unlocked and must change it")
    func resetPassword() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (_, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: "张三"), caller: tree.school.caller)
        _ = try await f.applicantCaller(issued)
        let (_, session) = try await f.login(issued.login, "Applicant-2026")
        for _ in 0..<5 { _ = try? await f.login(issued.login, "wrong-password") }
        await #expect(throws: EngineError.self) { _ = try await f.login(issued.login, "Applicant-2026") }
        let reset = try await f.engine.resetApplicantPassword(idNumber: "34052419800101001x", caller: tree.school.caller)
        #expect(reset.login == "34052419800101001X" && reset.password != issued.password)
        await #expect(throws: EngineError.self) { _ = try await f.engine.authenticate(token: session.token) }
        await #expect(throws: EngineError.self) { _ = try await f.login(issued.login, "Applicant-2026") }
        let (_, outcome) = try await f.login(issued.login, reset.password)
        #expect(outcome.account.mustChangePassword)
        #expect(try await f.engine.applicant(idNumber: issued.login, caller: tree.school.caller).mustChangePassword)
        #expect(try await f.auditActions().contains("applicant.resetPassword:ok"))
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite("Applicants: creating accounts")
struct CreateApplicantTests {
    @Test("Given an employer's admin, when creating an applicant, then gender and birth date come from the ID number")
    func creates() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (first, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: " 张三 ", phone: "13800138000"), caller: tree.school.caller)
        // The 17th digit of 34052419800101001X is 1: odd, so male.
        #expect(first.gender == .male && first.birthDate == "1980-01-01")
        #expect(first.name == "张三" && first.phone == "13800138000")
        #expect(first.employer == OrganizationSummary(code: tree.school.code, name: "石家庄市第一中学"))
        #expect(first.mustChangePassword && !first.disabled)
        #expect(issued.login == "34052419800101001X")
        let (second, _) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "53010219200508011X", name: "李四"), caller: tree.school.caller)
        // The 17th digit of 53010219200508011X is 1: odd, so male too.
        #expect(second.gender == .male && second.birthDate == "1920-05-08" && second.phone == nil)
        let (third, _) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "11010519491231002X", name: "王芳"), caller: tree.school.caller)
        // The 17th digit of 11010519491231002X is 2: even, so female.
        #expect(third.gender == .female && third.birthDate == "1949-12-31")
        #expect(try await f.auditActions().filter { $0.hasPrefix("applicant.") }.count == 3)
        let account = try await f.engine.store.pool.read { db in
            try AccountRecord.filter(Column("login") == "34052419800101001X").fetchOne(db)
        }
        #expect(account?.kind == "applicant")
        #expect(account?.organizationId == tree.school.organization.id)
        #expect(account?.displayName == "张三")
    }

    @Test("Given a new applicant, when it logs in with a lower-case x, then it must change the password first")
    func lowerCaseLogin() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (view, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001x", name: "张三"), caller: tree.school.caller)
        #expect(view.idNumber == "34052419800101001X" && issued.login == "34052419800101001X")
        let (_, outcome) = try await f.login("34052419800101001x", issued.password)
        #expect(outcome.account.login == "34052419800101001X")
        #expect(outcome.account.kind == .applicant && outcome.account.mustChangePassword)
        let applicant = try await f.applicantCaller(IssuedPassword(login: "34052419800101001x", password: issued.password))
        #expect(applicant.principal?.mustChangePassword == false)
    }

    @Test("Given bad ID numbers, then each is refused on idNumber with the rule it breaks", arguments: [
        ("340524198001010019", "check character"),  // the right one is X
        ("340524198002300019", "not a real date"),  // 30 February, check character right
        ("34052419800101001", "18 characters"),
        ("34052419800101001X1", "18 characters"),
        ("3405241980010100AX", "17 digits"),
    ])
    func badIDs(id: String, reason: String) async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let found = await violations {
            _ = try await f.engine.createApplicant(NewApplicant(idNumber: id, name: "张三"), caller: tree.school.caller)
        }
        #expect(found.map(\.field) == ["idNumber"])
        #expect(found.first?.reason.contains(reason) == true, "\(found)")
        #expect(try await f.count("SELECT count(*) FROM applicant") == 0)
    }

    @Test("Given a bad ID number, name and phone together, then all three are listed")
    func allAtOnce() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let found = await violations {
            _ = try await f.engine.createApplicant(
                NewApplicant(idNumber: "123", name: "", phone: "12345"), caller: tree.school.caller)
        }
        #expect(found.map(\.field) == ["idNumber", "name", "phone"])
    }

    @Test("Given an ID number with an account at another employer, then alreadyExists without naming the holder")
    func duplicateAcrossEmployers() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: "张三"), caller: tree.school.caller)
        for caller in [tree.otherSchool.caller, tree.university.caller, tree.school.caller] {
            let error = await #expect(throws: EngineError.alreadyExists(entity: "applicant", key: "34052419800101001X")) {
                _ = try await f.engine.createApplicant(
                    NewApplicant(idNumber: "34052419800101001x", name: "张三"), caller: caller)
            }
            #expect(error.map { String(describing: $0).contains("中学") } == false)
        }
        #expect(try await f.count("SELECT count(*) FROM applicant") == 1)
    }

    @Test("Given admins of offices and departments, then creating applicants is denied; self-reviewing units may")
    func whoMayCreate() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for caller in [tree.province, tree.city.caller, tree.department.caller] {
            let error = await #expect(throws: EngineError.self) {
                _ = try await f.engine.createApplicant(NewApplicant(idNumber: "bad", name: ""), caller: caller)
            }
            guard case .permissionDenied(_, _, let scope)? = error else {
                Issue.record("expected permissionDenied, got \(String(describing: error))")
                continue
            }
            #expect(scope == "admin of an employer or a self-reviewing unit")
        }
        let (atUniversity, _) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "130102199003150011", name: "赵六"), caller: tree.university.caller)
        #expect(atUniversity.employer.code == "133501")
        let (atCityUnit, _) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "13010219900315002X", name: "钱七"), caller: tree.cityUnit.caller)
        #expect(atCityUnit.employer.code == "1301003501" && atCityUnit.gender == .female)
    }

    @Test("Given an applicant, when it tries to create another, then it is denied")
    func applicantsMayNot() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (_, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: "张三"), caller: tree.school.caller)
        let applicant = try await f.applicantCaller(issued)
        let error = await #expect(throws: EngineError.self) {
            _ = try await f.engine.createApplicant(
                NewApplicant(idNumber: "53010219200508011X", name: "李四"), caller: applicant)
        }
        #expect(error.map(isPermissionDenied) == true)
    }
}

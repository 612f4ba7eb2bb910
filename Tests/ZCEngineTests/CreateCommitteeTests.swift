import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// A committee of the given fields, the rest valid for a city office forming its own 中级 social committee.
func newCommittee(
    code: String = "SJZ-ZJ-JY01", name: String = "石家庄市中小学教师中级职称评审委员会", series: String = "zhongxiaoxue",
    level: CommitteeLevel = .zhongji, type: ReviewType = .social, forming: String = "130100",
    authority: String = "130100", specialties: [String] = ["语文", "数学"]
) -> NewCommittee {
    NewCommittee(
        code: code, name: name, seriesCode: series, level: level, reviewType: type, formingOrganizationCode: forming,
        authorityOrganizationCode: authority, specialties: specialties)
}

/// The violations of an `invalidArgument`, or a recorded issue.
func violations(_ body: () async throws -> Void) async -> [Violation] {
    do {
        try await body()
        Issue.record("expected invalidArgument, but the call succeeded")
    } catch EngineError.invalidArgument(let found) {
        return found
    } catch {
        Issue.record("expected invalidArgument, got \(error)")
    }
    return []
}

func isPermissionDenied(_ error: any Error) -> Bool {
    if case EngineError.permissionDenied = error { return true }
    return false
}

@Suite("Committees: creation and its rules")
struct CreateCommitteeTests {
    @Test("Given a city office admin, when creating a committee it forms and authorises, then it is stored and audited")
    func creates() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let c = try await f.engine.createCommittee(
            newCommittee(specialties: [" 数学 ", "语文"]), caller: tree.city.caller)
        #expect(c.code == "SJZ-ZJ-JY01")
        #expect(c.seriesName == "中小学教师" && c.level == .zhongji && c.reviewType == .social)
        #expect(c.formingOrganization == OrganizationSummary(code: "130100", name: "石家庄市职改办"))
        #expect(c.authorityOrganization.code == "130100" && c.owner.code == "130100")
        #expect(c.specialties == ["数学", "语文"].sorted())
        #expect(!c.disabled)
        #expect(try await f.auditActions().last == "committee.create:ok")
        #expect(try await f.engine.committee(code: "SJZ-ZJ-JY01", caller: tree.school.caller) == c)
    }

    @Test("Given a department admin, when it forms the committee and the city office authorises, then it is created")
    func departmentFormsUnderCityAuthority() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let c = try await f.engine.createCommittee(
            newCommittee(level: .chuji, forming: "1301001001", authority: "130100"), caller: tree.department.caller)
        #expect(c.owner.code == "1301001001" && c.formingOrganization.code == "1301001001")
        // The province office is above the department too.
        _ = try await f.engine.createCommittee(
            newCommittee(code: "SJZ-CJ-JY02", level: .chuji, forming: "1301001001", authority: "13"),
            caller: tree.department.caller)
    }

    @Test("Given badly formed codes, then each is refused on params.code", arguments: [
        "AB", "-ABC", "ab-01", "AB_01", "AB 01", "中文编码", "ABCDEFGHIJKLMNOPQRSTU",
    ])
    func badCodes(code: String) async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let found = await violations { _ = try await f.engine.createCommittee(newCommittee(code: code), caller: tree.city.caller) }
        #expect(found.map(\.field) == ["code"])
    }

    @Test("Given codes at the edges, then 3 and 20 characters with digits and hyphens are accepted")
    func goodCodes() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for code in ["A1B", "0-9", "ABCDEFGHIJ-123456789"] {
            _ = try await f.engine.createCommittee(newCommittee(code: code), caller: tree.city.caller)
        }
        #expect(try await f.count("SELECT count(*) FROM committee") == 3)
    }

    @Test("Given a code in use, then alreadyExists and nothing is saved")
    func duplicate() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        _ = try await f.engine.createCommittee(newCommittee(), caller: tree.city.caller)
        await #expect(throws: EngineError.alreadyExists(entity: "committee", key: "SJZ-ZJ-JY01")) {
            _ = try await f.engine.createCommittee(newCommittee(name: "另一个"), caller: tree.province)
        }
        #expect(try await f.count("SELECT count(*) FROM committee") == 1)
        #expect(try await f.count("SELECT count(*) FROM committee_specialty") == 2)
    }

    @Test("Given several broken rules, then all are listed at once and nothing is saved")
    func allViolationsAtOnce() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let found = await violations {
            _ = try await f.engine.createCommittee(
                newCommittee(code: "x", name: " ", series: "nosuch", forming: "1301001001", authority: "1301001001",
                    specialties: []),
                caller: tree.city.caller)
        }
        #expect(Set(found.map(\.field)) == ["code", "name", "specialties", "seriesCode", "authorityOrganizationCode"])
        #expect(try await f.count("SELECT count(*) FROM committee") == 0)
    }

    @Test("Given an unknown or a retired series, then seriesCode is refused")
    func series() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        var found = await violations {
            _ = try await f.engine.createCommittee(newCommittee(series: "nosuch"), caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["seriesCode"])
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE reference_series SET retired = 1 WHERE code = 'shenji'")
        }
        found = await violations {
            _ = try await f.engine.createCommittee(newCommittee(series: "shenji"), caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["seriesCode"])
        #expect(found.first?.reason.contains("retired") == true)
    }

    @Test("Given a series without qualifications at the committee's level, then level is refused")
    func levelWithoutQualifications() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        // 民用航空飞行技术人员 has no qualifications listed yet.
        for level in CommitteeLevel.allCases {
            let found = await violations {
                _ = try await f.engine.createCommittee(newCommittee(series: "minhang", level: level), caller: tree.city.caller)
            }
            #expect(found.map(\.field) == ["level"], "\(level)")
        }
        // The store decides, not the seed: with 助理审计师 retired, 审计 has no 初级 any more (it has no 员级).
        _ = try await f.engine.createCommittee(
            newCommittee(code: "SJZ-CJ-SJ01", series: "shenji", level: .chuji), caller: tree.city.caller)
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE reference_qualification SET retired = 1 WHERE code = 'shenji.zhuli'")
        }
        let found = await violations {
            _ = try await f.engine.createCommittee(
                newCommittee(code: "SJZ-CJ-SJ02", series: "shenji", level: .chuji), caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["level"])
    }

    @Test("Given a forming organisation outside the caller's subtree, then the call is denied with the scope")
    func formingOutsideSubtree() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for forming in ["13", "130200", "133501"] {
            let error = await #expect(throws: EngineError.self) {
                _ = try await f.engine.createCommittee(
                    newCommittee(code: "X", forming: forming, authority: "13"), caller: tree.city.caller)
            }
            guard case .permissionDenied(_, _, let scope)? = error else {
                Issue.record("expected permissionDenied for \(forming), got \(String(describing: error))")
                continue
            }
            #expect(scope == "forming organisation at or below 130100")
        }
        // An unknown forming organisation is a bad value, not a denial.
        let found = await violations {
            _ = try await f.engine.createCommittee(newCommittee(forming: "139999"), caller: tree.city.caller)
        }
        #expect(found.map(\.field).contains("formingOrganizationCode"))
    }

    @Test("Given staff or applicants, then creating is denied")
    func onlyAdmins() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        let (_, issued) = try await f.engine.createApplicant(
            NewApplicant(idNumber: "34052419800101001X", name: "张三"), caller: tree.school.caller)
        let applicant = try await f.applicantCaller(issued)
        let error = await #expect(throws: EngineError.self) {
            _ = try await f.engine.createCommittee(newCommittee(), caller: applicant)
        }
        #expect(error.map(isPermissionDenied) == true)
    }

    @Test("Given an authorising organisation that is not an office, or not above the forming one, then it is refused")
    func authority() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for (authority, reason) in [
            ("1301001001", "not a title-reform office"), ("130200", "not at or above"), ("133501", "not a title-reform office"),
            ("139999", "no organisation"),
        ] {
            let found = await violations {
                _ = try await f.engine.createCommittee(
                    newCommittee(forming: "1301001001", authority: authority), caller: tree.city.caller)
            }
            #expect(found.map(\.field).allSatisfy { $0 == "authorityOrganizationCode" }, "\(authority)")
            #expect(found.contains { $0.reason.contains(reason) }, "\(authority): \(found)")
        }
        // An office below the forming organisation is not above it.
        let found = await violations {
            _ = try await f.engine.createCommittee(newCommittee(forming: "13", authority: "130100"), caller: tree.province)
        }
        #expect(found.map(\.field) == ["authorityOrganizationCode"])
    }

    @Test("Given a 自主评审 committee, then only a self-reviewing unit may form it")
    func selfReview() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        for forming in ["130100", "1301001001"] {
            let found = await violations {
                _ = try await f.engine.createCommittee(
                    newCommittee(type: .selfReview, forming: forming), caller: tree.city.caller)
            }
            #expect(found.map(\.field) == ["reviewType"], "\(forming)")
        }
        let cityUnit = try await f.engine.createCommittee(
            newCommittee(code: "SJXY-ZJ-01", series: "gaoxiao", type: .selfReview, forming: "1301003501"),
            caller: tree.cityUnit.caller)
        #expect(cityUnit.reviewType == .selfReview && cityUnit.authorityOrganization.code == "130100")
        let provincial = try await f.engine.createCommittee(
            newCommittee(code: "HBU-GJ-01", series: "gaoxiao", level: .gaoji, type: .selfReview, forming: "133501",
                authority: "13"),
            caller: tree.university.caller)
        #expect(provincial.owner.code == "133501")
    }

    @Test("Given specialties beyond the limits, then each bad entry is named")
    func specialties() async throws {
        let f = try EngineFixture(config: ExampleTree.config)
        let tree = try await ExampleTree(f)
        var found = await violations {
            _ = try await f.engine.createCommittee(newCommittee(specialties: []), caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["specialties"])
        found = await violations {
            _ = try await f.engine.createCommittee(
                newCommittee(specialties: (1...101).map { "专业\($0)" }), caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["specialties"])
        found = await violations {
            _ = try await f.engine.createCommittee(
                newCommittee(specialties: ["语文", String(repeating: "长", count: 51), " ", "语文 "]),
                caller: tree.city.caller)
        }
        #expect(found.map(\.field) == ["specialties[1]", "specialties[2]", "specialties[3]"])
        let edges = try await f.engine.createCommittee(
            newCommittee(specialties: (1...100).map { "专业\($0)" } + []), caller: tree.city.caller)
        #expect(edges.specialties.count == 100)
        let long = try await f.engine.createCommittee(
            newCommittee(code: "SJZ-LONG", specialties: [String(repeating: "长", count: 50)]), caller: tree.city.caller)
        #expect(long.specialties.first?.count == 50)
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct StaffCreateTests {
    @Test func givenAnAdmin_whenCreatingAHandler_thenItLogsInAndMustChangeItsPassword() async throws {
        let t = try await OrgTree.make()
        let (staff, issued) = try await t.f.engine.createStaff(
            NewStaff(
                login: "zhang.san", name: "张三", staffType: .handler, phone: "13812345678",
                permissions: ["review.handler", "review.handler"]), caller: t.city)
        #expect(staff.login == "zhang.san")
        #expect(staff.organizationCode == "130100")
        #expect(staff.permissions == ["review.handler"])
        #expect(staff.phone == "13812345678")
        #expect(staff.mustChangePassword)
        #expect(issued.login == "zhang.san")
        let (caller, outcome) = try await t.f.login("zhang.san", issued.password)
        #expect(outcome.account.mustChangePassword)
        #expect(outcome.principal.kind == .staff && outcome.principal.staffType == "handler")
        #expect(outcome.principal.permissions == ["review.handler"])
        try await t.f.engine.changePassword(old: issued.password, new: OrgTree.password, caller: caller)
        let event = try #require(try await t.f.auditEvents("staff.create").first)
        #expect(event.detail?.contains("zhang.san") == true)
        #expect(event.organizationId == t.city.principal?.organizationID)
    }

    /// Who may hold what, written out from the manual (part 二, item 3) rather than derived from the code.
    /// Columns: the province office, a city office, a provincial unit, a city department, an employer.
    static let expected: [(Permission, StaffType, [Bool])] = [
        (.reviewHandler, .handler, [true, true, true, true, true]),
        (.reviewHandler, .leader, [false, false, false, false, false]),
        (.reviewLeader, .leader, [true, true, true, true, true]),
        (.reviewLeader, .handler, [false, false, false, false, false]),
        (.reviewExportList, .leader, [false, true, true, false, false]),
        (.reviewExportList, .handler, [false, false, false, false, false]),
        (.reviewPublicity, .handler, [false, true, true, false, false]),
        (.reviewPublicity, .leader, [false, false, false, false, false]),
        (.reviewEntrustIntermediate, .leader, [false, true, true, false, false]),
        (.reviewEntrustIntermediate, .handler, [false, false, false, false, false]),
        (.reviewEntrustSenior, .leader, [false, true, true, false, false]),
        (.reviewEntrustSenior, .handler, [false, false, false, false, false]),
        (.committeeFormingLeader, .leader, [true, true, true, true, true]),
        (.committeeFormingLeader, .handler, [false, false, false, false, false]),
        (.committeeAuthorityHandler, .handler, [true, true, true, true, true]),
        (.committeeAuthorityHandler, .leader, [false, false, false, false, false]),
        (.committeeAuthorityLeader, .leader, [true, true, true, true, true]),
        (.committeeAuthorityLeader, .handler, [false, false, false, false, false]),
    ]

    @Test func givenEachPermissionTypeAndOrganisation_whenCreatingStaff_thenGrantedExactlyWhereTheManualSays()
        async throws
    {
        let t = try await OrgTree.make()
        let admins = [t.province, t.city, t.university, t.department, t.school]
        #expect(Set(Self.expected.map { "\($0.0.rawValue)/\($0.1.rawValue)" }).count == Permission.allCases.count * 2)
        var n = 0
        for (permission, type, allowedAt) in Self.expected {
            for (admin, allowed) in zip(admins, allowedAt) {
                n += 1
                let login = "staff\(n)x"
                let e = await engineError {
                    _ = try await t.f.engine.createStaff(
                        NewStaff(login: login, name: "测试", staffType: type, permissions: [permission.rawValue]),
                        caller: admin)
                }
                if allowed {
                    #expect(e == nil, "\(permission.rawValue) to a \(type.rawValue) by \(admin.principal?.login ?? "")")
                } else {
                    guard case .invalidArgument(let v) = e else {
                        let got = String(describing: e)
                        Issue.record("\(permission.rawValue) to \(type.rawValue): expected a refusal, got \(got)")
                        continue
                    }
                    #expect(v.map(\.field) == ["permissions[0]"])
                    #expect(v.first?.reason.hasPrefix(permission.label + " may only be granted to") == true)
                }
            }
        }
    }

    @Test func givenTheExportPermission_whenGrantedToAnEmployersLeader_thenTheReasonNamesWhoMayHoldIt() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: "zheng.leader", name: "郑领导", staffType: .leader, permissions: ["review.exportList"]),
                caller: t.school)
        }
        #expect(
            v == [
                Violation(
                    field: "permissions[0]",
                    reason: "资格审查-资格审查名单导出 (review.exportList) may only be granted to leaders of provincial units "
                        + "and city title-reform offices, not to a leader of 申报单位 (employer)")
            ])
    }

    @Test(arguments: ["admin13", "Admin0001", "ADMIN130100", "34052419800101001X", "340524198001010012"])
    func givenAReservedShape_whenCreatingStaff_thenRefused(login: String) async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: login, name: "某人", staffType: .handler), caller: t.city)
        }
        #expect(v.map(\.field) == ["account"])
        #expect(v.first?.reason.contains("reserved") == true)
    }

    @Test(arguments: ["administrator", "admin.wang", "a34052419800101001"])
    func givenANameThatOnlyResemblesAReservedShape_whenCreatingStaff_thenAccepted(login: String) async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createStaff(NewStaff(login: login, name: "某人", staffType: .handler), caller: t.city)
    }

    @Test func givenATakenAccount_whenCreatingStaff_thenAlreadyExistsAndNothingIsSaved() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.createStaff(NewStaff(login: "chen", name: "陈一", staffType: .handler), caller: t.city)
        let before = try await t.f.auditCount()
        let e = await engineError {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: "chen", name: "陈二", staffType: .leader), caller: t.university)
        }
        #expect(e == .alreadyExists(entity: "account", key: "chen"))
        #expect(try await t.f.auditCount() == before)
    }

    @Test func givenManyBadValues_whenCreatingStaff_thenEveryProblemIsListedAtOnce() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.createStaff(
                NewStaff(
                    login: "1x", name: " ", staffType: .handler, phone: "555",
                    permissions: ["review.leader", "no.such"]), caller: t.city)
        }
        #expect(v.map(\.field) == ["account", "name", "phone", "permissions[0]", "permissions[1]"])
        #expect(v.last?.reason.hasPrefix("unknown permission") == true)
    }

    @Test func givenStaffOrNoAccount_whenCreatingStaff_thenDenied() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "he.handler", name: "何经办", staffType: .handler), by: t.city)
        let e = await engineError {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: "other", name: "他", staffType: .handler), caller: handler)
        }
        #expect(e?.scope == "admin of the caller's own organisation")
        let anonymous = await engineError {
            _ = try await t.f.engine.createStaff(
                NewStaff(login: "other", name: "他", staffType: .handler), caller: t.f.userCaller)
        }
        #expect(anonymous?.isUnauthenticated == true)
    }

    @Test func givenEachOrganisationKind_whenAskingWhatIsGrantable_thenTheTableIsFollowed() async throws {
        let t = try await OrgTree.make()
        let cityLeader = try await t.f.engine.grantablePermissions(to: .leader, caller: t.city)
        #expect(
            cityLeader == [
                .reviewLeader, .reviewExportList, .reviewEntrustIntermediate, .reviewEntrustSenior,
                .committeeFormingLeader, .committeeAuthorityLeader,
            ])
        let schoolHandler = try await t.f.engine.grantablePermissions(to: .handler, caller: t.school)
        #expect(schoolHandler == [.reviewHandler, .committeeAuthorityHandler])
    }
}

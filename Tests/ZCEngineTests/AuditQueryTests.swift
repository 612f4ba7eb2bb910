import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 审计查询: a case's and an organisation's trail, newest first, paged, by time range and action, and who may read
/// which.
@Suite struct AuditQueryTests {
    /// The events recorded about the case (start, saves, submission, decisions).
    static func caseEvents(_ f: ReviewFixture) async throws -> Int {
        let id = f.applicationID
        return try await f.engine.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event WHERE case_id = ?", arguments: [id]) ?? 0
        }
    }

    /// A case submitted, then passed by the school's handler and leader, one hour apart each.
    static func decidedCase() async throws -> ReviewFixture {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        f.clock.advance(3600)
        _ = try await f.decide(f.handlers[f.school.code]!, .pass)
        f.clock.advance(3600)
        _ = try await f.decide(f.leaders[f.school.code]!, .pass, opinion: "同意")
        return f
    }

    @Test func givenADecidedCase_thenItsTrailIsNewestFirstWithActorOpinionAndDetail() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        let page = try await f.engine.auditOfCase(id: f.applicationID, range: AuditRange(), page: all, caller: f.cityAdmin)
        #expect(page.items.prefix(3).map(\.action) == ["review.pass", "review.pass", "application.submit"])
        #expect(page.items.last?.action == "application.start")
        #expect(page.total == (try await Self.caseEvents(f)))
        #expect(page.total >= 4)
        let latest = try #require(page.items.first)
        #expect(latest.actorLogin == "l\(f.school.code)")
        #expect(latest.actorName == "l\(f.school.code)")
        #expect(latest.organizationCode == f.school.code)
        #expect(latest.organizationName == "石家庄市第一中学")
        #expect(latest.opinion == "同意")
        #expect(latest.caseID == f.applicationID)
        #expect(latest.targetType == "application")
        #expect(latest.detail["stage"] == "leader")
        #expect(latest.peerUID == Int64(EngineFixture.userPeer.uid))
        #expect(page.items.map(\.at) == page.items.map(\.at).sorted(by: >))
    }

    @Test func givenPagesAndTimeRanges_thenTheRightSliceComesBack() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        let start = try await f.engine.auditOfCase(
            id: f.applicationID, range: AuditRange(), page: all, caller: f.cityAdmin
        ).items.last!.at
        let second = try await f.engine.auditOfCase(
            id: f.applicationID, range: AuditRange(), page: PageRequest(offset: 1, limit: 1), caller: f.cityAdmin)
        #expect(second.items.map(\.detail["stage"]) == ["handler"])
        #expect(second.total == (try await Self.caseEvents(f)))
        #expect(second.offset == 1 && second.limit == 1)
        // [start + 1 h, start + 2 h): only the handler's pass.
        let window = try await f.engine.auditOfCase(
            id: f.applicationID,
            range: AuditRange(from: start.addingTimeInterval(3600), to: start.addingTimeInterval(7200)), page: all,
            caller: f.cityAdmin)
        #expect(window.items.map(\.detail["stage"]) == ["handler"])
        #expect(window.total == 1)
        let before = try await f.engine.auditOfCase(
            id: f.applicationID, range: AuditRange(to: start), page: all, caller: f.cityAdmin)
        #expect(before.total == 0)
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.auditOfCase(
                id: f.applicationID, range: AuditRange(from: start, to: start), page: all, caller: f.cityAdmin)
        }
    }

    @Test func givenCallersOnAndOffTheChain_thenOnlyReviewersAndAdminsAboveMayReadTheCase() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        let province = try await f.base.login("admin13", "Zc-Admin-2026").0
        for allowed in [province, f.cityAdmin, f.handlers[f.bureau.code]!, f.leaders[f.city.code]!] {
            #expect(
                try await f.engine.auditOfCase(id: f.applicationID, range: AuditRange(), page: all, caller: allowed)
                    .total == (try await Self.caseEvents(f)))
        }
        let (other, issued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0200", name: "唐山市职改办"), caller: province)
        let otherAdmin = try await DeclarationFixture.ready(f.base, issued, "Other-Pass-2026")
        let otherHandler = try await ReviewFixture.staff(
            f.base, org: other, login: "h-other", type: "handler", permissions: ["review.handler"])
        for outsider in [otherAdmin, otherHandler] {
            await #expect(throws: EngineError.notFound(entity: "application", key: String(f.applicationID))) {
                _ = try await f.engine.auditOfCase(id: f.applicationID, range: AuditRange(), page: all, caller: outsider)
            }
        }
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.auditOfCase(id: f.applicationID, range: AuditRange(), page: all, caller: f.applicant)
        }
        await #expect(throws: EngineError.notFound(entity: "application", key: "424242")) {
            _ = try await f.engine.auditOfCase(id: 424242, range: AuditRange(), page: all, caller: f.cityAdmin)
        }
    }

    @Test func givenAnOrganisation_thenItsTrailByActionFamilyAndSubtree() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        let school = try await f.engine.auditOfOrganization(
            code: f.school.code, subtree: false, range: AuditRange(), page: all, caller: f.cityAdmin)
        #expect(school.items.prefix(3).map(\.action) == ["review.pass", "review.pass", "application.submit"])
        #expect(school.items.contains { $0.action == "org.create" })
        let reviews = try await f.engine.auditOfOrganization(
            code: f.school.code, subtree: false, range: AuditRange(action: "review.*"), page: all,
            caller: f.cityAdmin)
        #expect(reviews.total == 2)
        let submits = try await f.engine.auditOfOrganization(
            code: f.school.code, subtree: false, range: AuditRange(action: "application.submit"), page: all,
            caller: f.cityAdmin)
        #expect(submits.total == 1)
        // The city office's own events (creating the bureau, the batch) and, with the subtree, the school's too.
        let cityOnly = try await f.engine.auditOfOrganization(
            code: f.city.code, subtree: false, range: AuditRange(action: "review.*"), page: all,
            caller: f.cityAdmin)
        #expect(cityOnly.total == 0)
        let citySubtree = try await f.engine.auditOfOrganization(
            code: f.city.code, subtree: true, range: AuditRange(action: "review.*"), page: all,
            caller: f.cityAdmin)
        #expect(citySubtree.total == 2)
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.auditOfOrganization(
                code: f.school.code, subtree: false, range: AuditRange(action: "review.%"), page: all,
                caller: f.cityAdmin)
        }
    }

    @Test func givenCallersBelowOrBesideTheOrganisation_thenRefused() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        for refused in [f.handlers[f.city.code]!, f.applicant] {
            await #expect(throws: EngineError.self) {
                _ = try await f.engine.auditOfOrganization(
                    code: f.school.code, subtree: false, range: AuditRange(), page: all, caller: refused)
            }
        }
        let province = try await f.base.login("admin13", "Zc-Admin-2026").0
        let (_, issued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0200", name: "唐山市职改办"), caller: province)
        let otherAdmin = try await DeclarationFixture.ready(f.base, issued, "Other-Pass-2026")
        do {
            _ = try await f.engine.auditOfOrganization(
                code: f.school.code, subtree: false, range: AuditRange(), page: all, caller: otherAdmin)
            Issue.record("expected a refusal")
        } catch let EngineError.permissionDenied(_, _, scope) {
            #expect(scope?.contains(f.school.code) == true)
        }
        await #expect(throws: EngineError.notFound(entity: "organization", key: "139999")) {
            _ = try await f.engine.auditOfOrganization(
                code: "139999", subtree: false, range: AuditRange(), page: all, caller: f.cityAdmin)
        }
    }

    @Test func givenQueries_thenTheTrailIsUnchanged_andTheStoreRefusesChangesWhoeverAsks() async throws {
        let f = try await Self.decidedCase()
        let all = try PageRequest(offset: nil, limit: 500)
        let before = try await f.base.auditActions()
        _ = try await f.engine.auditOfCase(id: f.applicationID, range: AuditRange(), page: all, caller: f.cityAdmin)
        _ = try await f.engine.auditOfOrganization(
            code: f.city.code, subtree: true, range: AuditRange(), page: all, caller: f.cityAdmin)
        #expect(try await f.base.auditActions() == before)
        await #expect(throws: (any Error).self) {
            try await f.engine.store.pool.write { db in try db.execute(sql: "UPDATE audit_event SET opinion = 'x'") }
        }
        await #expect(throws: (any Error).self) {
            try await f.engine.store.pool.write { db in try db.execute(sql: "DELETE FROM audit_event WHERE id = 1") }
        }
    }
}

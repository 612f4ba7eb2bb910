import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 黑名单: offices list the entries made at or below them, lift one with a reason, and a lifted person may submit
/// again at once.
@Suite struct BlacklistTests {
    /// 张伟 blacklisted by the education bureau's handler.
    static func listed() async throws -> ReviewFixture {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        _ = try await f.decide(f.handlers[f.school.code]!, .pass)
        _ = try await f.decide(f.leaders[f.school.code]!, .pass)
        _ = try await f.decide(f.handlers[f.bureau.code]!, .blacklist, opinion: "材料造假")
        return f
    }

    static func list(_ f: ReviewFixture, _ caller: Caller, query: String? = nil, activeOnly: Bool = true)
        async throws -> Page<BlacklistEntryView>
    {
        try await f.engine.listBlacklist(
            query: query, activeOnly: activeOnly, page: try PageRequest(offset: nil, limit: nil), caller: caller)
    }

    /// A declaration in a new open batch with every required section saved, ready to submit.
    static func nextDeclaration(_ f: ReviewFixture, year: Int) async throws -> ReviewFixture {
        let batch = try await f.engine.createBatch(
            NewBatch(
                year: year, name: "\(year)年度", seriesCodes: ["zhongxiaoxue"], opensAt: f.clock.now().addingTimeInterval(-60),
                closesAt: f.clock.now().addingTimeInterval(30 * 86400)), caller: f.cityAdmin)
        var g = f
        g.applicationID = try await f.engine.startApplication(
            batchID: batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant
        ).id
        try await g.fillRequiredSections()
        return g
    }

    @Test func givenABlacklisting_thenTheCityOfficeAndTheProvinceSeeTheEntry() async throws {
        let f = try await Self.listed()
        let page = try await Self.list(f, f.cityAdmin)
        #expect(page.total == 1)
        let entry = try #require(page.items.first)
        #expect(entry.name == "张伟")
        #expect(entry.idNumber == DeclarationFixture.idNumber)
        #expect(entry.reason == "材料造假")
        #expect(entry.organizationCode == f.bureau.code)
        #expect(entry.listedByLogin == "h\(f.bureau.code)")
        #expect(entry.caseID == f.applicationID)
        #expect(entry.active)
        #expect(entry.liftedAt == nil)
        #expect(entry.until > f.clock.now().addingTimeInterval(3 * 365 * 86400 - 86400))
        let province = try await f.base.login("admin13", "Zc-Admin-2026").0
        #expect(try await Self.list(f, province).total == 1)
        #expect(try await Self.list(f, f.cityAdmin, query: "张").total == 1)
        #expect(try await Self.list(f, f.cityAdmin, query: "340524").total == 1)
        #expect(try await Self.list(f, f.cityAdmin, query: "李").total == 0)
        #expect(try await Self.list(f, f.cityAdmin, query: "%").total == 0)
    }

    @Test func givenCallersOutsideTheOffices_thenRefusedOrShownNothing() async throws {
        let f = try await Self.listed()
        let province = try await f.base.login("admin13", "Zc-Admin-2026").0
        let (_, issued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0200", name: "唐山市职改办"), caller: province)
        let otherCity = try await DeclarationFixture.ready(f.base, issued, "Other-Pass-2026")
        #expect(try await Self.list(f, otherCity).total == 0)
        // The bureau is a competent department, not a title-reform office; staff and applicants are no admins.
        let bureauAdmin = try await f.base.login("admin\(f.bureau.code)", "Bureau-Pass-2026").0
        do {
            _ = try await Self.list(f, bureauAdmin)
            Issue.record("expected a refusal")
        } catch let EngineError.permissionDenied(_, _, scope) {
            #expect(scope == "admin of a title-reform office")
        }
        for refused in [f.leaders[f.city.code]!, f.handlers[f.bureau.code]!, f.applicant] {
            await #expect(throws: EngineError.self) { _ = try await Self.list(f, refused) }
        }
        let entry = try #require(try await Self.list(f, f.cityAdmin).items.first)
        await #expect(throws: EngineError.notFound(entity: "blacklist entry", key: String(entry.id))) {
            _ = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "误列", caller: otherCity)
        }
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "误列", caller: f.leaders[f.city.code]!)
        }
    }

    @Test func givenALift_thenTheEntryIsInactiveAuditedAndThePersonMaySubmitAtOnce() async throws {
        let f = try await Self.listed()
        let g = try await Self.nextDeclaration(f, year: 2027)
        do {
            _ = try await g.submit()
            Issue.record("expected the blacklist to refuse the submission")
        } catch let EngineError.failedPrecondition(_, state, _) {
            #expect(state == "blacklisted")
        }
        let entry = try #require(try await Self.list(f, f.cityAdmin).items.first)
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "  ", caller: f.cityAdmin)
        }
        f.clock.advance(60)
        let lifted = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "复核后确认材料真实", caller: f.cityAdmin)
        #expect(!lifted.active)
        #expect(lifted.liftedAt == f.clock.now())
        #expect(lifted.liftedByLogin == "admin\(f.city.code)")
        #expect(lifted.liftReason == "复核后确认材料真实")
        #expect(try await Self.list(f, f.cityAdmin).total == 0)
        #expect(try await Self.list(f, f.cityAdmin, activeOnly: false).items.first?.liftedAt != nil)
        await #expect(throws: EngineError.failedPrecondition("blacklist entry \(entry.id) was already lifted", state: "lifted")) {
            _ = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "再次", caller: f.cityAdmin)
        }
        let actions = try await f.base.auditActions()
        #expect(actions.contains("blacklist.lift:ok"))
        let opinion = try await f.engine.store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT opinion FROM audit_event WHERE action = 'blacklist.lift'")
        }
        #expect(opinion == "复核后确认材料真实")
        // The case that led to the listing stays final; the person's new declaration goes in.
        #expect(try f.engine.application(id: f.applicationID, caller: f.applicant).state == .blacklisted)
        #expect(try await g.submit().state == .submitted)
    }

    @Test func givenAnExpiredEntry_thenItIsNotActiveAndCannotBeLifted() async throws {
        let f = try await Self.listed()
        let entry = try #require(try await Self.list(f, f.cityAdmin).items.first)
        f.clock.advance(3 * 366 * 86400)
        #expect(try await Self.list(f, f.cityAdmin).total == 0)
        let all = try await Self.list(f, f.cityAdmin, activeOnly: false)
        #expect(all.items.map(\.active) == [false])
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.liftBlacklistEntry(id: entry.id, reason: "到期", caller: f.cityAdmin)
        }
    }
}

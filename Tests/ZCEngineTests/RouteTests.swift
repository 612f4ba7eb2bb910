import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 推送评委会 / 委托代评 — routing after the publicity, and the committee's hand-over list.
@Suite struct RouteTests {
    static var page: PageRequest { get throws { try PageRequest(offset: nil, limit: nil) } }

    /// Published, ended, committees as given.
    static func ended(cases: Int = 1) async throws -> (PublicityFixture, PublicityView) {
        let f = try await PublicityFixture(cases: cases)
        let p = try await f.publish()
        f.endPublicity(p)
        return (f, p)
    }

    @Test func givenAnOpenPublicity_whenRouting_thenRefusedUntilItHasEnded() async throws {
        let f = try await PublicityFixture()
        try await f.addCommittee("HB-ZXX-GJ")
        let p = try await f.publish()
        let early = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        guard case .failedPrecondition(_, let state, _)? = early.first?.error else {
            Issue.record("expected failedPrecondition, got \(String(describing: early.first?.error))")
            return
        }
        #expect(state == "open")
        #expect(try await f.engine.routeQueue(page: try Self.page, caller: f.router).total == 0)
        f.clock.set(p.endsAt)
        let queue = try await f.engine.routeQueue(page: try Self.page, caller: f.router)
        #expect(queue.items.map(\.summary.id) == f.cases)
        #expect(queue.items.first?.publicityID == p.id)
        let routed = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        #expect(routed.first?.error == nil)
        #expect(routed.first?.routed?.committeeCode == "HB-ZXX-GJ")
        #expect(routed.first?.routed?.mode == .normal)
    }

    @Test func givenNoCommittee_whenRoutingNormally_thenRefused() async throws {
        let (f, _) = try await Self.ended()
        try await f.addCommittee("HB-ZXX-ZJ", level: .zhongji)  // the wrong level does not count
        try await f.addCommittee("HB-ZXX-GJ-OFF", disabled: true)  // nor a disabled one
        let r = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        guard case .failedPrecondition(let message, _, _)? = r.first?.error else {
            Issue.record("expected failedPrecondition, got \(String(describing: r.first?.error))")
            return
        }
        #expect(message.contains("no enabled committee"))
        #expect(try await f.state(f.cases[0]) == .inPublicity)
    }

    @Test func givenOneCommitteeAuthorisedAboveAndOneElsewhere_whenRoutingNormally_thenTheOneAboveIsChosen() async throws {
        let (f, _) = try await Self.ended()
        try await f.addOtherCityOffice()
        let hb = try await f.addCommittee("HB-ZXX-GJ")
        try await f.addCommittee("TS-ZXX-GJ", authority: "130200")
        let r = try await f.engine.routeCases(
            RouteDecision(applicationIDs: f.cases, mode: .normal, opinion: "同意推送"), caller: f.router)
        #expect(r.first?.routed?.committeeCode == "HB-ZXX-GJ")
        let row = try f.engine.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [f.cases[0]])
        }
        #expect((row?["state"] as String?) == "atCommittee")
        #expect((row?["committee_id"] as Int64?) == hb)
        #expect((row?["routing"] as String?) == "normal")
        #expect((row?["review_organization_id"] as Int64?) == nil)
        let history = try await f.engine.caseHistory(id: f.cases[0], caller: f.review.applicant)
        #expect(history.last?.stage == .routing)
        #expect(history.last?.outcome == .routed)
        #expect(history.last?.opinion == "HB-ZXX-GJ评审委员会 (HB-ZXX-GJ)；同意推送")
    }

    @Test func givenTwoCandidates_whenRoutingNormallyWithoutACommittee_thenTheCandidatesAreListed() async throws {
        let (f, _) = try await Self.ended()
        try await f.addCommittee("HB-ZXX-GJ")
        try await f.addCommittee("SJZ-ZXX-GJ", authority: "130100")
        let r = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        guard case .invalidArgument(let v)? = r.first?.error else {
            Issue.record("expected invalidArgument, got \(String(describing: r.first?.error))")
            return
        }
        #expect(v.first?.field == "committee")
        #expect(v.first?.reason.contains("HB-ZXX-GJ") == true)
        #expect(v.first?.reason.contains("SJZ-ZXX-GJ") == true)
        let named = try await f.engine.routeCases(
            RouteDecision(applicationIDs: f.cases, mode: .normal, committeeCode: "SJZ-ZXX-GJ"), caller: f.router)
        #expect(named.first?.routed?.committeeCode == "SJZ-ZXX-GJ")
    }

    @Test func givenALeaderWithoutTheEntrustPermission_whenEntrusting_thenRefusedNamingIt() async throws {
        let (f, _) = try await Self.ended()
        try await f.addOtherCityOffice()
        try await f.addCommittee("TS-ZXX-GJ", authority: "130200")
        let intermediateOnly = try await ReviewFixture.staff(
            f.review.base, org: f.city, login: "mid\(f.city.code)", type: "leader",
            permissions: ["review.leader", "review.entrustIntermediate"])
        for leader in [f.review.leaders[f.city.code]!, intermediateOnly] {
            do {
                _ = try await f.engine.routeCases(
                    RouteDecision(applicationIDs: f.cases, mode: .entrusted, committeeCode: "TS-ZXX-GJ"), caller: leader)
                Issue.record("expected a refusal")
            } catch EngineError.permissionDenied(_, let permission, _) {
                #expect(permission == "review.entrustSenior")
            }
        }
        #expect(try await f.state(f.cases[0]) == .inPublicity)
    }

    @Test func givenTheEntrustPermission_whenTheCommitteeHasTheWrongSeriesOrLevel_thenRefused() async throws {
        let (f, _) = try await Self.ended()
        try await f.addCommittee("HB-ZXX-GJ")
        try await f.addCommittee("HB-GX-GJ", series: "gaoxiao")
        try await f.addCommittee("HB-ZXX-ZJ", level: .zhongji)
        for (code, expected) in [
            ("HB-GX-GJ", "reviews series gaoxiao"), ("HB-ZXX-ZJ", "needs a 高级 (gaoji) one"),
            ("HB-ZXX-GJ", "reviews case \(f.cases[0]) normally"),
        ] {
            let r = try await f.engine.routeCases(
                RouteDecision(applicationIDs: f.cases, mode: .entrusted, committeeCode: code), caller: f.router)
            guard case .invalidArgument(let v)? = r.first?.error else {
                Issue.record("\(code): expected invalidArgument, got \(String(describing: r.first?.error))")
                continue
            }
            #expect(v.contains { $0.reason.contains(expected) }, "\(code): \(v)")
        }
        #expect(try await f.state(f.cases[0]) == .inPublicity)
    }

    @Test func givenTheRightCommittee_whenEntrusting_thenTheCaseIsAtThatCommitteeAndAudited() async throws {
        let (f, p) = try await Self.ended()
        try await f.addOtherCityOffice()
        try await f.addCommittee("HB-ZXX-GJ")
        try await f.addCommittee("TS-ZXX-GJ", authority: "130200")
        let r = try await f.engine.routeCases(
            RouteDecision(applicationIDs: f.cases, mode: .entrusted, committeeCode: "TS-ZXX-GJ", opinion: "委托唐山评审"),
            caller: f.router)
        #expect(r.first?.error == nil)
        #expect(r.first?.routed?.mode == .entrusted)
        #expect(r.first?.routed?.routedByCode == f.city.code)
        #expect(try await f.state(f.cases[0]) == .atCommittee)
        let history = try await f.engine.caseHistory(id: f.cases[0], caller: f.review.applicant)
        #expect(history.last?.outcome == .entrusted)
        let audit = try await f.audit("route.decide")
        #expect(audit.count == 1)
        #expect((audit.first?["case_id"] as Int64?) == f.cases[0])
        #expect((audit.first?["organization_id"] as Int64?) == f.city.id)
        #expect((audit.first?["opinion"] as String?) == "委托唐山评审")
        let detail = (audit.first?["detail"] as String?) ?? ""
        #expect(detail.contains("\"mode\":\"entrusted\"") && detail.contains("\"publicity\":\"\(p.id)\""))
    }

    @Test func givenSeveralCases_whenRoutedTogether_thenEachIsDecidedOnItsOwn() async throws {
        let f = try await PublicityFixture(cases: 3)
        try await f.addCommittee("HB-ZXX-GJ")
        let p = try await f.publish()
        _ = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[1], content: "待核实"), caller: f.publisher)
        f.endPublicity(p)
        _ = try await f.engine.routeCases(RouteDecision(applicationIDs: [f.cases[0]], mode: .normal), caller: f.router)
        let r = try await f.engine.routeCases(
            RouteDecision(applicationIDs: [f.cases[0], f.cases[1], f.cases[2], 999_999], mode: .normal), caller: f.router)
        #expect(r.map(\.applicationID) == [f.cases[0], f.cases[1], f.cases[2], 999_999])
        guard case .aborted? = r[0].error else { Issue.record("already routed: \(String(describing: r[0].error))"); return }
        guard case .failedPrecondition(let m, _, _)? = r[1].error else { Issue.record("objection: \(String(describing: r[1].error))"); return }
        #expect(m.contains("unresolved objection"))
        #expect(r[2].error == nil)
        #expect(r[3].error == .notFound(entity: "application", key: "999999"))
        #expect(try await f.state(f.cases[1]) == .inPublicity)
        #expect(try await f.state(f.cases[2]) == .atCommittee)
        #expect(try await f.audit("route.decide").count == 2)
    }

    @Test func givenHandedOverCases_thenTheCommitteesListShowsThemToItsOrganisationsAndTheRoutingLeaders() async throws {
        let (f, _) = try await Self.ended(cases: 2)
        try await f.addCommittee("HB-ZXX-GJ")
        _ = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        let province = try await f.review.base.login("admin13", "Zc-Admin-2026").0
        let list = try await f.engine.committeeCases(code: "HB-ZXX-GJ", page: try Self.page, caller: province)
        #expect(list.items.map(\.summary.id) == f.cases)
        #expect(list.items.allSatisfy { $0.mode == .normal && $0.routedAt != nil && $0.summary.state == .atCommittee })
        let leaders = try await f.engine.committeeCases(code: "HB-ZXX-GJ", page: try Self.page, caller: f.review.leaders[f.city.code]!)
        #expect(leaders.total == 2)
        for outsider in [f.review.leaders[f.review.bureau.code]!, f.publisher, f.review.cityAdmin] {
            await #expect(throws: EngineError.self) {
                _ = try await f.engine.committeeCases(code: "HB-ZXX-GJ", page: try Self.page, caller: outsider)
            }
        }
        await #expect(throws: EngineError.notFound(entity: "committee", key: "NOPE")) {
            _ = try await f.engine.committeeCases(code: "NOPE", page: try Self.page, caller: province)
        }
    }

    @Test func givenAHandlerOrALeaderElsewhere_whenRouting_thenRefused() async throws {
        let (f, _) = try await Self.ended()
        try await f.addCommittee("HB-ZXX-GJ")
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.publisher)
        }
        let r = try await f.engine.routeCases(
            RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.review.leaders[f.review.bureau.code]!)
        guard case .failedPrecondition(_, let state, _)? = r.first?.error else {
            Issue.record("expected failedPrecondition, got \(String(describing: r.first?.error))")
            return
        }
        #expect(state == "inPublicity")
    }
}

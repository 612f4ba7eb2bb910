import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 结果公示 — publishing the cases that passed the chain.
@Suite struct PublicityTests {
    @Test func givenCasesWaitingForPublicity_whenPublished_thenTheyAreInPublicityForFiveWorkingDays() async throws {
        let f = try await PublicityFixture(cases: 2)
        let p = try await f.publish()
        // Wednesday 2026-11-18 is day 1; the weekend is skipped; Tuesday 2026-11-24 is day 5.
        #expect(p.startsOn == PublicityFixture.today)
        #expect(p.endsOn.description == "2026-11-24")
        #expect(p.endsAt == ISO8601DateFormatter().date(from: "2026-11-24T15:59:59Z"))
        #expect(p.state == .open)
        #expect(p.cases.map(\.summary.id) == f.cases)
        #expect(p.cases.allSatisfy { $0.summary.state == .inPublicity })
        #expect(p.notices.count == 1)  // no calendar entries for 2026
        for id in f.cases { #expect(try await f.state(id) == .inPublicity) }
        let history = try await f.engine.caseHistory(id: f.cases[0], caller: f.review.applicant)
        #expect(history.last?.stage == .publicity)
        #expect(history.last?.outcome == .published)
        let audit = try await f.audit("publicity.create")
        #expect(audit.map { $0["case_id"] as Int64? } == f.cases.map(Optional.init))
        #expect(audit.allSatisfy { ($0["organization_id"] as Int64?) == f.city.id })
    }

    @Test func givenAHolidayInThePeriod_thenItIsSkipped() async throws {
        let f = try await PublicityFixture()
        let province = try await f.review.base.login("admin13", "Zc-Admin-2026").0
        _ = try await f.engine.setCalendarDays(
            [
                CalendarEntryInput(date: "2026-11-19", kind: .holiday, name: "测试假日"),
                CalendarEntryInput(date: "2026-11-21", kind: .workday, name: "测试调休"),
            ], caller: province)
        let p = try await f.publish()
        // 18 (1), 19 off, 20 (2), 21 Saturday worked (3), 23 (4), 24 (5).
        #expect(p.endsOn.description == "2026-11-24")
        let p2 = try await f.engine.publicity(id: p.id, caller: f.publisher)
        #expect(p2.notices.isEmpty)
    }

    @Test func givenAStartOnASunday_thenThePeriodBeginsOnMonday() async throws {
        let f = try await PublicityFixture()
        let p = try await f.engine.createPublicity(
            NewPublicity(title: "公示", applicationIDs: f.cases, startsOn: "2026-11-22", workingDays: 1), caller: f.publisher)
        #expect(p.startsOn.description == "2026-11-23")
        #expect(p.endsOn.description == "2026-11-23")
    }

    @Test func givenWrongCases_whenPublishing_thenEveryOffenderIsReportedAndNothingChanges() async throws {
        let f = try await PublicityFixture(cases: 2)
        // A third case still at the school's handler.
        let third = try await PublicityFixture.addCase(f.review, seq: 5, level: "zhongxiaoxue.fugao")
        do {
            _ = try await f.engine.createPublicity(
                NewPublicity(title: "公示", applicationIDs: [f.cases[0], third, 999_999, f.cases[0]], workingDays: 31),
                caller: f.publisher)
            Issue.record("expected a refusal")
        } catch EngineError.invalidArgument(let v) {
            #expect(v.map(\.field) == ["workingDays", "cases[1]", "cases[2]", "cases[3]"])
            #expect(v[1].reason.contains("资格审查中"))
        }
        #expect(try await f.state(f.cases[0]) == .awaitingPublicity)
    }

    @Test func givenAPublishedCase_whenPublishedAgain_thenRefused() async throws {
        let f = try await PublicityFixture()
        _ = try await f.publish()
        await #expect(throws: EngineError.self) { _ = try await f.publish() }
    }

    @Test func givenStaffWithoutThePermission_whenPublishing_thenRefused() async throws {
        let f = try await PublicityFixture()
        do {
            _ = try await f.engine.createPublicity(
                NewPublicity(title: "公示", applicationIDs: f.cases), caller: f.review.handlers[f.city.code]!)
            Issue.record("expected a refusal")
        } catch EngineError.permissionDenied(_, let permission, _) {
            #expect(permission == "review.publicity")
        }
        // A leader is not a publicity handler either.
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.createPublicity(NewPublicity(title: "公示", applicationIDs: f.cases), caller: f.router)
        }
    }

    @Test func givenAStartInThePast_thenRefused() async throws {
        let f = try await PublicityFixture()
        await #expect(throws: EngineError.invalid("startsOn", "must not be in the past (today is 2026-11-18)")) {
            _ = try await f.engine.createPublicity(
                NewPublicity(title: "公示", applicationIDs: f.cases, startsOn: "2026-11-17"), caller: f.publisher)
        }
    }

    @Test func givenPublicities_whenListed_thenByStateForTheOrganisationsStaff() async throws {
        let f = try await PublicityFixture(cases: 2)
        let first = try await f.publish([f.cases[0]], days: 1)
        f.clock.set(first.endsAt.addingTimeInterval(60))
        _ = try await f.publish([f.cases[1]])
        let all = try await f.engine.publicities(state: nil, page: PageRequest(offset: nil, limit: nil), caller: f.publisher)
        #expect(all.total == 2)
        let ended = try await f.engine.publicities(state: .ended, page: PageRequest(offset: nil, limit: nil), caller: f.router)
        #expect(ended.items.map(\.id) == [first.id])
        #expect(ended.items.first?.caseCount == 1)
        // Staff of another organisation see none of them.
        let other = try await f.engine.publicities(
            state: nil, page: PageRequest(offset: nil, limit: nil), caller: f.review.leaders[f.review.bureau.code]!)
        #expect(other.total == 0)
        await #expect(throws: EngineError.notFound(entity: "publicity", key: String(first.id))) {
            _ = try await f.engine.publicity(id: first.id, caller: f.review.leaders[f.review.bureau.code]!)
        }
    }
}

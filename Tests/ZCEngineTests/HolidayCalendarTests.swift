import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 节假日 — the calendar the provincial office keeps.
@Suite struct HolidayCalendarTests {
    @Test func givenTheProvinceAdmin_whenSettingDays_thenTheyAreListedAndAudited() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        let written = try await f.engine.setCalendarDays(
            [
                CalendarEntryInput(date: "2026-10-01", kind: .holiday, name: "国庆节"),
                CalendarEntryInput(date: "2026-10-10", kind: .workday, name: "国庆节调休"),
            ], caller: admin)
        #expect(written.map(\.date.description) == ["2026-10-01", "2026-10-10"])
        let listed = try await f.engine.calendarEntries(year: 2026, caller: admin)
        #expect(listed.map(\.name) == ["国庆节", "国庆节调休"])
        #expect(try await f.auditActions().contains("calendar.set:ok"))
    }

    @Test func givenADayAlreadyThere_whenSetAgain_thenItIsReplaced() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        _ = try await f.engine.setCalendarDays([CalendarEntryInput(date: "2026-10-08", kind: .holiday, name: "国庆节")], caller: admin)
        _ = try await f.engine.setCalendarDays([CalendarEntryInput(date: "2026-10-08", kind: .holiday, name: "中秋节")], caller: admin)
        let listed = try await f.engine.calendarEntries(year: 2026, caller: admin)
        #expect(listed.map(\.name) == ["中秋节"])
    }

    @Test func givenBadDays_thenEveryProblemIsReportedAtOnce() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        do {
            _ = try await f.engine.setCalendarDays(
                [
                    CalendarEntryInput(date: "2026-13-01", kind: .holiday, name: "x"),
                    CalendarEntryInput(date: "2026-10-09", kind: .workday, name: "调休"),  // a Friday
                    CalendarEntryInput(date: "2026-10-01", kind: .holiday, name: " "),
                    CalendarEntryInput(date: "2026-10-01", kind: .holiday, name: "国庆节"),
                ], caller: admin)
            Issue.record("expected a refusal")
        } catch EngineError.invalidArgument(let v) {
            #expect(v.map(\.field) == ["days[0].date", "days[1].kind", "days[2].name", "days[3].date"])
        }
    }

    @Test func givenSomeoneElse_whenSettingDays_thenRefused() async throws {
        let f = try await ReviewFixture()
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.setCalendarDays(
                [CalendarEntryInput(date: "2026-10-01", kind: .holiday, name: "国庆节")], caller: f.cityAdmin)
        }
        // Anyone logged in may read it.
        #expect(try await f.engine.calendarEntries(year: 2026, caller: f.applicant).isEmpty)
    }

    @Test func givenDays_whenRemoved_thenTheMissingOnesAreSaid() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        _ = try await f.engine.setCalendarDays([CalendarEntryInput(date: "2026-10-01", kind: .holiday, name: "国庆节")], caller: admin)
        let removal = try await f.engine.removeCalendarDays(["2026-10-01", "2026-10-02"], caller: admin)
        #expect(removal.removed.map(\.description) == ["2026-10-01"])
        #expect(removal.missing.map(\.description) == ["2026-10-02"])
        #expect(try await f.engine.calendarEntries(year: 2026, caller: admin).isEmpty)
    }

    @Test func theExampleFileHoldsValid2026Days() async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../examples/calendar-2026.json").standardizedFileURL
        struct File: Decodable {
            struct Day: Decodable { var date: String; var kind: String; var name: String }
            var days: [Day]
        }
        let file = try JSONDecoder().decode(File.self, from: try Data(contentsOf: url))
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        let written = try await f.engine.setCalendarDays(
            file.days.map { CalendarEntryInput(date: $0.date, kind: CalendarDayKind(rawValue: $0.kind) ?? .holiday, name: $0.name) },
            caller: admin)
        #expect(written.filter { $0.kind == .workday }.map(\.date.description)
            == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
        #expect(written.filter { $0.kind == .holiday }.count == 33)
    }
}

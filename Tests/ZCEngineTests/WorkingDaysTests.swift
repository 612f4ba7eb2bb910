import Foundation
import Testing

@testable import ZCEngine

/// 工作日 — counting a publicity's working days across weekends, holidays and 调休 workdays.
@Suite struct WorkingDaysTests {
    static func day(_ text: String) -> CalendarDay {
        CalendarDay(parsing: text) ?? CalendarDay(year: 1900, month: 1, day: 1)
    }

    /// The State Council's 2026 National Day arrangement: 10-01…10-07 off, 09-20 (Sunday) and 10-10 (Saturday) worked.
    static let goldenWeek = HolidayCalendar(
        (1...7).map { CalendarEntry(date: day("2026-10-0\($0)"), kind: .holiday, name: "国庆节") } + [
            CalendarEntry(date: day("2026-09-20"), kind: .workday, name: "国庆节调休"),
            CalendarEntry(date: day("2026-10-10"), kind: .workday, name: "国庆节调休"),
        ])

    @Test func givenDays_thenTheEpochArithmeticAndWeekdaysAreRight() {
        #expect(Self.day("1970-01-01").daysSinceEpoch == 0)
        #expect(CalendarDay(daysSinceEpoch: 0) == Self.day("1970-01-01"))
        for text in ["1969-12-31", "2000-02-29", "2026-02-28", "2026-03-01", "2100-12-31"] {
            #expect(CalendarDay(daysSinceEpoch: Self.day(text).daysSinceEpoch) == Self.day(text))
        }
        #expect(Self.day("2026-11-18").weekday == 3)  // a Wednesday
        #expect(Self.day("2026-11-22").weekdayName == "星期日")
        #expect(Self.day("2026-02-28").adding(days: 1) == Self.day("2026-03-01"))
    }

    @Test func givenAStartOnAFriday_whenCountingFive_thenTheWeekendIsSkipped() {
        #expect(WorkingDays.add(5, to: Self.day("2026-11-20"), HolidayCalendar()) == Self.day("2026-11-26"))
    }

    @Test func givenAStartOnASunday_thenTheCountBeginsOnMonday() {
        #expect(WorkingDays.add(1, to: Self.day("2026-11-22"), HolidayCalendar()) == Self.day("2026-11-23"))
        #expect(WorkingDays.add(5, to: Self.day("2026-11-22"), HolidayCalendar()) == Self.day("2026-11-27"))
    }

    @Test func givenOneWorkingDayFromAWorkingDay_thenItEndsThatNightInBeijing() {
        let start = Self.day("2026-11-18")
        #expect(WorkingDays.add(1, to: start, HolidayCalendar()) == start)
        let end = WorkingDays.endOfPublicity(start: start, days: 1, HolidayCalendar())
        #expect(end == ISO8601DateFormatter().date(from: "2026-11-18T15:59:59Z"))
    }

    @Test func givenTheGoldenWeek_whenStartingTheDayBefore_thenHolidaysAreSkippedAndTheSaturdayCounts() {
        // 09-30 (1), 10-08 (2), 10-09 (3), 10-10 Saturday worked (4), 10-12 (5).
        #expect(WorkingDays.add(5, to: Self.day("2026-09-30"), Self.goldenWeek) == Self.day("2026-10-12"))
        #expect(WorkingDays.add(1, to: Self.day("2026-10-01"), Self.goldenWeek) == Self.day("2026-10-08"))
    }

    @Test func givenAWorkedSunday_whenStartingOnTheSaturdayBefore_thenTheSundayIsDayOne() {
        #expect(WorkingDays.add(1, to: Self.day("2026-09-19"), Self.goldenWeek) == Self.day("2026-09-20"))
        #expect(WorkingDays.add(2, to: Self.day("2026-09-19"), Self.goldenWeek) == Self.day("2026-09-21"))
    }

    @Test func givenTheCalendar_thenWorkingDaysFollowTheRule() {
        #expect(!Self.goldenWeek.isWorkingDay(Self.day("2026-10-05")))  // a Monday off
        #expect(Self.goldenWeek.isWorkingDay(Self.day("2026-10-10")))  // a Saturday worked
        #expect(!Self.goldenWeek.isWorkingDay(Self.day("2026-10-11")))  // an ordinary Sunday
        #expect(Self.goldenWeek.isWorkingDay(Self.day("2026-10-09")))  // an ordinary Friday
    }
}

public import Foundation

/// 节假日日历 — the days that break the weekday rule: public holidays (法定节假日, non-working even on a weekday)
/// and the working weekends of 调休 (working even on a Saturday or Sunday). Every other day follows the week:
/// Monday to Friday work, Saturday and Sunday rest.
public struct HolidayCalendar: Sendable, Equatable {
    public private(set) var entries: [CalendarDay: CalendarEntry]

    public init(_ entries: [CalendarEntry] = []) {
        self.entries = Dictionary(entries.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Whether `day` is a working day: (Monday–Friday and not a holiday) or a 调休 workday.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        switch entries[day]?.kind {
        case .holiday: false
        case .workday: true
        case nil: !day.isWeekend
        }
    }
}

/// 工作日 — counting working days in Beijing, for the publicity period (公示期).
public enum WorkingDays {
    /// The first working day on or after `day`.
    public static func firstWorkingDay(onOrAfter day: CalendarDay, _ calendar: HolidayCalendar) -> CalendarDay {
        var d = day
        // Terminates: the calendar has finitely many entries, and past the last one every week has five working
        // days.
        while !calendar.isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The last day of a period of `n` working days (n ≥ 1) starting on `start`: a working `start` counts as day 1;
    /// a non-working `start` begins the count on the next working day. `n` below 1 counts as 1.
    public static func add(_ n: Int, to start: CalendarDay, _ calendar: HolidayCalendar) -> CalendarDay {
        var d = firstWorkingDay(onOrAfter: start, calendar)
        var counted = 1
        while counted < n {
            d = firstWorkingDay(onOrAfter: d.adding(days: 1), calendar)
            counted += 1
        }
        return d
    }

    /// The moment a publicity of `days` working days starting on `start` ends: 23:59:59 Beijing time of its last
    /// working day.
    public static func endOfPublicity(start: CalendarDay, days: Int, _ calendar: HolidayCalendar) -> Date {
        add(days, to: start, calendar).endInBeijing
    }
}

extension CalendarDay {
    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `days` since 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// 0 = Sunday, 1 = Monday … 6 = Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((daysSinceEpoch + 4) % 7 + 7) % 7 }

    public var isWeekend: Bool { weekday == 0 || weekday == 6 }

    /// 星期一 … 星期日.
    public var weekdayName: String { ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"][weekday] }

    /// 00:00:00 Beijing time (UTC+8 all year: China has no daylight saving time since 1991).
    public var startInBeijing: Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch * 86_400 - 8 * 3_600))
    }

    /// 23:59:59 Beijing time.
    public var endInBeijing: Date { startInBeijing.addingTimeInterval(86_399) }
}

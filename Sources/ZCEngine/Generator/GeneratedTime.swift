import Foundation

/// Instants of the generated history, in whole milliseconds since 1970 (UTC), written as GRDB writes a `Date`
/// (`yyyy-MM-dd HH:mm:ss.SSS`, UTC) without a `DateFormatter` per row: the engine reads them back as it reads its own.
struct GeneratedTime: Comparable, Hashable {
    var millis: Int64

    init(millis: Int64) { self.millis = millis }

    init(_ date: Date) { millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }

    static let minute: Int64 = 60_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    var date: Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    func adding(_ delta: Int64) -> GeneratedTime { GeneratedTime(millis: millis + delta) }

    static func < (a: GeneratedTime, b: GeneratedTime) -> Bool { a.millis < b.millis }

    /// `2026-03-14 08:05:09.123`, UTC: GRDB's storage form of a `Date`.
    var sqlText: String {
        let (days, inDay) = millis.quotientAndRemainder(dividingBy: Self.day)
        let dayNumber = inDay < 0 ? days - 1 : days
        let ms = inDay < 0 ? inDay + Self.day : inDay
        let (y, m, d) = Self.civil(fromDays: dayNumber)
        var out = [UInt8]()
        out.reserveCapacity(23)
        Self.append(y, 4, &out)
        out.append(0x2D)
        Self.append(Int64(m), 2, &out)
        out.append(0x2D)
        Self.append(Int64(d), 2, &out)
        out.append(0x20)
        Self.append(ms / Self.hour, 2, &out)
        out.append(0x3A)
        Self.append(ms % Self.hour / Self.minute, 2, &out)
        out.append(0x3A)
        Self.append(ms % Self.minute / 1000, 2, &out)
        out.append(0x2E)
        Self.append(ms % 1000, 3, &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The calendar day in Beijing (UTC+8, no daylight saving).
    var chinaDay: CalendarDay {
        let days = (millis + 8 * Self.hour).quotientAndRemainder(dividingBy: Self.day)
        let (y, m, d) = Self.civil(fromDays: days.remainder < 0 ? days.quotient - 1 : days.quotient)
        return CalendarDay(year: Int(y), month: m, day: d)
    }

    /// Midnight UTC of a civil date, in milliseconds.
    static func millis(year: Int, month: Int, day: Int) -> Int64 {
        daysFromCivil(Int64(year), Int64(month), Int64(day)) * Self.day
    }

    private static func append(_ value: Int64, _ width: Int, _ out: inout [UInt8]) {
        var digits = [UInt8](repeating: 0x30, count: width)
        var v = value
        for i in stride(from: width - 1, through: 0, by: -1) {
            digits[i] = 0x30 + UInt8(v % 10)
            v /= 10
        }
        out += digits
    }

    /// Howard Hinnant's days-from-civil and its inverse (proleptic Gregorian).
    private static func civil(fromDays z0: Int64) -> (Int64, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), Int(m), Int(d))
    }

    private static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

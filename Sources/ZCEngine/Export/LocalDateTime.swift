public import Foundation

/// A wall-clock time in China (UTC+8, no daylight saving since 1991), computed with integer arithmetic: an export
/// formats one per row, and a `DateFormatter` per row costs more than the rest of the row.
public struct LocalDateTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// China Standard Time's offset from UTC.
    public static let chinaOffsetSeconds = 8 * 3600

    /// `date` as a wall-clock time `offsetSeconds` east of UTC (default: China).
    public init(_ date: Date, offsetSeconds: Int = chinaOffsetSeconds) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        hour = rest / 3600
        minute = rest % 3600 / 60
        second = rest % 60
        // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date
        // algorithms": civil_from_days).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `2026-11-29 21:35:25`.
    public var text: String {
        var out = ""
        out.reserveCapacity(19)
        Self.pad(&out, year, 4)
        out += "-"
        Self.pad(&out, month, 2)
        out += "-"
        Self.pad(&out, day, 2)
        out += " "
        Self.pad(&out, hour, 2)
        out += ":"
        Self.pad(&out, minute, 2)
        out += ":"
        Self.pad(&out, second, 2)
        return out
    }

    /// `20261129`, for file names.
    public var compactDay: String {
        var out = ""
        Self.pad(&out, year, 4)
        Self.pad(&out, month, 2)
        Self.pad(&out, day, 2)
        return out
    }

    private static func pad(_ out: inout String, _ value: Int, _ width: Int) {
        let digits = String(value)
        if digits.count < width { out += String(repeating: "0", count: width - digits.count) }
        out += digits
    }
}

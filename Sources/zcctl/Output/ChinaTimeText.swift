import Foundation

/// Times as people here read them: China Standard Time, `2026-11-29 21:35:25`.
enum ChinaTimeText {
    static let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
            c.minute ?? 0, c.second ?? 0)
    }

    /// `2026-11-29` (the start of that day in China; with `endOfDay`, the start of the next day, so that a `--to`
    /// day is included), or a full RFC 3339 time (`2026-11-29T08:00:00Z`, `2026-11-29T16:00:00+08:00`).
    static func parse(_ text: String, endOfDay: Bool = false) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            guard let start = calendar.date(from: DateComponents(year: y, month: m, day: d)),
                calendar.dateComponents([.year, .month, .day], from: start) == DateComponents(year: y, month: m, day: d)
            else { return nil }
            return endOfDay ? calendar.date(byAdding: .day, value: 1, to: start) : start
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions.insert(.withFractionalSeconds)
        return formatter.date(from: text)
    }
}

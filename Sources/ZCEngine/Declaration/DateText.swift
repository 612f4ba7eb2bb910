/// A month as the form gives it: `YYYY-MM`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ day: CalendarDay) { self.init(year: day.year, month: day.month) }

    /// Parses `YYYY-MM` (1900–2100), or nil.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
            (1900...2100).contains(y), (1...12).contains(m)
        else { return nil }
        self.init(year: y, month: m)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String {
        (year < 1000 ? "0" : "") + String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }
}

extension CalendarDay {
    /// Parses `YYYY-MM-DD` (a real date, 1900–2100), or nil.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1900...2100).contains(y),
            (1...12).contains(m), d >= 1, d <= CalendarDay.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Date checks shared by the sections; each reports into a violations list.
enum DateRules {
    /// A required month, not after this month.
    static func month(
        _ text: String, field: String, today: CalendarDay, into v: inout [Violation]
    ) -> YearMonth? {
        guard let m = YearMonth(parsing: text) else {
            v.append(Violation(field: field, reason: "must be a month written YYYY-MM, e.g. 2002-09"))
            return nil
        }
        if m > YearMonth(today) { v.append(Violation(field: field, reason: "must not be in the future")) }
        return m
    }

    /// An optional end month: nil means "until now".
    static func optionalMonth(
        _ text: String?, field: String, today: CalendarDay, into v: inout [Violation]
    ) -> YearMonth? {
        guard let text, !text.isEmpty else { return nil }
        return month(text, field: field, today: today, into: &v)
    }

    /// A required day, not after today.
    static func day(_ text: String, field: String, today: CalendarDay, into v: inout [Violation]) -> CalendarDay? {
        guard let d = CalendarDay(parsing: text) else {
            v.append(Violation(field: field, reason: "must be a date written YYYY-MM-DD"))
            return nil
        }
        if d > today { v.append(Violation(field: field, reason: "must not be in the future")) }
        return d
    }

    /// `from` must not come after `to`.
    static func order(_ from: YearMonth?, _ to: YearMonth?, field: String, into v: inout [Violation]) {
        if let from, let to, to < from {
            v.append(Violation(field: field, reason: "must not be before the start (\(from))"))
        }
    }
}

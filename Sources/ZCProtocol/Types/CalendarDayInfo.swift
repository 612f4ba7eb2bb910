public import Foundation

/// What kind of exception to the week a day of the holiday calendar (节假日) is.
public enum CalendarDayKind: String, WireEnum {
    /// 法定节假日 — not worked, even on a weekday.
    case holiday
    /// 调休上班 — a Saturday or Sunday that is worked.
    case workday
}

/// A day to write into the holiday calendar.
public struct CalendarDayEntry: Codable, Hashable, Sendable {
    /// `YYYY-MM-DD`. A `workday` must fall on a Saturday or Sunday.
    public var date: String
    public var kind: CalendarDayKind
    /// 1–50 characters: the holiday (国庆节), or for a workday the holiday it is worked for (国庆节调休).
    public var name: String

    public init(date: String, kind: CalendarDayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// A day of the holiday calendar as stored.
public struct CalendarDayInfo: Codable, Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var kind: CalendarDayKind
    public var name: String
    /// 星期一 … 星期日.
    public var weekday: String
    public var updatedAt: Date?

    public init(date: String, kind: CalendarDayKind, name: String, weekday: String, updatedAt: Date?) {
        self.date = date
        self.kind = kind
        self.name = name
        self.weekday = weekday
        self.updatedAt = updatedAt
    }
}

/// Days of the holiday calendar, oldest first.
public struct CalendarDaysResult: Codable, Hashable, Sendable {
    public var days: [CalendarDayInfo]
    public init(days: [CalendarDayInfo]) { self.days = days }
}

/// What `calendar.remove` did.
public struct CalendarRemoveResult: Codable, Hashable, Sendable {
    /// The dates taken out of the calendar.
    public var removed: [String]
    /// The dates asked for that were not in it.
    public var missing: [String]

    public init(removed: [String], missing: [String]) {
        self.removed = removed
        self.missing = missing
    }
}

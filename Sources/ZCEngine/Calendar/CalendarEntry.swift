public import Foundation

/// What kind of exception to the week a calendar day is.
public enum CalendarDayKind: String, Sendable, Codable, CaseIterable {
    /// 法定节假日 — no work, even on a weekday.
    case holiday
    /// 调休上班 — a Saturday or Sunday worked in exchange for a holiday.
    case workday

    public var chineseName: String { self == .holiday ? "放假" : "调休上班" }
}

/// One day of the holiday calendar, e.g. 2026-10-01 holiday 国庆节, or 2026-10-10 workday 国庆节调休.
public struct CalendarEntry: Sendable, Equatable, Hashable {
    public var date: CalendarDay
    public var kind: CalendarDayKind
    /// The holiday's name (国庆节); for a workday, the holiday it is worked for.
    public var name: String
    /// When it was last written (nil in entries built in memory).
    public var updatedAt: Date?

    public init(date: CalendarDay, kind: CalendarDayKind, name: String, updatedAt: Date? = nil) {
        self.date = date
        self.kind = kind
        self.name = name
        self.updatedAt = updatedAt
    }
}

/// A day as the provincial office writes it, before validation.
public struct CalendarEntryInput: Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var kind: CalendarDayKind
    public var name: String

    public init(date: String, kind: CalendarDayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// What `calendar.remove` did.
public struct CalendarRemoval: Sendable, Equatable {
    /// The dates that were in the calendar and are gone.
    public var removed: [CalendarDay]
    /// The dates asked for that were not in the calendar (nothing to do).
    public var missing: [CalendarDay]
}

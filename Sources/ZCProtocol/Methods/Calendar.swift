/// `calendar.*`: the holiday calendar (节假日) the provincial office keeps. Working days are Monday to Friday except
/// holidays, plus the 调休 workdays; publicity periods (公示期) are counted in them.

/// Writes days into the calendar; a date already there is replaced.
public struct SetCalendarDaysRequest: ZCRequest, Hashable {
    public typealias Response = CalendarDaysResult
    public static let method = "calendar.set"
    public static let summary = "Write public holidays and 调休 workdays into the holiday calendar (upsert)"
    public static let access = Access([.orgAdmin], scope: "admin of the provincial office (省职改办)")

    /// 1–400 days, each date once. Errors: 1005 with one violation per bad day (`params.days[2].kind`, …).
    public var days: [CalendarDayEntry]

    public init(days: [CalendarDayEntry]) { self.days = days }
}

/// Takes days out of the calendar: they follow the week again.
public struct RemoveCalendarDaysRequest: ZCRequest, Hashable {
    public typealias Response = CalendarRemoveResult
    public static let method = "calendar.remove"
    public static let summary = "Take days out of the holiday calendar"
    public static let access = Access([.orgAdmin], scope: "admin of the provincial office (省职改办)")

    /// 1–400 dates `YYYY-MM-DD`.
    public var dates: [String]

    public init(dates: [String]) { self.dates = dates }
}

/// The calendar's days of one year.
public struct ListCalendarDaysRequest: ZCRequest, Hashable {
    public typealias Response = CalendarDaysResult
    public static let method = "calendar.list"
    public static let summary = "List the holiday calendar's days of a year"
    public static let access = Access.anyAccount

    /// Default: this year in Beijing.
    public var year: Int?

    public init(year: Int? = nil) { self.year = year }
}

import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `calendar.*`: the holiday calendar.
    mutating func registerCalendar(engine: Engine) {
        on(SetCalendarDaysRequest.self) { r, context in
            let days = r.days.map {
                CalendarEntryInput(date: $0.date, kind: $0.kind == .holiday ? .holiday : .workday, name: $0.name)
            }
            return CalendarDaysResult(
                days: try await engine.setCalendarDays(days, caller: context.caller).map(CalendarDayInfo.init))
        }
        on(RemoveCalendarDaysRequest.self) { r, context in
            let removal = try await engine.removeCalendarDays(r.dates, caller: context.caller)
            return CalendarRemoveResult(
                removed: removal.removed.map(\.description), missing: removal.missing.map(\.description))
        }
        on(ListCalendarDaysRequest.self) { r, context in
            CalendarDaysResult(
                days: try await engine.calendarEntries(year: r.year, caller: context.caller).map(CalendarDayInfo.init))
        }
    }
}

extension CalendarDayInfo {
    init(_ e: CalendarEntry) {
        self.init(
            date: e.date.description, kind: e.kind == .holiday ? .holiday : .workday, name: e.name,
            weekday: e.date.weekdayName, updatedAt: e.updatedAt)
    }
}

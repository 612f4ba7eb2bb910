import Foundation
import GRDB

extension Engine {
    /// Most days one `calendar.set` or `calendar.remove` takes.
    public static let calendarBatchLimit = 400

    /// 节假日 — the calendar's entries in `year` (Beijing), oldest first; any logged-in account.
    public func calendarEntries(year: Int?, caller: Caller) async throws -> [CalendarEntry] {
        _ = try caller.requireAccount()
        let y = year ?? CalendarDay(clock.now()).year
        guard (1900...2100).contains(y) else { throw EngineError.invalid("year", "must be 1900–2100") }
        return try read { db in
            try self.calendarEntries(db, from: CalendarDay(year: y, month: 1, day: 1), to: CalendarDay(year: y, month: 12, day: 31))
        }
    }

    /// Writes days into the calendar (a day already there is replaced); the provincial office's admin only. Every
    /// bad entry is reported at once.
    public func setCalendarDays(_ days: [CalendarEntryInput], caller: Caller) async throws -> [CalendarEntry] {
        let now = clock.now()
        return try await write { db in
            let principal = try self.requireProvinceOfficeAdmin(db, caller)
            var v: [Violation] = []
            if days.isEmpty || days.count > Self.calendarBatchLimit {
                v.append(Violation(field: "days", reason: "give 1 to \(Self.calendarBatchLimit) days"))
            }
            var seen: [CalendarDay: Int] = [:]
            var entries: [CalendarEntry] = []
            for (i, input) in days.enumerated() {
                let path = "days[\(i)]"
                let name = Validate.text(input.name, field: "\(path).name", max: 50, into: &v)
                guard let day = CalendarDay(parsing: input.date.trimmingCharacters(in: .whitespaces)) else {
                    v.append(Violation(field: "\(path).date", reason: "must be a date written YYYY-MM-DD, e.g. 2026-10-01"))
                    continue
                }
                if let first = seen[day] {
                    v.append(Violation(field: "\(path).date", reason: "repeats days[\(first)] (\(day))"))
                    continue
                }
                seen[day] = i
                if input.kind == .workday && !day.isWeekend {
                    v.append(
                        Violation(
                            field: "\(path).kind",
                            reason: "\(day) is a \(day.weekdayName), a working day already; a workday (调休上班) entry "
                                + "is for a Saturday or Sunday that is worked"))
                }
                entries.append(CalendarEntry(date: day, kind: input.kind, name: name, updatedAt: now))
            }
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            for e in entries.sorted(by: { $0.date < $1.date }) {
                try db.execute(
                    sql: """
                        INSERT INTO calendar_day (date, kind, name, updated_at, updated_by_account_id)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                            updated_at = excluded.updated_at, updated_by_account_id = excluded.updated_by_account_id
                        """,
                    arguments: [e.date.description, e.kind.rawValue, e.name, now, principal.accountID])
            }
            let sorted = entries.sorted { $0.date < $1.date }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "calendar.set", organizationID: principal.organizationID, targetType: "calendar",
                    detail: [
                        "holidays": sorted.filter { $0.kind == .holiday }.map(\.date.description).joined(separator: ","),
                        "workdays": sorted.filter { $0.kind == .workday }.map(\.date.description).joined(separator: ","),
                    ]))
            return sorted
        }
    }

    /// Takes days out of the calendar (they follow the week again); the provincial office's admin only.
    public func removeCalendarDays(_ dates: [String], caller: Caller) async throws -> CalendarRemoval {
        try await write { db in
            let principal = try self.requireProvinceOfficeAdmin(db, caller)
            var v: [Violation] = []
            if dates.isEmpty || dates.count > Self.calendarBatchLimit {
                v.append(Violation(field: "dates", reason: "give 1 to \(Self.calendarBatchLimit) dates"))
            }
            var days: [CalendarDay] = []
            for (i, text) in dates.enumerated() {
                guard let day = CalendarDay(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                    v.append(Violation(field: "dates[\(i)]", reason: "must be a date written YYYY-MM-DD"))
                    continue
                }
                if !days.contains(day) { days.append(day) }
            }
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            var removal = CalendarRemoval(removed: [], missing: [])
            for day in days.sorted() {
                try db.execute(sql: "DELETE FROM calendar_day WHERE date = ?", arguments: [day.description])
                if db.changesCount > 0 { removal.removed.append(day) } else { removal.missing.append(day) }
            }
            if !removal.removed.isEmpty {
                try self.audit(
                    db, caller,
                    AuditEntry(
                        action: "calendar.remove", organizationID: principal.organizationID, targetType: "calendar",
                        detail: ["dates": removal.removed.map(\.description).joined(separator: ",")]))
            }
            return removal
        }
    }

    /// The entries between two days, inclusive.
    func calendarEntries(_ db: Database, from: CalendarDay, to: CalendarDay) throws -> [CalendarEntry] {
        try Row.fetchAll(
            try db.cachedStatement(sql: "SELECT date, kind, name, updated_at FROM calendar_day WHERE date BETWEEN ? AND ? ORDER BY date"),
            arguments: [from.description, to.description]
        ).compactMap { row in
            guard let day = CalendarDay(parsing: row["date"]), let kind = CalendarDayKind(rawValue: row["kind"]) else {
                return nil
            }
            return CalendarEntry(date: day, kind: kind, name: row["name"], updatedAt: row["updated_at"])
        }
    }

    /// The calendar from `from` on, enough for any publicity starting then (30 working days fit in a year).
    func holidayCalendar(_ db: Database, from: CalendarDay) throws -> HolidayCalendar {
        HolidayCalendar(try calendarEntries(db, from: from, to: from.adding(days: 400)))
    }

    /// The years from `from` to `to` for which the calendar holds no entry at all: there, only weekends are
    /// skipped, which is worth saying.
    func yearsWithoutCalendar(_ db: Database, from: CalendarDay, to: CalendarDay) throws -> [Int] {
        try (from.year...max(from.year, to.year)).filter { year in
            try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM calendar_day WHERE date BETWEEN ? AND ?"),
                arguments: ["\(year)-01-01", "\(year)-12-31"]) == 0
        }
    }

    /// The caller must be the admin of the provincial title-reform office (省职改办), which keeps the calendar.
    @discardableResult
    func requireProvinceOfficeAdmin(_ db: Database, _ caller: Caller) throws -> Principal {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin, try organization(db, id: p.organizationID).kind == OrganizationKind.provinceOffice.rawValue
        else {
            throw EngineError.permissionDenied(
                "only the admin of the provincial title-reform office (省职改办) keeps the holiday calendar",
                scope: "admin of the provincial office")
        }
        return p
    }
}

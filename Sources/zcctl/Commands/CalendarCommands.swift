import ArgumentParser
import Foundation
import ZCProtocol

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The holiday calendar (节假日): public holidays and 调休 workdays, for counting working days.",
        subcommands: [CalendarSet.self, CalendarRemove.self, CalendarList.self])

    static func printDays(_ days: [CalendarDayInfo]) {
        guard !days.isEmpty else {
            out("no days")
            return
        }
        var table = TextTable(["日期", "星期", "类型", "名称"])
        for d in days {
            table.add([d.date, d.weekday, d.kind == .holiday ? "放假" : "调休上班", d.name])
        }
        ReviewListing.write(table.render())
    }
}

struct CalendarSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Write days into the calendar (calendar.set; the provincial office's admin).",
        discussion: """
            Either one day with --date, --kind and --name, or many from a JSON file with --file: \
            {"days": [{"date": "2026-10-01", "kind": "holiday", "name": "国庆节"}, …]} (a bare array works too). \
            examples/calendar-2026.json holds the State Council's 2026 arrangement.
            """)
    @OptionGroup var options: GlobalOptions
    @Option(help: "A JSON file of days.") var file: String?
    @Option(help: "The day, YYYY-MM-DD.") var date: String?
    @Option(help: "holiday (放假) or workday (调休上班, a Saturday or Sunday).", transform: { try wireEnum($0) })
    var kind: CalendarDayKind?
    @Option(help: "The holiday's name, e.g. 国庆节.") var name: String?

    func validate() throws {
        if file != nil && (date != nil || kind != nil || name != nil) {
            throw ValidationError("give either --file or --date/--kind/--name")
        }
        if file == nil && (date == nil || kind == nil || name == nil) {
            throw ValidationError("give --file, or all of --date, --kind and --name")
        }
    }

    func run() throws {
        var days: [CalendarDayEntry] = []
        if let file {
            days = try Self.read(file)
        } else if let date, let kind, let name {
            days = [CalendarDayEntry(date: date, kind: kind, name: name)]
        }
        let result = try options.call(SetCalendarDaysRequest(days: days))
        options.emit(result) {
            out("wrote \(result.days.count) day(s)")
            CalendarCommand.printDays(result.days)
        }
    }

    static func read(_ path: String) throws(CLIError) -> [CalendarDayEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .usage("cannot read \(path): \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        if let wrapped = try? decoder.decode(SetCalendarDaysRequest.self, from: data) { return wrapped.days }
        do {
            return try decoder.decode([CalendarDayEntry].self, from: data)
        } catch {
            throw .usage(
                "\(path) is not a calendar file: expected {\"days\": [{\"date\", \"kind\", \"name\"}, …]} (\(error))")
        }
    }
}

struct CalendarRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Take days out of the calendar (calendar.remove).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Days, YYYY-MM-DD.") var dates: [String]

    func validate() throws {
        if dates.isEmpty { throw ValidationError("give at least one date") }
    }

    func run() throws {
        let result = try options.call(RemoveCalendarDaysRequest(dates: dates))
        options.emit(result) {
            out("removed: \(result.removed.isEmpty ? "none" : result.removed.joined(separator: ", "))")
            if !result.missing.isEmpty { out("not in the calendar: \(result.missing.joined(separator: ", "))") }
        }
    }
}

struct CalendarList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the calendar's days of a year (calendar.list).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The year (default: this year).") var year: Int?

    func run() throws {
        let result = try options.call(ListCalendarDaysRequest(year: year))
        options.emit(result) { CalendarCommand.printDays(result.days) }
    }
}

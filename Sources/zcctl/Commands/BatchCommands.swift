import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl batch …` — 申报批次, for title-reform offices.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Declaration batches (申报批次): open, list, show, edit, archive.",
        subcommands: [BatchCreate.self, BatchList.self, BatchShow.self, BatchEdit.self, BatchArchive.self])
}

/// Dates on the command line: `2026-12-01` (Beijing midnight) or a full RFC 3339 time.
func parseTime(_ text: String, field: String) throws -> Date {
    if let d = ISO8601DateFormatter().date(from: text) { return d }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "Asia/Shanghai")
    f.dateFormat = "yyyy-MM-dd"
    if let d = f.date(from: text) { return d }
    f.dateFormat = "yyyy-MM-dd HH:mm"
    if let d = f.date(from: text) { return d }
    throw ValidationError("\(field): give a date as YYYY-MM-DD, 'YYYY-MM-DD HH:MM' (Beijing time) or RFC 3339")
}

/// Times for people: Beijing time.
func beijing(_ date: Date?) -> String {
    guard let date else { return "—" }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "Asia/Shanghai")
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.string(from: date)
}

func printBatches(_ batches: [BatchInfo]) {
    var t = TextTable(["ID", "年度", "名称", "职改办", "系列", "开始", "截止", "状态"])
    for b in batches {
        t.add([
            String(b.id), String(b.year), b.name, b.office.name, b.seriesCodes.joined(separator: ","), beijing(b.opensAt),
            beijing(b.closesAt), b.archived ? "已归档" : (b.open ? "开放" : "未开放/已截止"),
        ])
    }
    FileHandle.standardOutput.write(Data(t.render().utf8))
}

struct BatchCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Open a batch.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Year, e.g. 2026.") var year: Int
    @Option(help: "Name, e.g. 2026年度中小学教师职称申报.") var name: String
    @Option(help: "Series codes, comma-separated (zcctl ref series).") var series: String
    @Option(help: "Opening time.") var opens: String
    @Option(help: "Closing time: no submission after it.") var closes: String

    func run() throws {
        let r = CreateBatchRequest(
            year: year, name: name, seriesCodes: series.split(separator: ",").map(String.init),
            opensAt: try parseTime(opens, field: "--opens"), closesAt: try parseTime(closes, field: "--closes"))
        let b = try options.call(r)
        options.emit(b) { printBatches([b]) }
    }
}

struct BatchList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List batches.")
    @OptionGroup var options: GlobalOptions
    @Option var year: Int?
    @Flag(help: "Only batches accepting submissions now.") var open = false
    @Flag(help: "Include archived batches.") var archived = false
    @Option var offset: Int?
    @Option var limit: Int?

    func run() throws {
        let page = try options.call(
            ListBatchesRequest(
                year: year, openOnly: open, includeArchived: archived, page: PageParams(offset: offset, limit: limit)))
        options.emit(page) {
            printBatches(page.items)
            out("\(page.items.count) of \(page.total)")
        }
    }
}

struct BatchShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a batch.")
    @OptionGroup var options: GlobalOptions
    @Argument var id: Int64

    func run() throws {
        let b = try options.call(ShowBatchRequest(id: id))
        options.emit(b) { printBatches([b]) }
    }
}

struct BatchEdit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a batch (e.g. extend it).")
    @OptionGroup var options: GlobalOptions
    @Argument var id: Int64
    @Option var name: String?
    @Option var series: String?
    @Option var opens: String?
    @Option var closes: String?

    func run() throws {
        let r = EditBatchRequest(
            id: id, name: name, seriesCodes: series.map { $0.split(separator: ",").map(String.init) },
            opensAt: try opens.map { try parseTime($0, field: "--opens") },
            closesAt: try closes.map { try parseTime($0, field: "--closes") })
        let b = try options.call(r)
        options.emit(b) { printBatches([b]) }
    }
}

struct BatchArchive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: "Archive a batch.")
    @OptionGroup var options: GlobalOptions
    @Argument var id: Int64

    func run() throws {
        let b = try options.call(ArchiveBatchRequest(id: id))
        options.emit(b) { printBatches([b]) }
    }
}

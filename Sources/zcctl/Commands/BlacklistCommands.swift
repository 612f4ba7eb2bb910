import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl blacklist list|lift`: 黑名单, for the admins of title-reform offices.
struct Blacklist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist",
        abstract: "List the blacklist (黑名单) entries made at or below your office, or lift one.",
        subcommands: [List.self, Lift.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List blacklist entries, newest first."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "Part of the name, or the start of the ID number.") var query: String?
        @Flag(help: "Include lifted and expired entries.") var all = false
        @Option(help: "Skip this many entries.") var offset: Int?
        @Option(help: "Show at most this many entries (1–500, default 50).") var limit: Int?

        func run() throws {
            let page = try options.call(
                BlacklistListRequest(
                    query: query, activeOnly: all ? false : nil,
                    page: offset == nil && limit == nil ? nil : PageParams(offset: offset, limit: limit)))
            options.emit(page) {
                guard !page.items.isEmpty else {
                    out(page.total == 0 ? "no blacklist entries" : "no entries on this page (\(page.total) in all)")
                    return
                }
                var table = TextTable(["编号", "姓名", "身份证号", "列入单位", "列入时间", "截止", "状态", "原因"])
                for e in page.items {
                    let status = e.lifted.map { "已解除 \(ChinaTimeText.format($0.at))" } ?? (e.active ? "有效" : "已到期")
                    table.add([
                        String(e.id), e.name, e.idNumber, e.organization?.name ?? "", ChinaTimeText.format(e.listedAt),
                        ChinaTimeText.format(e.until), status, e.reason,
                    ])
                }
                FileHandle.standardOutput.write(Data(table.render().utf8))
                out("\(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)")
            }
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lift",
            abstract: "Lift a blacklist entry (解除黑名单); the person may submit again at once.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The entry's number (from `zcctl blacklist list`).") var entry: Int64
        @Option(help: "Why it is lifted (required).") var reason: String

        func run() throws {
            let e = try options.call(BlacklistLiftRequest(entry: entry, reason: reason))
            options.emit(e) {
                out("lifted blacklist entry \(e.id): \(e.name) (\(e.idNumber)) may submit declarations again")
            }
        }
    }
}

import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl audit case|org`: reading the audit trail (审计).
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the audit trail (审计) of a case or of an organisation; nothing can change it.",
        subcommands: [CaseTrail.self, OrganizationTrail.self])

    /// Options both queries take.
    struct Range: ParsableArguments {
        @Option(help: ArgumentHelp("Events from this day (China time) or RFC 3339 time on.", valueName: "date"))
        var from: String?
        @Option(help: ArgumentHelp("Events up to this day, included, or before this RFC 3339 time.", valueName: "date"))
        var to: String?
        @Option(help: "Skip this many events (newest first).") var offset: Int?
        @Option(help: "Show at most this many events (1–500, default 50).") var limit: Int?

        func dates() throws(CLIError) -> (Date?, Date?) {
            var result: (Date?, Date?) = (nil, nil)
            if let from {
                guard let d = ChinaTimeText.parse(from) else { throw .usage("--from: give YYYY-MM-DD or an RFC 3339 time") }
                result.0 = d
            }
            if let to {
                guard let d = ChinaTimeText.parse(to, endOfDay: true) else {
                    throw .usage("--to: give YYYY-MM-DD or an RFC 3339 time")
                }
                result.1 = d
            }
            return result
        }

        var page: PageParams? { offset == nil && limit == nil ? nil : PageParams(offset: offset, limit: limit) }
    }

    struct CaseTrail: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case", abstract: "The audit trail of one case, newest first.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The case (application id).") var application: Int64
        @OptionGroup var range: Range

        func run() throws {
            let (from, to) = try range.dates()
            let page = try options.call(AuditCaseRequest(application: application, from: from, to: to, page: range.page))
            options.emit(page) { Audit.print(page) }
        }
    }

    struct OrganizationTrail: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "org", abstract: "The audit trail of an organisation, newest first.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The organisation's code (机构编码).") var code: String
        @Option(help: "Only this action (review.pass) or family (review.*).") var action: String?
        @Flag(help: "Also the events of every organisation below it.") var subtree = false
        @OptionGroup var range: Range

        func run() throws {
            let (from, to) = try range.dates()
            let page = try options.call(
                AuditOrganizationRequest(
                    code: code, from: from, to: to, action: action, subtree: subtree ? true : nil, page: range.page))
            options.emit(page) { Audit.print(page) }
        }
    }

    static func print(_ page: Page<AuditEventInfo>) {
        guard !page.items.isEmpty else {
            out(page.total == 0 ? "no audit events" : "no audit events on this page (\(page.total) in all)")
            return
        }
        var table = TextTable(["时间", "操作", "结果", "操作人", "单位", "案件", "意见", "详情"])
        for e in page.items {
            table.add([
                ChinaTimeText.format(e.at), e.action, e.outcome,
                e.actor.map { a in a.name.map { "\($0) (\(a.account))" } ?? a.account } ?? "uid \(e.peer.uid)",
                e.organization?.name ?? "", e.case.map { String($0) } ?? "", e.opinion ?? "",
                e.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "),
            ])
        }
        FileHandle.standardOutput.write(Data(table.render().utf8))
        out("\(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)")
    }
}

import ArgumentParser
import Foundation
import ZCProtocol

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "推送评委会 / 委托代评: hand cases over to a committee after their publicity.",
        subcommands: [RouteDecide.self, RouteQueue.self])

    static func printCases(_ page: Page<RoutingCaseInfo>, routed: Bool) {
        if !page.items.isEmpty {
            var table = TextTable(
                routed
                    ? ["案件", "姓名", "单位", "资格", "方式", "评委会", "推送单位", "推送时间"]
                    : ["案件", "姓名", "单位", "资格", "公示", "公示截止"])
            for c in page.items {
                if routed {
                    table.add([
                        String(c.application), c.applicant.name, c.employer.name, c.qualificationName,
                        c.routing.map(modeName) ?? "", c.committeeName ?? "", c.routedBy?.name ?? "",
                        ReviewListing.beijing(c.routedAt),
                    ])
                } else {
                    table.add([
                        String(c.application), c.applicant.name, c.employer.name, c.qualificationName,
                        c.publicity.map { "#\($0.id) \($0.title)" } ?? "", ReviewListing.beijing(c.publicity?.endsAt),
                    ])
                }
            }
            ReviewListing.write(table.render())
        }
        out(pageFooter(page, noun: "cases"))
    }

    static func modeName(_ m: RoutingMode) -> String { m == .normal ? "正常评审" : "委托代评" }
}

struct RouteDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Route cases whose publicity has ended (route.decide; the office's leader).",
        discussion: """
            Each case is decided on its own; the command exits 1 when any case could not be routed. \
            Entrusting (委托代评) needs review.entrustIntermediate or review.entrustSenior by the committee's level.
            """)
    @OptionGroup var options: GlobalOptions
    @Option(help: "normal (正常评审) or entrusted (委托代评).", transform: { try wireEnum($0) })
    var mode: RoutingMode
    @Option(help: "The committee's code; required to entrust, for normal review when several committees fit.")
    var committee: String?
    @Option(help: "领导意见.") var opinion: String?
    @Argument(help: "The cases (application ids).") var cases: [Int64]

    func validate() throws {
        if cases.isEmpty { throw ValidationError("give at least one case") }
        if mode == .entrusted && committee == nil { throw ValidationError("--mode entrusted needs --committee") }
    }

    func run() throws {
        let result = try options.call(
            DecideRouteRequest(
                items: cases.map(RouteItem.init), mode: mode, committee: committee, opinion: opinion))
        options.emit(result) {
            var table = TextTable(["案件", "结果", "评委会", "说明"])
            for r in result.results {
                if let c = r.routed, r.ok {
                    table.add([
                        String(r.application), c.routing.map(RouteCommand.modeName) ?? "已推送",
                        "\(c.committeeName ?? "") (\(c.committeeCode ?? ""))", "",
                    ])
                } else {
                    table.add([String(r.application), "未推送", "", r.error.map { "\($0.message) [\($0.data.name)]" } ?? ""])
                }
            }
            ReviewListing.write(table.render())
            out("routed \(result.routed), not routed \(result.failed)")
        }
        if result.failed > 0 { throw ExitCode(1) }
    }
}

struct RouteQueue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Cases of your organisation waiting for routing (route.queue).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var page: ListPageOptions

    func run() throws {
        let result = try options.call(RouteQueueRequest(page: page.params))
        options.emit(result) { RouteCommand.printCases(result, routed: false) }
    }
}

/// `zcctl committee cases`: the committee's hand-over list (交接清单).
struct CommitteeCases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases", abstract: "The cases handed over to a committee (committee.cases).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The committee's code.") var committee: String
    @OptionGroup var page: ListPageOptions

    func run() throws {
        let result = try options.call(CommitteeCasesRequest(committee: committee, page: page.params))
        options.emit(result) { RouteCommand.printCases(result, routed: true) }
    }
}

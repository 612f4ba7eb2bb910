import ArgumentParser
import Foundation
import ZCProtocol

struct PublicityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publicity",
        abstract: "结果公示: publish reviewed cases, record and resolve objections (异议).",
        subcommands: [
            PublicityCreate.self, PublicityList.self, PublicityShow.self, PublicityObjection.self,
            PublicityResolve.self,
        ])

    static func printDetails(_ p: PublicityInfo) {
        out("公示 #\(p.id)  \(p.title)")
        out("机构: \(p.organization.name) (\(p.organization.code))")
        out("公示期: \(p.startsOn) 至 \(p.endsOn)（\(p.workingDays)个工作日，截止 \(ReviewListing.beijing(p.endsAt))）")
        out("状态: \(p.state == .open ? "公示中 (open)" : "已结束 (ended)")")
        for n in p.notices { out("注意: \(n)") }
        out()
        var cases = TextTable(["案件", "姓名", "单位", "资格", "状态", "待处理异议"])
        for c in p.cases {
            cases.add([
                String(c.application), c.applicant.name, c.employer.name, c.qualificationName, c.stateName,
                String(c.pendingObjections),
            ])
        }
        ReviewListing.write(cases.render())
        guard !p.objections.isEmpty else { return }
        out()
        printObjections(p.objections)
    }

    static func printObjections(_ objections: [ObjectionInfo]) {
        var table = TextTable(["异议", "案件", "姓名", "来源", "内容", "状态", "处理意见"])
        for o in objections {
            table.add([
                String(o.id), String(o.application), o.applicantName, o.source ?? "", o.content,
                o.stateName + (o.outcome.map { $0 == .return ? "（退回修改）" : "（审查不通过）" } ?? ""), o.reason ?? "",
            ])
        }
        ReviewListing.write(table.render())
    }
}

struct PublicityCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Publish cases waiting for publicity at your organisation (publicity.create; 结果公示处理).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The list's title, e.g. 2026年度中小学教师高级职称资格审查结果公示.") var title: String
    @Option(name: .customLong("starts-on"), help: "First day, YYYY-MM-DD (default today).") var startsOn: String?
    @Option(name: .customLong("working-days"), help: "Length in working days, 1–30 (default 5).") var workingDays: Int?
    @Argument(help: "The cases (application ids).") var cases: [Int64]

    func validate() throws {
        if cases.isEmpty { throw ValidationError("give at least one case") }
    }

    func run() throws {
        let p = try options.call(
            CreatePublicityRequest(title: title, cases: cases, startsOn: startsOn, workingDays: workingDays))
        options.emit(p) { PublicityCommand.printDetails(p) }
    }
}

struct PublicityList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List your organisation's publicities (publicity.list).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "open or ended.", transform: { try wireEnum($0) }) var state: PublicityState?
    @OptionGroup var page: ListPageOptions

    func run() throws {
        let result = try options.call(ListPublicitiesRequest(state: state, page: page.params))
        options.emit(result) {
            var table = TextTable(["公示", "标题", "开始", "结束", "状态", "案件", "待处理异议"])
            for p in result.items {
                table.add([
                    String(p.id), p.title, p.startsOn, p.endsOn, p.state == .open ? "公示中" : "已结束",
                    String(p.caseCount), String(p.pendingObjections),
                ])
            }
            if !result.items.isEmpty { ReviewListing.write(table.render()) }
            out(pageFooter(result, noun: "publicities"))
        }
    }
}

struct PublicityShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a publicity with its cases and objections (publicity.show).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The publicity's id.") var id: Int64

    func run() throws {
        let p = try options.call(ShowPublicityRequest(id: id))
        options.emit(p) { PublicityCommand.printDetails(p) }
    }
}

struct PublicityObjection: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objection",
        abstract: "Record an objection (异议) against a case while its publicity is open (publicity.objection).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The publicity's id.") var publicity: Int64
    @Option(help: "The case (application id).") var application: Int64
    @Option(help: "What the objection says.") var content: String
    @Option(help: "How it arrived: 来信, 来电, 来访 …") var source: String?

    func run() throws {
        let o = try options.call(
            RecordObjectionRequest(publicity: publicity, application: application, content: content, source: source))
        options.emit(o) {
            out("recorded objection #\(o.id) against case \(o.application) (\(o.applicantName))")
        }
    }
}

struct PublicityResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve an objection: upheld (the case is returned or not passed) or dismissed (publicity.resolveObjection).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The objection's id.") var objection: Int64
    @Option(help: "upheld (异议成立) or dismissed (异议不成立).", transform: { try wireEnum($0) })
    var decision: ObjectionDecision
    @Option(help: "Why; the applicant sees it.") var reason: String
    @Option(help: "When upheld: return (退回修改) or reject (审查不通过).", transform: { try wireEnum($0) })
    var outcome: ObjectionOutcome?
    @Option(
        name: .customLong("section"), help: "With return: a section the applicant must change; repeat for each.",
        transform: { try wireEnum($0) })
    var sections: [SectionKey] = []

    func run() throws {
        let o = try options.call(
            ResolveObjectionRequest(
                objection: objection, decision: decision, reason: reason, outcome: outcome,
                sections: sections.isEmpty ? nil : sections))
        options.emit(o) {
            out("objection #\(o.id): \(o.stateName)")
            PublicityCommand.printObjections([o])
        }
    }
}

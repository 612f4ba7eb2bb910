import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl review …` — 资格审查 for handlers and leaders.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Qualification review (资格审查): queue, show, pass, return, reject, blacklist.",
        subcommands: [ReviewQueue.self, ReviewShow.self, ReviewPass.self, ReviewReturn.self, ReviewReject.self, ReviewBlacklist.self])
}

func printCases(_ cases: [CaseInfo]) {
    var t = TextTable(["CASE", "STEP", "姓名", "身份证号", "工作单位", "申报资格", "状态", "等待自"])
    for c in cases {
        t.add([
            String(c.application), String(c.step), c.applicant.name, c.applicant.idNumber, c.employer.name,
            "\(c.qualificationName)(\(c.levelName))", c.stateName + (c.stage.map { $0 == .handler ? "·经办人" : "·领导" } ?? ""),
            beijing(c.waitingSince),
        ])
    }
    FileHandle.standardOutput.write(Data(t.render().utf8))
}

/// 环节 for people.
func stageName(_ entry: HistoryEntryInfo) -> String {
    guard entry.kind == .review else { return "提交" }
    switch entry.stage {
    case .handler: return "经办人审查"
    case .leader: return "领导审查"
    case .publicity: return "结果公示"
    case .routing: return "推送评委会"
    case nil: return "—"
    }
}

func printHistory(_ history: [HistoryEntryInfo]) {
    var t = TextTable(["时间", "轮次", "单位", "环节", "审查人", "结果", "意见"])
    for h in history {
        t.add([
            beijing(h.at), String(h.round), h.organization?.name ?? "—", stageName(h),
            h.reviewer ?? "—", h.outcomeName ?? (h.kind == .submitted ? "已提交" : "—"),
            (h.opinion ?? "") + (h.sections.isEmpty ? "" : " [" + h.sections.map(\.rawValue).joined(separator: ",") + "]"),
        ])
    }
    FileHandle.standardOutput.write(Data(t.render().utf8))
}

/// `CASE` or `CASE:STEP`. Without a step, the case's current step is fetched first.
struct CaseArgument {
    var application: Int64
    var step: Int?

    init(_ text: String) throws {
        let parts = text.split(separator: ":")
        guard let id = parts.first.flatMap({ Int64($0) }), parts.count <= 2 else {
            throw ValidationError("a case is CASE or CASE:STEP, e.g. 42 or 42:3")
        }
        application = id
        step = parts.count == 2 ? Int(parts[1]) : nil
    }

    func resolved(_ options: GlobalOptions) throws -> CaseStep {
        if let step { return CaseStep(application: application, step: step) }
        return CaseStep(application: application, step: try options.call(ReviewGetRequest(application: application)).step)
    }
}

struct ReviewQueue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Cases waiting for you, longest waiting first."
    )
    @OptionGroup var options: GlobalOptions
    @Option var batch: Int64?
    @Option var series: String?
    @Option(help: "yuan, zhuli, zhongji, fugao or zhenggao.") var level: String?

    func validate() throws {
        if let level, TitleLevel(rawValue: level) == nil {
            throw ValidationError("--level must be one of yuan, zhuli, zhongji, fugao, zhenggao")
        }
    }
    @Option(help: "Part of a name, or the start of an ID number.") var query: String?
    @Option var offset: Int?
    @Option var limit: Int?

    func run() throws {
        let page = try options.call(
            ReviewQueueRequest(batch: batch, series: series, level: level.flatMap(TitleLevel.init(rawValue:)), query: query, page: PageParams(offset: offset, limit: limit)))
        options.emit(page) {
            printCases(page.items)
            out("\(page.items.count) of \(page.total)")
        }
    }
}

struct ReviewShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Open the submitted declaration of a case."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var application: Int64

    func run() throws {
        try showDocument(options, method: ReviewShowRequest.method, application: application)
    }
}

struct ReviewPass: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pass",
        abstract: "Pass one or many cases (CASE or CASE:STEP)."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var cases: [String]
    @Option(help: "审查意见 (optional for a pass).") var opinion: String?

    func run() throws {
        let items = try cases.map { try CaseArgument($0).resolved(options) }
        let results = try options.call(ReviewPassRequest(items: items, opinion: opinion))
        options.emit(results) {
            for r in results {
                out("\(r.application): " + (r.ok ? "passed → \(r.case?.stateName ?? "")" : "refused: \(r.error?.message ?? "")"))
            }
        }
        if results.contains(where: { !$0.ok }) { throw ExitCode(1) }
    }
}

struct ReviewReturn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "Return a case to the applicant with the sections to change."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var caseID: String
    @Option(help: "Sections to change, comma-separated, e.g. basicInfo,education.") var sections: String
    @Option(help: "Why (required).") var opinion: String

    func run() throws {
        let c = try CaseArgument(caseID).resolved(options)
        var keys: [SectionKey] = []
        for s in sections.split(separator: ",") {
            guard let k = SectionKey(rawValue: String(s)) else { throw CLIError.usage("unknown section \(s)") }
            keys.append(k)
        }
        let r = try options.call(ReviewReturnRequest(application: c.application, step: c.step, sections: keys, opinion: opinion))
        options.emit(r) { printCases([r]) }
    }
}

struct ReviewReject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Do not pass a case (final for the batch)."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var caseID: String
    @Option(help: "Why (required).") var opinion: String

    func run() throws {
        let c = try CaseArgument(caseID).resolved(options)
        let r = try options.call(ReviewRejectRequest(application: c.application, step: c.step, opinion: opinion))
        options.emit(r) { printCases([r]) }
    }
}

struct ReviewBlacklist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist",
        abstract: "Blacklist the applicant for three years."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var caseID: String
    @Option(help: "Why (required).") var opinion: String

    func run() throws {
        let c = try CaseArgument(caseID).resolved(options)
        let r = try options.call(ReviewBlacklistRequest(application: c.application, step: c.step, opinion: opinion))
        options.emit(r) { printCases([r]) }
    }
}

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The history of a case: submissions and every review step."
    )
    @OptionGroup var options: GlobalOptions
    @Argument var application: Int64

    func run() throws {
        let h = try options.call(HistoryRequest(application: application))
        options.emit(h) { printHistory(h) }
    }
}

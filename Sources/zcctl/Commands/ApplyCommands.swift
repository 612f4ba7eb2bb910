import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl apply …` — the applicant's declaration (申报).
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Your declaration (申报): start, set sections, show, submit, withdraw, status.",
        subcommands: [
            ApplyStart.self, ApplyList.self, ApplySet.self, ApplyGet.self, ApplyShow.self, ApplySubmit.self,
            ApplyWithdraw.self, ApplyStatus.self,
        ])
}

/// `--application`, defaulting to the caller's only declaration.
struct ApplicationOption: ParsableArguments {
    @Option(name: .customLong("application"), help: "The declaration's id (default: your only one).")
    var id: Int64?

    func resolve(_ options: GlobalOptions) throws -> Int64 {
        if let id { return id }
        let mine = try options.call(ListApplicationsRequest())
        guard mine.count == 1, let only = mine.first else {
            throw CLIError.usage(
                mine.isEmpty ? "you have no declaration; start one with zcctl apply start"
                    : "you have \(mine.count) declarations; choose one with --application ID (zcctl apply list)")
        }
        return only.id
    }
}

func printApplication(_ a: ApplicationInfo) {
    out("申报 \(a.id)  \(a.batch.name)")
    out("申报人:   \(a.applicant.name) (\(a.applicant.idNumber))  \(a.employer.name)")
    out("申报资格: \(a.seriesName) · \(a.qualificationName) (\(a.levelName)) · \(a.declaration.specialty)")
    out("状态:     \(a.stateName)" + (a.round > 0 ? "  第\(a.round)次提交" : ""))
    if let at = a.reviewAt {
        out("审查:     \(at.name) (\(at.code))" + (a.reviewStage.map { $0 == .handler ? " · 经办人审查" : " · 领导审查" } ?? ""))
    }
    if !a.returnedSections.isEmpty {
        out("退回修改: \(a.returnedSections.map(\.rawValue).joined(separator: ", "))")
        if let reason = a.returnReason { out("退回原因: \(reason)") }
    }
    out("已保存:   \(a.sections.map { "\($0.section.rawValue)#\($0.revision)" }.joined(separator: " "))")
}

struct ApplyStart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a declaration in a batch.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The batch id (zcctl batch list --open).") var batch: Int64
    @Option(help: "Series code (zcctl ref series).") var series: String?
    @Option(help: "Qualification code (zcctl ref qualifications SERIES).") var qualification: String?
    @Option(help: "Specialty (申报专业).") var specialty: String?
    @Option(help: "Route: normal, transfer, oneStep, greenChannel, exceptional, highSkill.") var route = "normal"
    @Option(help: "Review method: review or selfReview.") var method = "review"
    @Option(help: "Read the 申报信息 from a JSON file instead (- for stdin).") var file: String?

    func run() throws {
        let declaration: DeclarationInfo
        if let file {
            declaration = try readJSON(DeclarationInfo.self, file)
        } else {
            guard let series, let qualification, let specialty else {
                throw CLIError.usage("give --series, --qualification and --specialty, or --file")
            }
            guard let r = DeclarationRoute(rawValue: route), let m = ReviewMethod(rawValue: method) else {
                throw CLIError.usage("unknown --route or --method")
            }
            declaration = DeclarationInfo(
                reviewMethod: m, route: r, seriesCode: series, qualificationCode: qualification, specialty: specialty)
        }
        let a = try options.call(StartApplicationRequest(batch: batch, declaration: declaration))
        options.emit(a) { printApplication(a) }
    }
}

struct ApplyList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List your declarations.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let list = try options.call(ListApplicationsRequest())
        options.emit(list) {
            var t = TextTable(["ID", "批次", "资格", "状态", "更新"])
            for a in list { t.add([String(a.id), a.batch.name, a.qualificationName, a.stateName, beijing(a.updatedAt)]) }
            FileHandle.standardOutput.write(Data(t.render().utf8))
        }
    }
}

/// Reads a JSON file (or stdin for `-`).
func readBytes(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.usage("cannot read \(path)") }
    return Array(data)
}

func readJSON<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
    do {
        return try ZCJSON.decode(type, from: try readBytes(path))
    } catch let e as CLIError {
        throw e
    } catch {
        throw CLIError.usage("\(path) does not hold a valid \(T.self): \(error)")
    }
}

struct ApplySet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Save one section from a JSON file.",
        discussion: "SECTION is one of: \(DocumentPrinter.sectionOrder.joined(separator: ", ")). The file holds the section's content object (see examples/declaration/).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption
    @Argument(help: "The section, e.g. basicInfo.") var section: String
    @Option(help: "The section's content as JSON (- for stdin).") var file: String

    func run() throws {
        guard DocumentPrinter.sectionOrder.contains(section) else {
            throw CLIError.usage("unknown section \(section); one of \(DocumentPrinter.sectionOrder.joined(separator: ", "))")
        }
        let content = try readBytes(file)
        guard content.withUnsafeBytes({ try? JSONScanner.validate($0) }) == .object else {
            throw CLIError.usage("\(file) must hold one JSON object")
        }
        let id = try application.resolve(options)
        let method = "application.save" + section.prefix(1).uppercased() + section.dropFirst()
        let params = Array(#"{"application":\#(id),"\#(section)":"#.utf8) + content + [UInt8(ascii: "}")]
        let client = try options.connect()
        defer { client.close() }
        let outcome: ParsedResponse.Outcome
        do {
            outcome = try client.callRaw(method: method, params: params)
        } catch {
            throw options.translate(error, client: client)
        }
        switch outcome {
        case .failure(let e): throw CLIError.remote(e, json: options.json)
        case .success(let bytes):
            let saved = try ZCJSON.decode(SaveSectionResult.self, from: bytes)
            options.emit(saved) {
                out("saved \(section) (revision \(saved.revision))")
                for n in saved.notices { out("notice: \(n)") }
            }
        }
    }
}

struct ApplyGet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one section as saved.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption
    @Argument var section: String

    func run() throws {
        guard let key = SectionKey(rawValue: section) else { throw CLIError.usage("unknown section \(section)") }
        let r = try options.call(ReadSectionRequest(application: try application.resolve(options), section: key))
        options.emit(r) {
            out((try? ZCJSON.encodePretty(r.content)) ?? "")
            for n in r.notices { out("notice: \(n)") }
        }
    }
}

/// Shows a document: raw JSON with --json, readable text otherwise.
func showDocument(_ options: GlobalOptions, method: String, application: Int64) throws {
    let client = try options.connect()
    defer { client.close() }
    let outcome: ParsedResponse.Outcome
    do {
        outcome = try client.callRaw(method: method, params: Array(#"{"application":\#(application)}"#.utf8))
    } catch {
        throw options.translate(error, client: client)
    }
    switch outcome {
    case .failure(let e): throw CLIError.remote(e, json: options.json)
    case .success(let bytes):
        if options.json {
            FileHandle.standardOutput.write(Data(bytes + [0x0A]))
        } else {
            let document: AnyJSON
            do {
                document = try ZCJSON.decode(AnyJSON.self, from: bytes)
            } catch {
                throw CLIError.local("unreadable document from zcd: \(error)")
            }
            FileHandle.standardOutput.write(Data(DocumentPrinter.render(document).utf8))
        }
    }
}

struct ApplyShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the whole declaration.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption

    func run() throws {
        try showDocument(options, method: ShowApplicationRequest.method, application: try application.resolve(options))
    }
}

struct ApplySubmit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "Submit: every missing item is listed at once if it is not complete.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption

    func run() throws {
        let a = try options.call(SubmitApplicationRequest(application: try application.resolve(options)))
        options.emit(a) { printApplication(a) }
    }
}

struct ApplyWithdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Withdraw a submission (until the first reviewer acts).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption

    func run() throws {
        let a = try options.call(WithdrawApplicationRequest(application: try application.resolve(options)))
        options.emit(a) { printApplication(a) }
    }
}

struct ApplyStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where your declaration stands, and its history."
    )
    @OptionGroup var options: GlobalOptions
    @OptionGroup var application: ApplicationOption

    func run() throws {
        let id = try application.resolve(options)
        let a = try options.call(GetApplicationRequest(application: id))
        let history = try options.call(HistoryRequest(application: id))
        struct Status: Encodable { var application: ApplicationInfo; var history: [HistoryEntryInfo] }
        options.emit(Status(application: a, history: history)) {
            printApplication(a)
            out()
            printHistory(history)
        }
    }
}

import ArgumentParser
import Foundation
import Glibc
import ZCProtocol

/// `zcctl export`: 资格审查名单导出, written to a file chunk by chunk.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a batch's review list (资格审查名单) as CSV or .xlsx (leaders with review.exportList).",
        discussion: """
            The file is written chunk by chunk to FILE.part and renamed to FILE when complete, so FILE is never \
            half-written. A progress bar goes to standard error when it is a terminal. With --json, a summary is \
            printed at the end.
            """)
    @OptionGroup var options: GlobalOptions
    @Option(help: "The batch (申报批次) id.") var batch: Int64
    @Option(help: "csv or xlsx (default: from the file's extension, else xlsx).") var format: String?
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "file")) var output: String
    @Option(help: "Only this series (评审系列 code).") var series: String?
    @Option(help: "Only this level: yuan, zhuli, zhongji, fugao, zhenggao.", transform: wireEnum)
    var level: TitleLevel?
    @Option(
        help: "Only this state: submitted, returned, rejected, blacklisted, awaitingPublicity, inPublicity, atCommittee.",
        transform: wireEnum)
    var state: ApplicationState?
    @Option(help: "Part of the applicant's name, or the start of the ID number.") var query: String?
    @Flag(help: "Replace the file if it exists.") var force = false
    @Flag(help: "No progress bar.") var quiet = false

    struct Summary: Encodable {
        var export: String
        var file: String
        var format: ExportFormat
        var rows: Int
        var bytes: Int
        var seconds: Double
    }

    func run() throws {
        let fileFormat = try chosenFormat()
        if FileManager.default.fileExists(atPath: output) && !force {
            throw CLIError.usage("\(output) exists; give --force to replace it")
        }
        let client = try options.connect()
        defer { client.close() }
        let started = Date()
        let begun = try options.call(
            ExportBeginRequest(
                format: fileFormat, batch: batch, series: series, level: level, state: state, query: query),
            on: client)
        let partial = output + ".part"
        guard FileManager.default.createFile(atPath: partial, contents: nil),
            let file = FileHandle(forWritingAtPath: partial)
        else {
            _ = try? options.call(ExportCancelRequest(export: begun.export), on: client)
            throw CLIError.local("cannot write \(partial): \(String(cString: strerror(errno)))")
        }
        var progress = ExportProgress(total: begun.rows, enabled: !quiet && !options.json && isatty(STDERR_FILENO) == 1)
        var last = ExportChunkInfo(data: "", done: false, rowsWritten: 0, bytesWritten: 0)
        do {
            while !last.done {
                last = try options.call(ExportNextRequest(export: begun.export), on: client)
                guard let bytes = Data(base64Encoded: last.data) else {
                    throw CLIError.local("zcd sent a chunk that is not base64")
                }
                try write(bytes, to: file, path: partial)
                progress.update(rows: last.rowsWritten, bytes: last.bytesWritten)
            }
            try file.close()
            if force { try? FileManager.default.removeItem(atPath: output) }
            try FileManager.default.moveItem(atPath: partial, toPath: output)
        } catch {
            progress.finish()
            try? file.close()
            try? FileManager.default.removeItem(atPath: partial)
            if !last.done { _ = try? options.call(ExportCancelRequest(export: begun.export), on: client) }
            if let e = error as? CLIError { throw e }
            throw CLIError.local("cannot write \(output): \(error.localizedDescription)")
        }
        progress.finish()
        let summary = Summary(
            export: begun.export, file: output, format: fileFormat, rows: last.rowsWritten, bytes: last.bytesWritten,
            seconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000)
        options.emit(summary) {
            out("wrote \(output): \(last.rowsWritten) cases, \(ExportProgress.size(last.bytesWritten)) in "
                + String(format: "%.1f s", summary.seconds) + " (suggested name: \(begun.fileName))")
        }
    }

    private func chosenFormat() throws(CLIError) -> ExportFormat {
        if let format {
            guard let f = ExportFormat(rawValue: format.lowercased()) else {
                throw .usage("--format: give csv or xlsx")
            }
            return f
        }
        return output.lowercased().hasSuffix(".csv") ? .csv : .xlsx
    }

    private func write(_ bytes: Data, to file: FileHandle, path: String) throws(CLIError) {
        do {
            try file.write(contentsOf: bytes)
        } catch {
            throw .local("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

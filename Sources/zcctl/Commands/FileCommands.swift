import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl file …`: an applicant's evidence files (材料).
struct FileCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Upload, list, download and delete the evidence files (材料) of a declaration.",
        discussion: """
            Files are PDF, JPEG or PNG, decided from their content. To replace a file while the declaration is a \
            draft: upload the new one, save the section with the new file id, then delete the old one.
            """,
        subcommands: [FileUpload.self, FileList.self, FileDownload.self, FileDelete.self])
}

struct FileUpload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload a file to a draft declaration and print its file id.",
        discussion: """
            The SHA-256 is computed here and checked by the daemon. An interrupted upload resumes where it stopped \
            when the same file is uploaded again; a file stored before is added at once. A progress bar is shown \
            on standard error when it is a terminal.
            """)
    @OptionGroup var options: GlobalOptions
    @Option(name: .long, help: "The declaration's id.") var application: Int64
    @Option(name: .long, help: "The name to store (default: the file's own name).") var name: String?
    @Argument(help: "The file (PDF, JPEG or PNG).") var file: String

    func run() throws {
        let client = try options.connect()
        defer { client.close() }
        let bar = ProgressBar(label: name ?? (file as NSString).lastPathComponent)
        let info: FileInfo
        do {
            info = try FileTransfer.upload(
                client, application: application, path: file, name: name, progress: bar.update)
        } catch {
            bar.end()
            throw options.translate(error, client: client)
        }
        bar.end()
        options.emit(info) {
            out(String(info.id))
            if isatty(STDERR_FILENO) == 1 {
                err(
                    "\(info.name): stored as file \(info.id) "
                        + "(\(info.mediaType.rawValue), \(ByteText.format(info.size)))")
            }
        }
    }
}

struct FileList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a declaration's files and the sections that refer to each.")
    @OptionGroup var options: GlobalOptions
    @Option(name: .long, help: "The declaration's id.") var application: Int64

    func run() throws {
        let files = try options.call(ListFilesRequest(application: application))
        options.emit(files) {
            guard !files.isEmpty else {
                out("no files")
                return
            }
            var table = TextTable(["ID", "NAME", "TYPE", "SIZE", "UPLOADED", "REFERRED TO BY"])
            for f in files {
                table.add([
                    String(f.id), f.name, f.mediaType.rawValue, ByteText.format(f.size),
                    ISO8601DateFormatter().string(from: f.uploadedAt),
                    f.referencedBy.isEmpty ? "-" : f.referencedBy.joined(separator: ", "),
                ])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
        }
    }
}

struct FileDownload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download", abstract: "Download a file and check its SHA-256.")
    @OptionGroup var options: GlobalOptions
    @Option(name: [.short, .long], help: "Where to write it (default: its stored name, in this folder).")
    var output: String?
    @Flag(name: .long, help: "Replace the output file if it exists.") var force = false
    @Argument(help: "The file id.") var file: Int64

    func run() throws {
        let client = try options.connect()
        defer { client.close() }
        var path = output
        if path == nil {
            // The stored name is a name, never a path: only its last component is used.
            let head = try options.call(DownloadFileRequest(file: file, offset: 0, length: 1), on: client)
            let base = (head.name as NSString).lastPathComponent
            path = base.isEmpty || base == "." || base == ".." ? "file-\(file)" : base
        }
        guard let path else { return }
        if !force && FileManager.default.fileExists(atPath: path) {
            throw CLIError.usage("\(path) exists; use --force to replace it, or --output PATH")
        }
        let bar = ProgressBar(label: path)
        let done: DownloadedFile
        do {
            done = try FileTransfer.download(client, file: file, to: path, progress: bar.update)
        } catch {
            bar.end()
            throw options.translate(error, client: client)
        }
        bar.end()
        options.emit(done) {
            out(
                "\(done.path): \(done.mediaType.rawValue), \(ByteText.format(done.size)), "
                    + "sha256 \(done.sha256) (checked)")
        }
    }
}

struct FileDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a file from a draft declaration (refused while a saved section refers to it).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The file id.") var file: Int64

    func run() throws {
        _ = try options.call(DeleteFileRequest(file: file))
        options.emit(Empty()) { out("deleted file \(file)") }
    }
}

extension GlobalOptions {
    func translate(_ error: FileTransferError, client: ZCClient) -> CLIError {
        switch error {
        case .client(let e): translate(e, client: client)
        case .local(let m): .local(m)
        }
    }
}

/// `1.5 MiB (1572864 bytes)`-style sizes for people.
enum ByteText {
    static func format(_ n: Int64) -> String {
        if n < 1024 { return "\(n) B" }
        if n < 1 << 20 { return String(format: "%.1f KiB", Double(n) / 1024) }
        return String(format: "%.1f MiB", Double(n) / 1_048_576)
    }
}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false

    init(label: String) { self.label = label }

    func update(_ done: Int64, _ total: Int64) {
        guard enabled else { return }
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let width = 30
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = "\r\(label) [\(bar)] \(Int(fraction * 100))% \(ByteText.format(done)) / \(ByteText.format(total))"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func end() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}

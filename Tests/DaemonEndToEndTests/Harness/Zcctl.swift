import Foundation
import Glibc

/// What one run of the `zcctl` binary printed and how it ended.
struct CommandOutput: CustomStringConvertible {
    var stdout: String
    var stderr: String
    var status: Int32

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the built `zcctl` with a config home of its own, so that saved sessions never touch the real home.
struct Zcctl {
    /// Holds `zcctl/session`.
    let configHome: String
    /// Passed as `--socket` after the subcommand (zcctl's global options follow the subcommand), when set.
    var socket: String?

    init(folder: TempFolder, socket: String?) {
        configHome = folder.file("config")
        self.socket = socket
    }

    /// `zcctl ARGS [--socket S] [--json]`, with `stdin` as standard input.
    func run(
        _ arguments: [String], json: Bool = false, stdin: String = "", environment: [String: String] = [:]
    ) throws -> CommandOutput {
        var args = arguments
        if let socket { args += ["--socket", socket] }
        if json { args.append("--json") }
        return try Self.runBinary(
            try Binaries.zcctl, args, stdin: stdin,
            environment: ["XDG_CONFIG_HOME": configHome, "HOME": configHome].merging(environment) { _, new in new })
    }

    /// Runs `path` with `arguments`, capturing stdout and stderr in files (no pipe can fill up and block it).
    static func runBinary(
        _ path: String, _ arguments: [String], stdin: String, environment: [String: String], seconds: Double = 60
    ) throws -> CommandOutput {
        let folder = try TempFolder()
        let outPath = folder.file("stdout")
        let errPath = folder.file("stderr")
        let inPath = try folder.write("stdin", stdin)
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = Binaries.cleanEnvironment(environment)
        process.standardInput = FileHandle(forReadingAtPath: inPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        guard waitUntil(seconds: seconds, { !process.isRunning }) else {
            kill(process.processIdentifier, SIGKILL)
            _ = waitUntil(seconds: 10) { !process.isRunning }
            throw HarnessError("\(path) \(arguments) did not finish within \(seconds) s")
        }
        let status =
            process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return CommandOutput(
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            status: status)
    }
}

import Foundation
import Glibc
import Testing
import ZCProtocol

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

    /// - Parameter profile: names a config home of its own, so that several people (each with a saved session) can
    ///   use zcctl side by side in one test.
    init(folder: TempFolder, socket: String?, profile: String? = nil) {
        configHome = folder.file(profile.map { "config-\($0)" } ?? "config")
        self.socket = socket
    }

    /// zcctl as one person against `daemon`.
    init(_ daemon: Daemon, as profile: String) {
        self.init(folder: daemon.folder, socket: daemon.socketPath, profile: profile)
    }

    /// Runs zcctl and returns its stdout, or throws with everything it printed when it did not exit 0.
    @discardableResult
    func ok(_ arguments: [String], json: Bool = false, stdin: String = "") throws -> String {
        let result = try run(arguments, json: json, stdin: stdin)
        guard result.status == 0 else {
            throw HarnessError("zcctl \(arguments.joined(separator: " ")) failed: \(result)")
        }
        return result.stdout
    }

    /// Runs zcctl expecting the daemon to refuse: exit 1 and the error's name (`[permission_denied]`) on stderr,
    /// with every text of `mentions` (a field, a range…). Returns the output for further checks.
    @discardableResult
    func refused(
        _ arguments: [String], _ name: String, mentions: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CommandOutput {
        let result = try run(arguments)
        #expect(result.status == 1, "\(arguments): \(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("[\(name)]"), "\(arguments): \(result)", sourceLocation: sourceLocation)
        for text in mentions {
            #expect(
                result.stderr.contains(text), "\(arguments): no \(text) in \(result)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// Logs in with an initial password and changes it to `password`, as a person does the first time.
    func activate(_ account: String, initialPassword: String, password: String) throws {
        let login = try ok(["login", account], stdin: initialPassword + "\n")
        guard login.contains("zcctl passwd") else { throw HarnessError("no hint to change the password: \(login)") }
        try ok(["passwd"], stdin: initialPassword + "\n" + password + "\n")
    }

    /// Runs zcctl with `--json` and decodes its stdout as `T`.
    func json<T: Decodable>(_ type: T.Type, _ arguments: [String], stdin: String = "") throws -> T {
        let text = try ok(arguments, json: true, stdin: stdin)
        do {
            return try ZCJSON.decode(type, from: Array(text.utf8))
        } catch {
            throw HarnessError("zcctl \(arguments.joined(separator: " ")) printed no \(T.self): \(error)\n\(text)")
        }
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
        let process = try ChildProcess(
            path, arguments, environment: Binaries.cleanEnvironment(environment), stdin: inPath, stdout: outPath,
            stderr: errPath)
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

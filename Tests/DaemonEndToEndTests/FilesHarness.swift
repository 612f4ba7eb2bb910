import Foundation
import Glibc
import ZCProtocol

/// A minimal harness for the evidence-file tests: the built `zcd` on a socket and state folder of its own, which can
/// be killed and started again on the same state. (The shared end-to-end harness lives on another branch; this one
/// keeps its names apart so both can coexist after the merge.)
final class FilesDaemon {
    let folder: String
    let socketPath: String
    let stateDirectory: String
    let configPath: String
    private(set) var process: Process?
    private var starts = 0

    init(config: [String: String] = [:]) throws {
        var template = Array("/tmp/zcf.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw FilesHarnessError("mkdtemp: \(String(cString: strerror(errno)))")
        }
        folder = String(cString: made)
        socketPath = folder + "/zcd.sock"
        stateDirectory = folder + "/state"
        configPath = folder + "/zcd.conf"
        let lines = ["scrypt_log_n": "10"].merging(config) { _, new in new }.sorted { $0.key < $1.key }
            .map { "\($0.key) = \($0.value)" }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: configPath))
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The folder holding the built zcd and zcctl (next to the test bundle), or `$ZC_BIN_DIR`.
    static var binaries: URL {
        if let dir = ProcessInfo.processInfo.environment["ZC_BIN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent()
    }

    static func binary(_ name: String) throws -> String {
        let path = binaries.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw FilesHarnessError("\(name) is not built at \(path): run `swift build` first")
        }
        return path
    }

    /// The environment for a child, without what would change how zcd or zcctl behave.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in [
            "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "JOURNAL_STREAM", "WATCHDOG_USEC",
            "WATCHDOG_PID", "STATE_DIRECTORY", "CONFIGURATION_DIRECTORY", "ZC_SOCKET", "XDG_CONFIG_HOME",
        ] {
            env[key] = nil
        }
        return env.merging(extra) { _, new in new }
    }

    var log: String {
        (try? String(contentsOfFile: folder + "/zcd.stderr", encoding: .utf8)) ?? "(no stderr)"
    }

    /// Starts zcd and waits until its socket answers.
    func start() throws {
        starts += 1
        let stderrPath = folder + "/zcd.stderr"
        if !FileManager.default.fileExists(atPath: stderrPath) {
            _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try Self.binary("zcd"))
        p.arguments = ["--socket", socketPath, "--state-dir", stateDirectory, "--config", configPath]
        p.environment = Self.environment()
        p.standardInput = FileHandle.nullDevice
        let log = FileHandle(forWritingAtPath: stderrPath)
        log?.seekToEndOfFile()
        p.standardOutput = log
        p.standardError = log
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard p.isRunning else { throw FilesHarnessError("zcd exited with \(p.terminationStatus):\n\(self.log)") }
            if let c = try? ZCClient.connect(socketPath, timeoutSeconds: 30) {
                c.close()
                return
            }
            usleep(20_000)
        }
        throw FilesHarnessError("zcd did not answer on \(socketPath) within 60 s:\n\(self.log)")
    }

    /// Sends `signal` and waits for the exit; returns the exit status (negative: killed by that signal).
    @discardableResult
    func stop(signal: Int32 = SIGTERM) throws -> Int32 {
        guard let p = process else { return 0 }
        if p.isRunning { kill(p.processIdentifier, signal) }
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        guard !p.isRunning else {
            kill(p.processIdentifier, SIGKILL)
            throw FilesHarnessError("zcd did not stop within 60 s:\n\(log)")
        }
        process = nil
        return p.terminationReason == .uncaughtSignal ? -p.terminationStatus : p.terminationStatus
    }

    func connect() throws -> ZCClient {
        try ZCClient.connect(socketPath, timeoutSeconds: 60)
    }

    /// Runs SQL on the stopped daemon's database with the sqlite3 shell; returns its output.
    @discardableResult
    func sqlite(_ sql: String) throws -> String {
        let result = try Self.run("/usr/bin/sqlite3", [stateDirectory + "/zcd.sqlite"], stdin: sql)
        guard result.status == 0 else { throw FilesHarnessError("sqlite3 failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `zcctl` against this daemon with its own config folder (for the saved session).
    func zcctl(_ arguments: [String], stdin: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        try Self.run(
            try Self.binary("zcctl"), arguments + ["--socket", socketPath],
            stdin: stdin, environment: ["XDG_CONFIG_HOME": folder + "/config"])
    }

    static func run(_ executable: String, _ arguments: [String], stdin: String, environment: [String: String] = [:])
        throws -> (status: Int32, stdout: String, stderr: String)
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = Self.environment(environment)
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

struct FilesHarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

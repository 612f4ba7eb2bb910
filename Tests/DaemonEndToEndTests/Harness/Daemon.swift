import Foundation
import Glibc
import ZCProtocol

/// A `zcd` started from its built binary on a socket and state folder of its own, in a temporary folder.
///
/// Its stderr goes to a file; `log` reads it for failure messages. Dropping the value kills the daemon if it still
/// runs and removes the folder.
final class Daemon {
    let folder: TempFolder
    let socketPath: String
    let stateDirectory: String
    let configPath: String
    let stderrPath: String
    /// The config lines given at the start (besides `baseConfig`), kept for `restarted()`.
    let config: [String: String]
    let process = Process()

    /// Config lines every test daemon gets: a cheap KDF so that logins take milliseconds in a debug build.
    static let baseConfig = ["scrypt_log_n": "10"]

    /// Starts zcd and, unless `waitForSocket` is false, waits until its socket accepts connections.
    ///
    /// - Parameters:
    ///   - config: `key = value` lines added to (or overriding) `baseConfig`.
    ///   - environment: variables added to the daemon's environment (e.g. `NOTIFY_SOCKET`).
    ///   - folder: the temporary folder to work in (shared by several daemons in one test); default a new one.
    ///   - socketPath: where to listen; default `<folder>/zcd.sock`.
    ///   - stateDirectory: the state folder; default a new one in `folder`.
    init(
        config: [String: String] = [:], environment: [String: String] = [:], folder: TempFolder? = nil,
        socketPath: String? = nil, stateDirectory: String? = nil, waitForSocket: Bool = true
    ) throws {
        self.folder = try folder ?? TempFolder()
        self.config = config
        self.socketPath = socketPath ?? self.folder.file("zcd.sock")
        self.stateDirectory = stateDirectory ?? self.folder.file("state-\(UUID().uuidString.prefix(8))")
        stderrPath = self.folder.file("zcd-\(UUID().uuidString.prefix(8)).stderr")
        let lines = Self.baseConfig.merging(config) { _, new in new }.sorted { $0.key < $1.key }
            .map { "\($0.key) = \($0.value)" }
        configPath = try self.folder.write(
            "zcd-\(UUID().uuidString.prefix(8)).conf",
            "# written by the end-to-end tests\n" + lines.joined(separator: "\n") + "\n")

        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Binaries.zcd)
        process.arguments = ["--socket", self.socketPath, "--state-dir", self.stateDirectory, "--config", configPath]
        process.environment = Binaries.cleanEnvironment(environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: stderrPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        try process.run()
        if waitForSocket { try waitUntilServing() }
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            _ = waitUntil(seconds: 30) { !process.isRunning }
        }
    }

    /// Everything zcd wrote to stderr so far.
    var log: String {
        (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "(no stderr captured)"
    }

    /// Polls the socket until a connection succeeds; fails early with zcd's stderr if it exits instead.
    func waitUntilServing(seconds: Double = 60) throws {
        var lastError = ""
        let up = waitUntil(seconds: seconds) {
            guard process.isRunning else { return true }
            do {
                let client = try ZCClient.connect(socketPath, timeoutSeconds: 30)
                client.close()
                return true
            } catch {
                lastError = "\(error)"
                return false
            }
        }
        guard process.isRunning else {
            throw HarnessError(
                "zcd exited with status \(process.terminationStatus) before serving; its stderr:\n\(log)")
        }
        guard up else {
            throw HarnessError(
                "zcd did not accept connections on \(socketPath) within \(seconds) s (\(lastError)); its stderr:\n\(log)")
        }
    }

    /// A new zcd on this one's socket, state folder and config, once this one has stopped or was killed: what an
    /// operator's restart does.
    func restarted() throws -> Daemon {
        guard !process.isRunning else { throw HarnessError("restarted() while zcd still runs") }
        return try Daemon(config: config, folder: folder, socketPath: socketPath, stateDirectory: stateDirectory)
    }

    /// A new connection with a generous answer timeout (a bound against hangs, not a speed requirement).
    func connect() throws -> ZCClient {
        try ZCClient.connect(socketPath, timeoutSeconds: 30)
    }

    /// Sends `signal` and waits for zcd to exit; returns its exit status, or throws if it was killed by a signal or
    /// did not exit in time (then it is killed).
    @discardableResult
    func stop(signal: Int32 = SIGTERM, seconds: Double = 60) throws -> Int32 {
        guard process.isRunning else { return exitStatus() }
        kill(process.processIdentifier, signal)
        return try waitForExit(seconds: seconds)
    }

    /// Waits for zcd to exit by itself.
    func waitForExit(seconds: Double = 60) throws -> Int32 {
        guard waitUntil(seconds: seconds, { !process.isRunning }) else {
            kill(process.processIdentifier, SIGKILL)
            throw HarnessError("zcd did not exit within \(seconds) s; killed it. Its stderr:\n\(log)")
        }
        return exitStatus()
    }

    private func exitStatus() -> Int32 {
        if process.terminationReason == .uncaughtSignal {
            return -process.terminationStatus
        }
        return process.terminationStatus
    }
}

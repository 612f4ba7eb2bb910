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
    /// The variables added to the daemon's environment at the start, kept for `restarted()`.
    let environment: [String: String]
    /// The wall clock zcd runs on under libfaketime, or nil: the real one, with nothing preloaded.
    let clock: FakeTime?
    let process: ChildProcess

    /// Config lines every test daemon gets: a cheap KDF so that logins take milliseconds in a debug build.
    static let baseConfig = ["scrypt_log_n": "10"]

    /// Starts zcd and, unless `waitForSocket` is false, waits until its socket accepts connections.
    ///
    /// - Parameters:
    ///   - config: `key = value` lines added to (or overriding) `baseConfig`.
    ///   - environment: variables added to the daemon's environment (e.g. `NOTIFY_SOCKET`).
    ///   - clock: run zcd under libfaketime on this clock (see `FakeTime`); its socket, state folder and config
    ///     then go in a config file found through `CONFIGURATION_DIRECTORY`, as under systemd, not as flags.
    ///   - folder: the temporary folder to work in (shared by several daemons in one test); default a new one.
    ///   - socketPath: where to listen; default `<folder>/zcd.sock`.
    ///   - stateDirectory: the state folder; default a new one in `folder`.
    init(
        config: [String: String] = [:], environment: [String: String] = [:], clock: FakeTime? = nil,
        folder: TempFolder? = nil, socketPath: String? = nil, stateDirectory: String? = nil,
        waitForSocket: Bool = true
    ) throws {
        self.folder = try folder ?? TempFolder()
        self.config = config
        self.environment = environment
        self.clock = clock
        self.socketPath = socketPath ?? self.folder.file("zcd.sock")
        self.stateDirectory = stateDirectory ?? self.folder.file("state-\(UUID().uuidString.prefix(8))")
        stderrPath = self.folder.file("zcd-\(UUID().uuidString.prefix(8)).stderr")
        var settings = Self.baseConfig.merging(config) { _, new in new }
        var environment = environment
        if let clock {
            // Under libfaketime zcd gets no flags: the library, set up when the process first asks for the time,
            // creates its shared memory and sets FAKETIME_SHARED, which moves `environ`; Swift's runtime on Linux
            // finds argv by walking back from `environ` (stdlib/public/stubs/CommandLine.cpp), so zcd would see
            // an empty CommandLine.arguments. (The `faketime` wrapper sets FAKETIME_SHARED first, but it forks and
            // does not pass SIGTERM on.) So zcd reads its config where systemd points it, and the config says the
            // socket and the state folder.
            settings.merge(["socket": self.socketPath, "state_dir": self.stateDirectory]) { _, new in new }
            let directory = self.folder.file("conf-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            environment.merge(try clock.environment) { _, new in new }
            environment["CONFIGURATION_DIRECTORY"] = directory
            configPath = directory + "/zcd.conf"
        } else {
            configPath = self.folder.file("zcd-\(UUID().uuidString.prefix(8)).conf")
        }
        let lines = settings.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
        try Data(("# written by the end-to-end tests\n" + lines.joined(separator: "\n") + "\n").utf8)
            .write(to: URL(fileURLWithPath: configPath))

        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process = try ChildProcess(
            try Binaries.zcd,
            clock == nil
                ? ["--socket", self.socketPath, "--state-dir", self.stateDirectory, "--config", configPath] : [],
            environment: Binaries.cleanEnvironment(environment), stdout: stderrPath, stderr: stderrPath)
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
                "zcd did not accept connections on \(socketPath) within \(seconds) s (\(lastError)); its stderr:\n\(log)"
            )
        }
    }

    /// A new zcd on this one's socket, state folder and config, once this one has stopped or was killed: what an
    /// operator's restart does; on this one's clock, or on `clock` (days later, say).
    func restarted(clock: FakeTime? = nil) throws -> Daemon {
        guard !process.isRunning else { throw HarnessError("restarted() while zcd still runs") }
        return try Daemon(
            config: config, environment: environment, clock: clock ?? self.clock, folder: folder,
            socketPath: socketPath, stateDirectory: stateDirectory)
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

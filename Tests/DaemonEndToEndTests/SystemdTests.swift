import Foundation
import Glibc
import Testing
import ZCProtocol

private let socketActivate = "/usr/bin/systemd-socket-activate"

/// The systemd service protocol without systemd as PID 1: socket activation through `systemd-socket-activate`, and
/// readiness and stopping notifications received on a test NOTIFY_SOCKET.
@Suite struct SystemdTests {
    @Test func readyAndStoppingAreNotified() throws {
        let folder = try TempFolder()
        let listener = try NotifyListener(path: folder.file("notify.sock"))
        let daemon = try Daemon(environment: ["NOTIFY_SOCKET": listener.path], folder: folder)

        let ready = listener.waitForLine("READY=1")
        #expect(ready != nil, "no READY=1 in \(listener.messages); zcd's stderr:\n\(daemon.log)")
        #expect(ready?.contains("STATUS=listening on \(daemon.socketPath)") == true, "\(String(describing: ready))")
        #expect(try daemon.connect().call(PingRequest()) == Empty())

        kill(daemon.process.processIdentifier, SIGTERM)
        let stopping = listener.waitForLine("STOPPING=1")
        #expect(stopping != nil, "no STOPPING=1 in \(listener.messages); zcd's stderr:\n\(daemon.log)")
        #expect(try daemon.waitForExit() == 0, "\(daemon.log)")
        // READY came before STOPPING.
        let order = listener.messages.map { $0.contains("READY=1") ? "R" : $0.contains("STOPPING=1") ? "S" : "-" }
        #expect(order.firstIndex(of: "R") ?? .max < order.firstIndex(of: "S") ?? .min, "\(listener.messages)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: socketActivate), "needs systemd-socket-activate"))
    func socketActivation() throws {
        let folder = try TempFolder()
        let socket = folder.file("act.sock")
        let listener = try NotifyListener(path: folder.file("notify.sock"))
        let config = try folder.write("zcd.conf", "scrypt_log_n = 10\n")
        let stderrPath = folder.file("activate.stderr")
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        func log() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

        // No --socket: zcd must take the listening socket it is handed as fd 3.
        let process = try ChildProcess(
            socketActivate,
            [
                "-l", socket, "-E", "NOTIFY_SOCKET=\(listener.path)",
                try Binaries.zcd, "--state-dir", folder.file("st"), "--config", config,
            ], environment: Binaries.cleanEnvironment([:]), stdout: stderrPath, stderr: stderrPath)
        defer {
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                _ = waitUntil(seconds: 10) { !process.isRunning }
            }
        }

        #expect(waitUntil(seconds: 60) { UnixSockets.isSocketFile(socket) || !process.isRunning }, "\(log())")
        try #require(process.isRunning, "systemd-socket-activate exited: \(log())")
        #expect(!UnixSockets.exists(folder.file("st/zcd.sock")))

        // The first connection starts zcd; it is queued in the listening socket until zcd accepts it. The file
        // exists a moment before systemd-socket-activate listens on it (bind, then listen): retry a refusal.
        var first: ZCClient?
        var refusal = ""
        _ = waitUntil(seconds: 60) {
            do {
                first = try ZCClient.connect(socket, timeoutSeconds: 60)
                return true
            } catch {
                refusal = "\(error)"
                return false
            }
        }
        let client = try #require(first, "cannot connect to \(socket): \(refusal)\n\(log())")
        #expect(try client.call(PingRequest()) == Empty(), "\(log())")
        let me = try client.call(WhoAmIRequest())
        #expect(me.isOperator)
        #expect(try ZCClient.connect(socket, timeoutSeconds: 30).call(SystemInitRequest()).admin.account == "admin13")

        let ready = listener.waitForLine("READY=1")
        #expect(ready?.contains("the socket passed by systemd") == true, "\(listener.messages)\n\(log())")
        // zcd did not bind a socket of its own.
        #expect(!UnixSockets.exists(folder.file("st/zcd.sock")), "\(log())")

        // systemd-socket-activate execs zcd in its own process: SIGTERM reaches zcd.
        kill(process.processIdentifier, SIGTERM)
        #expect(waitUntil(seconds: 60) { !process.isRunning }, "zcd did not stop: \(log())")
        #expect(process.terminationReason == .exit, "\(log())")
        #expect(process.terminationStatus == 0, "\(log())")
        #expect(listener.waitForLine("STOPPING=1", seconds: 5) != nil, "\(listener.messages)")
    }
}

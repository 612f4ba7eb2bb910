import Foundation
import Glibc
import Synchronization
import Testing
import ZCProtocol

/// Starting over a stale socket, refusing a live one, and stopping cleanly on SIGTERM and SIGINT.
@Suite struct LifecycleTests {
    @Test func sigtermExitsZeroAndRemovesTheSocket() throws {
        let daemon = try Daemon()
        #expect(try daemon.connect().call(PingRequest()) == Empty())
        #expect(UnixSockets.isSocketFile(daemon.socketPath))
        #expect(try daemon.stop(signal: SIGTERM) == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath), "zcd left its socket file behind")
    }

    /// Clients that keep connecting while zcd stops: a connection accepted in the moment of shutdown, never served,
    /// must be closed cleanly, not take zcd down on its way out.
    @Test(arguments: 1...4)
    func connectionsArrivingDuringShutdownDoNotCrashIt(round: Int) throws {
        let daemon = try Daemon()
        let stop = StopFlag()
        let path = daemon.socketPath
        let connected = Atomic<Int>(0)
        let threads = (0..<2).map { _ in
            Thread {
                // Bounded: at most 20 000 connections or until told to stop.
                for _ in 0..<20_000 where !stop.isSet {
                    if let client = try? ZCClient.connect(path, timeoutSeconds: 5) {
                        _ = try? client.send(id: 1, method: "rpc.ping")
                        client.close()
                        connected.add(1, ordering: .relaxed)
                    }
                }
                stop.doneCount.add(1, ordering: .relaxed)
            }
        }
        threads.forEach { $0.start() }
        _ = waitUntil(seconds: 30) { connected.load(ordering: .relaxed) >= 200 }
        kill(daemon.process.processIdentifier, SIGTERM)
        let status = try daemon.waitForExit()
        stop.set()
        _ = waitUntil(seconds: 60) { stop.doneCount.load(ordering: .relaxed) == threads.count }
        #expect(status == 0, "round \(round): \(daemon.log)")
    }

    @Test func sigintExitsZeroToo() throws {
        let daemon = try Daemon()
        #expect(try daemon.stop(signal: SIGINT) == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
    }

    @Test func idleAndLoggedInClientsDoNotHoldUpShutdown() throws {
        let daemon = try Daemon()
        let created = try daemon.connect().call(SystemInitRequest())
        let idle = try daemon.connect()
        #expect(try idle.call(PingRequest()) == Empty())
        let loggedIn = try daemon.connect()
        _ = try loggedIn.call(LoginRequest(account: "admin13", password: created.admin.initialPassword))
        let halfFrame = try daemon.connect()
        try halfFrame.sendRaw([0, 0, 0])

        #expect(try daemon.stop() == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
        #expect(idle.isClosedByDaemon())
        #expect(loggedIn.isClosedByDaemon())
    }

    /// A request zcd has started on when SIGTERM arrives still gets its answer before zcd exits.
    @Test func aRequestInFlightAtSigtermIsAnswered() throws {
        // A costlier KDF keeps the login busy for a while in a debug build, so that SIGTERM very likely finds it
        // running; the test holds either way.
        let daemon = try Daemon(config: ["scrypt_log_n": "14"])
        let created = try daemon.connect().call(SystemInitRequest())
        let client = try daemon.connect()
        try client.send(
            id: 1, method: "session.login",
            params: #"{"account":"admin13","password":"\#(created.admin.initialPassword)"}"#)
        // The ping is answered on the event loop, after the login frame before it was read and handed on: once its
        // answer is here, the login is certainly in flight (or done).
        try client.send(id: 2, method: "rpc.ping")
        var answers: [String: ParsedResponse] = [:]
        while answers["2"] == nil {
            let response = try client.receiveResponse()
            answers[response.idText] = response
        }
        kill(daemon.process.processIdentifier, SIGTERM)
        while answers["1"] == nil {
            let response = try client.receiveResponse()
            answers[response.idText] = response
        }
        let login = try #require(answers["1"])
        #expect(login.error == nil, "the login in flight was not completed: \(login)")
        let result = try ZCJSON.decode(LoginResult.self, from: Array((login.resultText ?? "").utf8))
        #expect(result.account.account == "admin13")
        #expect(client.isClosedByDaemon())
        #expect(try daemon.waitForExit() == 0, "\(daemon.log)")
    }

    /// A request sent after SIGTERM is refused with shutting_down, or the connection is closed: never a hang.
    @Test func aRequestAfterSigtermIsRefusedOrTheConnectionCloses() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        #expect(try client.call(PingRequest()) == Empty())
        kill(daemon.process.processIdentifier, SIGTERM)
        do {
            try client.send(id: 7, method: "session.whoami")
            let response = try client.receiveResponse()
            #expect(response.idText == "7")
            #expect(response.error?.code == .shuttingDown || response.error == nil, "\(response)")
        } catch let error as ClientError {
            #expect(error.isConnectionEnd, "\(error)")
        }
        #expect(try daemon.waitForExit() == 0, "\(daemon.log)")
    }

    @Test func aStaleSocketFileIsReplaced() throws {
        let folder = try TempFolder()
        let socket = folder.file("zcd.sock")
        try UnixSockets.makeStaleSocketFile(at: socket)
        #expect(throws: ClientError.self) { try ZCClient.connect(socket, timeoutSeconds: 5) }

        let daemon = try Daemon(folder: folder, socketPath: socket)
        #expect(try daemon.connect().call(PingRequest()) == Empty())
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    @Test func aSecondDaemonOnALiveSocketFailsAndTheFirstKeepsServing() throws {
        let folder = try TempFolder()
        let socket = folder.file("zcd.sock")
        let first = try Daemon(folder: folder, socketPath: socket)
        let client = try first.connect()
        #expect(try client.call(PingRequest()) == Empty())

        let second = try Daemon(folder: folder, socketPath: socket, waitForSocket: false)
        let status = try second.waitForExit()
        #expect(status != 0, "\(second.log)")
        #expect(status == 1, "\(second.log)")
        #expect(second.log.contains("already listening on \(socket)"), "\(second.log)")

        #expect(try client.call(PingRequest()) == Empty(), "the first daemon's connection was disturbed")
        #expect(try first.connect().call(PingRequest()) == Empty(), "the first daemon stopped accepting")
        #expect(UnixSockets.isSocketFile(socket))
        #expect(try first.stop() == 0, "\(first.log)")
    }

    @Test func aFileThatIsNotASocketIsLeftAlone() throws {
        let folder = try TempFolder()
        let path = try folder.write("zcd.sock", "precious data\n")
        let daemon = try Daemon(folder: folder, socketPath: path, waitForSocket: false)
        #expect(try daemon.waitForExit() == 1, "\(daemon.log)")
        #expect(daemon.log.contains("is not a socket"), "\(daemon.log)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious data\n")
    }

    @Test func aSocketThatCannotBeBoundIsNamedInTheError() throws {
        let folder = try TempFolder()
        let missing = folder.file("no-such-folder/zcd.sock")
        let daemon = try Daemon(folder: folder, socketPath: missing, waitForSocket: false)
        #expect(try daemon.waitForExit() == 1, "\(daemon.log)")
        #expect(daemon.log.contains("cannot listen on \(missing)"), "\(daemon.log)")

        let long = folder.file(String(repeating: "s", count: 110) + ".sock")
        let tooLong = try Daemon(folder: folder, socketPath: long, waitForSocket: false)
        #expect(try tooLong.waitForExit() == 1, "\(tooLong.log)")
        #expect(tooLong.log.contains("longer than the 107 bytes"), "\(tooLong.log)")
    }

    @Test func aBadConfigFileStopsTheStartWithTheLineNamed() throws {
        let daemon = try Daemon(config: ["max_frame_bytes": "lots"], waitForSocket: false)
        #expect(try daemon.waitForExit() == 1, "\(daemon.log)")
        #expect(daemon.log.contains("max_frame_bytes"), "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
    }
}

/// Tells the connecting threads of a test to stop, and counts those that did.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    let doneCount = Atomic<Int>(0)

    var isSet: Bool { flag.load(ordering: .relaxed) }
    func set() { flag.store(true, ordering: .relaxed) }
}

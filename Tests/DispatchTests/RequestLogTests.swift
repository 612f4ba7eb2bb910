import Foundation
import Logging
import Synchronization
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// The journal fields operations.md promises: each request's entries carry `REQUEST_ID`, `METHOD` and `CALLER_UID`.
@Suite("Request log entries")
struct RequestLogTests {
    /// Keeps what is logged, for the test to read.
    final class Captured: Sendable {
        let entries = Mutex<[(Logger.Level, String, Logger.Metadata)]>([])
    }

    struct CapturingHandler: LogHandler {
        let captured: Captured
        var logLevel: Logger.Level
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            captured.entries.withLock { $0.append((event.level, "\(event.message)", merged)) }
        }
    }

    func dispatcher(level: Logger.Level, _ captured: Captured) throws -> (Dispatcher, Engine) {
        let engine = Engine(store: try Store.temporary(), config: .testing, logger: Logger(label: "test"))
        try engine.prepare()
        let limits = ServerLimits(maxFrameBytes: 1 << 20, maxJSONDepth: 64, maxRequestsInFlight: 8, frameTimeoutSeconds: 5)
        let logger = Logger(label: "zcd") { _ in CapturingHandler(captured: captured, logLevel: level) }
        return (Dispatcher(engine: engine, table: HandlerTable.all(engine: engine, limits: limits), logger: logger), engine)
    }

    @Test("At debug, an answered and a refused request each log one entry with the request's id, method and uid")
    func debugEntries() async throws {
        let captured = Captured()
        let (dispatcher, _) = try dispatcher(level: .debug, captured)
        let connection = ConnectionState(peer: Peer(uid: 1000, gid: 1000, pid: 7), isOperator: false)
        _ = await dispatcher.handle(
            RequestEnvelope(id: Array("41".utf8), method: "session.whoami", params: nil, session: nil),
            connection: connection)
        _ = await dispatcher.handle(
            RequestEnvelope(id: Array(#""q-42""#.utf8), method: "org.list", params: Array("{}".utf8), session: nil),
            connection: connection)
        let entries = captured.entries.withLock { $0 }
        #expect(entries.count == 2)
        #expect(entries.first?.1 == "session.whoami answered")
        #expect(entries.first?.2["requestID"] == "41")
        #expect(entries.first?.2["method"] == "session.whoami")
        #expect(entries.first?.2["callerUID"] == "1000")
        #expect(entries.last?.1.hasPrefix("org.list failed: unauthenticated") == true)
        #expect(entries.last?.2["requestID"] == #""q-42""#)
        #expect(entries.last?.2["method"] == "org.list")
    }

    @Test("At info, the default, an ordinary request logs nothing")
    func infoIsQuiet() async throws {
        let captured = Captured()
        let (dispatcher, _) = try dispatcher(level: .info, captured)
        let connection = ConnectionState(peer: Peer(uid: 1000, gid: 1000, pid: 7), isOperator: false)
        _ = await dispatcher.handle(
            RequestEnvelope(id: Array("1".utf8), method: "session.whoami", params: nil, session: nil),
            connection: connection)
        _ = await dispatcher.handle(
            RequestEnvelope(id: Array("2".utf8), method: "org.list", params: Array("{}".utf8), session: nil),
            connection: connection)
        #expect(captured.entries.withLock { $0.isEmpty })
    }
}

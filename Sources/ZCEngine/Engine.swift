public import Foundation
import GRDB
public import Logging

/// 职称评审引擎 — the domain over the store. zcd calls it; it knows nothing of sockets or of the wire format.
///
/// Each domain operation is one write transaction that includes its audit event. Operations take the `Caller` and
/// check scope themselves; errors are `EngineError`.
public final class Engine: Sendable {
    public let store: Store
    public let config: EngineConfig
    let clock: any TimeSource
    let logger: Logger
    let hasher: PasswordHasher
    let sessions = SessionCache()
    let writer: WriteCoalescer
    /// 材料: evidence files in the state folder beside the database.
    let evidence: EvidenceStore
    let uploadGate = UploadGate()
    /// Review-list exports in progress (资格审查名单导出).
    let exports = ExportRegistry()

    public init(store: Store, config: EngineConfig = EngineConfig(), clock: any TimeSource = SystemTime(), logger: Logger) {
        self.store = store
        self.config = config
        self.clock = clock
        self.logger = logger
        hasher = PasswordHasher(config: config)
        writer = WriteCoalescer(pool: store.pool)
        evidence = EvidenceStore(databasePath: store.path)
    }

    /// One domain operation as one atomic unit, committed (possibly together with concurrent ones, see
    /// `WriteCoalescer`) before it returns.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.write(body)
    }

    /// A read on the calling thread, from the pool's readers (WAL: it never waits for writers). A request's reads
    /// take well under a millisecond; running them here instead of on GRDB's queue saves the two thread switches
    /// that cost more than the read itself. Long scans (exports) use the pool's async read instead.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try store.pool.read(body)
    }
}

extension Engine {
    /// The engine's clock (tests move it).
    public func now() -> Date { clock.now() }

    /// Throws unless the store answers a trivial query; the watchdog calls it before each keep-alive.
    public func checkHealth() async throws {
        _ = try read { db in try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT 1")) }
    }
}

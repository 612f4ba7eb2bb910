public import GRDB
import Foundation

/// The SQLite store: one WAL `DatabasePool`, migrated on open.
///
/// Production opens a file in the state folder with `synchronous = FULL`, so a change is on disk before the write
/// returns; tests open a temporary file the same way.
public final class Store: Sendable {
    /// The pool every engine operation goes through: one write transaction per domain operation.
    public let pool: DatabasePool
    /// Where the database file lives.
    public let path: String
    let durability: Durability

    /// How hard SQLite works to make each commit durable.
    public enum Durability: String, Sendable, CaseIterable {
        /// `synchronous = FULL`: every committed transaction is on disk (the default).
        case full
        /// `synchronous = NORMAL`: a power loss may lose the last commits (never corrupts); for benchmarks only.
        case normal
    }

    /// Opens (creating if needed) the database at `path` and runs any pending migrations.
    public init(path: String, durability: Durability = .full) throws {
        self.path = path
        self.durability = durability
        pool = try DatabasePool(path: path, configuration: Self.configuration(durability))
        try Migrations.migrator.migrate(pool)
    }

    /// The pool's connections' settings, which a `DedicatedReader` shares.
    static func configuration(_ durability: Durability) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        let pragma = durability == .full ? "FULL" : "NORMAL"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(pragma)")
        }
        config.maximumReaderCount = 8
        return config
    }

    /// A store on a fresh temporary file (for tests); removed with its folder when the process ends or on `remove`.
    public static func temporary() throws -> Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zcd-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try Store(path: dir.appendingPathComponent("zcd.sqlite").path)
    }

    /// The applied migration identifiers, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    /// Checkpoints the WAL and closes the pool; the store is unusable afterwards.
    public func close() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try pool.close()
    }
}

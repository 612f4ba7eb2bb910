import GRDB

/// A read-only SQLite connection of one thread's own, beside the pool: zcd gives each event loop one for the reads
/// it answers on that loop.
///
/// Why not the pool: taking a reader from it locks the pool twice and builds a key path each time, and GRDB checks
/// the schema version before each read on it (one more statement). For `application.show` that was a sixth of
/// zcd's CPU (docs/performance.md). A connection that one thread uses is never contended, and the schema does not
/// change while zcd serves: migrations run when the store opens, before any reader exists.
public final class DedicatedReader: Sendable {
    private let queue: DatabaseQueue

    init(path: String, configuration: Configuration) throws {
        var configuration = configuration
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Runs `body` without a transaction: for one statement, which is its own consistent read.
    func oneStatement<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.inDatabase(body)
    }
}

extension Store {
    /// A read-only connection for one thread (`DedicatedReader`); the caller keeps it as long as it serves.
    public func dedicatedReader() throws -> DedicatedReader {
        try DedicatedReader(path: path, configuration: Self.configuration(durability))
    }
}

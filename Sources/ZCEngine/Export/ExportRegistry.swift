public import Foundation
import Synchronization

/// The limits of exports. The chunk bound keeps one reply (base64 of a chunk, about 1.4 MiB) well inside the
/// protocol's default 4 MiB frame; the idle time frees the cursor of a client that went away.
public enum ExportLimits {
    /// The most bytes of file one `export.next` returns (before base64), and the default.
    public static let maximumChunkBytes = 1 << 20
    /// The least a caller may ask for: more than any one row can take.
    public static let minimumChunkBytes = 16 << 10
    /// An export nobody asked a chunk of for this long is forgotten.
    public static let idleSeconds: TimeInterval = 10 * 60
    /// Open exports per account at once.
    public static let maximumPerAccount = 4
    /// Open exports in the whole daemon at once.
    public static let maximumOpen = 64
    /// The most cases one query of a chunk reads.
    static let maximumRowsPerQuery = 2000
}

/// A review-list export in progress: its owner, what it selects, and how far it has got. Small and fixed in size
/// whatever the export's length: the cursor is the last application id written.
struct ExportJob: Sendable {
    enum Phase: Sendable {
        /// Nothing written yet.
        case prologue
        /// Cases after `lastID` remain.
        case rows
        /// Every case written; the closing bytes remain.
        case epilogue
        case done
    }

    let id: String
    let accountID: Int64
    /// The session that began it (SHA-256 of its token): only that session continues or cancels it.
    let session: [UInt8]
    let selection: ReviewListSelection
    let totalRows: Int
    var encoder: ReviewListEncoder
    var phase: Phase = .prologue
    var lastID: Int64 = 0
    var rowsWritten = 0
    var rowBytes = 0
    var bytesWritten = 0
    var lastUsed: Date
    /// A chunk is being made: a second `export.next` at the same time is refused rather than queued.
    var busy = false
}

/// The open exports, by id. Each `export.next` checks its export out, makes the chunk outside the lock and checks
/// it back in; the store is read in between, never under the lock.
final class ExportRegistry: Sendable {
    private let jobs = Mutex<[String: ExportJob]>([:])

    /// Adds a new export after forgetting idle ones; refuses past the limits.
    func add(_ job: ExportJob, now: Date) throws(EngineError) {
        try jobs.withLock { (all: inout [String: ExportJob]) throws(EngineError) in
            Self.dropIdle(&all, now: now)
            let mine = all.values.filter { $0.accountID == job.accountID }.count
            guard mine < ExportLimits.maximumPerAccount else {
                throw .resourceExhausted(
                    "you have \(mine) exports open; finish or cancel one (export.cancel), or wait "
                        + "\(Int(ExportLimits.idleSeconds / 60)) minutes for an abandoned one to expire")
            }
            guard all.count < ExportLimits.maximumOpen else {
                throw .resourceExhausted("the daemon has \(all.count) exports open; try again in a few minutes")
            }
            all[job.id] = job
        }
    }

    /// Takes the export out for one chunk, if it belongs to the caller's session, is not expired and not busy.
    func checkOut(_ id: String, accountID: Int64, session: [UInt8], now: Date) throws(EngineError) -> ExportJob {
        try jobs.withLock { (all: inout [String: ExportJob]) throws(EngineError) -> ExportJob in
            Self.dropIdle(&all, now: now)
            guard var job = all[id], job.accountID == accountID, job.session == session else {
                throw Self.unknown(id)
            }
            guard !job.busy else {
                throw .failedPrecondition(
                    "a chunk of export \(id) is being made; ask for the next one after it arrives", state: "busy")
            }
            job.busy = true
            job.lastUsed = now
            all[id] = job
            return job
        }
    }

    /// Puts the export back after a chunk (forgets it when done), or as it was when the chunk failed.
    func checkIn(_ job: ExportJob, now: Date) {
        jobs.withLock { all in
            guard all[job.id] != nil else { return }  // cancelled meanwhile
            if job.phase == .done {
                all[job.id] = nil
            } else {
                var job = job
                job.busy = false
                job.lastUsed = now
                all[job.id] = job
            }
        }
    }

    /// Forgets the caller's export.
    func remove(_ id: String, accountID: Int64, session: [UInt8], now: Date) throws(EngineError) -> ExportJob {
        try jobs.withLock { (all: inout [String: ExportJob]) throws(EngineError) -> ExportJob in
            Self.dropIdle(&all, now: now)
            guard let job = all[id], job.accountID == accountID, job.session == session else {
                throw Self.unknown(id)
            }
            all[id] = nil
            return job
        }
    }

    /// How many exports are open (for tests and the status).
    var count: Int { jobs.withLock { $0.count } }

    private static func dropIdle(_ all: inout [String: ExportJob], now: Date) {
        all = all.filter { $0.value.busy || now.timeIntervalSince($0.value.lastUsed) < ExportLimits.idleSeconds }
    }

    private static func unknown(_ id: String) -> EngineError {
        .notFound(entity: "export", key: id)
    }
}

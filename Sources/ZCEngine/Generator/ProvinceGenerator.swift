import Foundation
import GRDB
import Logging

/// 省级数据生成 — writes a realistic province straight into a store: the organisation tree of 河北 with every admin,
/// handler and leader, the reference data, committees, one batch per city-level office, and the applicants with one
/// declaration each in every state, with full sections, evidence, snapshots, review history, blacklist and audit
/// trail. For benchmarks and for trying the system at scale; never on a store in use.
///
/// Speed: rows go in through prepared statements in transactions of `transactionSize` declarations, with
/// `synchronous = OFF` and foreign-key checks off while loading (a one-off load that is thrown away if it fails);
/// both are restored and the WAL checkpointed before `generate` returns. The password is hashed once.
public struct ProvinceGenerator: Sendable {
    public let config: ProvinceGeneratorConfig

    public init(_ config: ProvinceGeneratorConfig) { self.config = config }

    /// The generated province with its manifest and a summary.
    public struct Result: Sendable {
        public var summary: GenerationSummary
        public var manifest: GenerationManifest
    }

    /// Generates into `store`, which must hold no organisation yet (a new state folder). Reports progress now and
    /// then; the caller writes the manifest where it likes (zcd: `<state>/generated.json`).
    public func generate(into store: Store, progress: (GenerationProgress) -> Void = { _ in }) throws -> Result {
        let started = Date()
        let engine = Engine(store: store, logger: Logger(label: "zcd.generate"))
        try engine.prepare()
        let existing = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM organization") ?? 0 }
        guard existing == 0 else {
            throw EngineError.failedPrecondition(
                "the database already holds \(existing) organisations; generate into a new state folder",
                state: "initialized")
        }
        var engineConfig = EngineConfig()
        engineConfig.kdfLogN = config.kdfLogN
        let hash = try PasswordHasher(config: engineConfig).hash(config.password)
        let reference = try store.pool.read { db in try ReferenceCatalog(db) }
        var treeRandom = GeneratorRandom(seed: config.seed).fork(1)
        let tree = try ProvinceTree.build(employers: config.employers, cities: config.cities, random: &treeRandom)
        let evidence = try GeneratedEvidence.write(into: EvidenceStore(databasePath: store.path))
        var context = GenerationContext(
            config: config, tree: tree, reference: reference, passwordHash: hash, now: GeneratedTime(config.now),
            evidence: evidence)

        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -200000")
            defer {
                try? db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000")
            }
            var writer = try BulkWriter(db)
            try db.inTransaction {
                try context.writeTree(&writer, db)
                return .commit
            }
            progress(
                GenerationProgress(
                    phase: "organisations", done: tree.organizations.count, total: tree.organizations.count))
            var done = 0
            while done < config.applicants {
                let count = min(config.transactionSize, config.applicants - done)
                let people = context.people(from: done, count: count)
                let rows = try DeclarationRows.make(people, first: done, context: context)
                try db.inTransaction {
                    for row in rows { try context.write(row, &writer) }
                    return .commit
                }
                done += count
                progress(GenerationProgress(phase: "declarations", done: done, total: config.applicants))
            }
            try db.inTransaction {
                try context.writeStaffLogins(&writer)
                return .commit
            }
            _ = try db.checkpoint(.truncate)
        }
        let seconds = Date().timeIntervalSince(started)
        let manifest = try store.pool.read { db in try context.manifest(db, seconds: seconds) }
        let summary = try store.pool.read { db in
            try context.summary(db, manifest: manifest, seconds: seconds, path: store.path)
        }
        return Result(summary: summary, manifest: manifest)
    }
}

#if canImport(Glibc)
import Glibc
#endif
import GRDB

/// 基础数据 — the series and qualifications. The store is their truth: the compiled-in seed fills the tables once,
/// at the first start, and every later rule (a committee's series and level) reads the tables, never the seed.
/// Editing them is not offered yet.
extension Engine {
    /// Prepares a freshly opened store for use: seeds the reference data if its tables are empty. Idempotent; zcd
    /// calls it once after building the engine, before it serves anything.
    public func prepare() throws {
        try seedReferenceData(ReferenceData.bundled())
    }

    /// Copies `data` into `reference_series` and `reference_qualification` when the series table is empty, with the
    /// audit event `ref.seed` by the system, in one transaction; does nothing otherwise. Returns the number of series
    /// written (0 when the tables were already filled).
    @discardableResult
    public func seedReferenceData(_ data: ReferenceData) throws -> Int {
        try store.pool.write { db -> Int in
            guard try ReferenceSeriesRecord.fetchCount(db) == 0 else { return 0 }
            var qualifications = 0
            for (index, series) in data.series.enumerated() {
                try ReferenceSeriesRecord(
                    code: series.code, name: series.name, verified: series.verified, retired: false, position: index
                ).insert(db)
                for (position, q) in series.qualifications.enumerated() {
                    try ReferenceQualificationRecord(
                        code: q.code, seriesCode: series.code, name: q.name, level: q.level.rawValue, retired: false,
                        position: position
                    ).insert(db)
                    qualifications += 1
                }
            }
            try self.audit(
                db, Self.systemCaller,
                AuditEntry(
                    action: "ref.seed", targetType: "reference", targetID: "series",
                    detail: ["series": String(data.series.count), "qualifications": String(qualifications)],
                    actorLogin: "system"))
            return data.series.count
        }
    }

    /// The daemon itself, for what it does on its own (seeding at start-up).
    static var systemCaller: Caller {
        #if canImport(Glibc)
        let peer = Peer(uid: UInt32(getuid()), gid: UInt32(getgid()), pid: getpid())
        #else
        let peer = Peer(uid: 0, gid: 0, pid: 0)
        #endif
        return Caller(peer: peer, isOperator: true)
    }

    /// 评审系列 — every series with its qualifications by level, in the seed's order; retired series and
    /// qualifications only when asked for. Public reference data: anyone may read it.
    public func referenceSeries(includeRetired: Bool) async throws -> [SeriesView] {
        try read { db in
            var seriesRequest = ReferenceSeriesRecord.order(Column("position"))
            var qualificationRequest = ReferenceQualificationRecord.order(Column("series_code"), Column("position"))
            if !includeRetired {
                seriesRequest = seriesRequest.filter(Column("retired") == false)
                qualificationRequest = qualificationRequest.filter(Column("retired") == false)
            }
            let series = try seriesRequest.fetchAll(db)
            let qualifications = try qualificationRequest.fetchAll(db)
            let bySeries = Dictionary(grouping: qualifications, by: \.seriesCode)
            return series.map { s in Self.seriesView(s, bySeries[s.code] ?? []) }
        }
    }

    /// 资格 — the qualifications of one series (not retired), optionally of one level, lowest level first.
    /// Throws `notFound` for an unknown series.
    public func referenceQualifications(series code: String, level: TitleLevel?) async throws -> [QualificationView] {
        try read { db in
            guard let series = try ReferenceSeriesRecord.fetchOne(db, key: code) else {
                throw EngineError.notFound(entity: "series", key: code)
            }
            var request = ReferenceQualificationRecord
                .filter(Column("series_code") == code && Column("retired") == false)
            if let level { request = request.filter(Column("level") == level.rawValue) }
            let rows = try request.order(Column("position")).fetchAll(db)
            return rows.compactMap { r -> QualificationView? in
                guard let level = TitleLevel(rawValue: r.level) else { return nil }
                return QualificationView(
                    code: r.code, name: r.name, level: level, seriesCode: series.code, seriesName: series.name)
            }.sorted { $0.level < $1.level }
        }
    }

    /// One series as stored now (retired qualifications left out), or nil.
    func storedSeries(_ db: Database, code: String) throws -> SeriesView? {
        guard let series = try ReferenceSeriesRecord.fetchOne(db, key: code) else { return nil }
        let qualifications = try ReferenceQualificationRecord
            .filter(Column("series_code") == code && Column("retired") == false)
            .order(Column("position")).fetchAll(db)
        return Self.seriesView(series, qualifications)
    }

    private static func seriesView(_ s: ReferenceSeriesRecord, _ rows: [ReferenceQualificationRecord]) -> SeriesView {
        var byLevel: [TitleLevel: [Qualification]] = [:]
        for r in rows {
            guard let level = TitleLevel(rawValue: r.level) else { continue }
            byLevel[level, default: []].append(Qualification(code: r.code, name: r.name, level: level))
        }
        let levels = TitleLevel.allCases.compactMap { level in
            byLevel[level].map { SeriesView.Level(level: level, qualifications: $0) }
        }
        return SeriesView(code: s.code, name: s.name, verified: s.verified, retired: s.retired, levels: levels)
    }
}

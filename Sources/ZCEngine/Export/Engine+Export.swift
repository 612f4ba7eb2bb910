import Foundation
import GRDB

/// An export that has begun.
public struct ExportStarted: Sendable, Equatable {
    /// Pass it to ``Engine/nextExportChunk(id:maxBytes:caller:)``.
    public var id: String
    /// The cases selected when it began.
    public var rows: Int
    public var format: ExportFormat
    /// A suggested file name, e.g. `资格审查名单-12-130100-20261129.xlsx`.
    public var fileName: String
    public var mediaType: String
}

/// One piece of an export's file.
public struct ExportChunk: Sendable, Equatable {
    /// The next bytes of the file; at most the chunk bound.
    public var data: [UInt8]
    /// True on the last piece; the export is forgotten then.
    public var done: Bool
    /// Cases written so far, this chunk included.
    public var rowsWritten: Int
    /// Bytes of file produced so far, this chunk included.
    public var bytesWritten: Int
}

extension Engine {
    /// 资格审查名单导出 — begins an export of a batch's review list at the caller's organisation (a leader with
    /// 资格审查名单导出, at a provincial unit or a city-level office). Nothing is read beyond the count yet: the
    /// file is made chunk by chunk by ``nextExportChunk(id:maxBytes:caller:)``.
    ///
    /// `filter.batchID` is required; `filter.state` may be any state but draft (default: every state from
    /// submitted on). Audited as `export.reviewList` with the filters and the row count.
    public func beginExport(format: ExportFormat, filter: CaseFilter, caller: Caller) async throws -> ExportStarted {
        let principal: Principal
        do {
            principal = try Self.requireExporter(caller)
        } catch let refusal {
            if case .permissionDenied = refusal {
                await auditSeparately(
                    caller,
                    AuditEntry(
                        action: "export.reviewList", outcome: .denied, organizationID: caller.principal?.organizationID,
                        targetType: "batch", targetID: filter.batchID.map { String($0) }))
            }
            throw refusal
        }
        var v: [Violation] = []
        if filter.batchID == nil { v.append(Violation(field: "batch", reason: "is required")) }
        if filter.state == .draft {
            v.append(Violation(field: "state", reason: "drafts are not in the review list; give a state from submitted on"))
        }
        guard v.isEmpty, let batchID = filter.batchID else { throw EngineError.invalidArgument(v) }
        let now = clock.now()
        // Counting reads; only the audit event is written, after the export is registered (so a refusal for too
        // many open exports leaves no event of an export that never was).
        let (org, rows) = try await store.pool.read { db in
            let batch = try self.batchView(db, try self.batch(db, id: batchID))
            guard try self.callerIsUnder(officeCode: batch.officeCode, db, caller) else {
                throw EngineError.notFound(entity: "batch", key: String(batchID))
            }
            let org = try self.organization(db, id: principal.organizationID)
            return (org, try ReviewListSelection(organizationCode: org.code, filter: filter).count(db))
        }
        if format == .xlsx && rows >= XLSXFormat.maximumRows {
            throw EngineError.failedPrecondition(
                "\(rows) cases are more than the \(XLSXFormat.maximumRows - 1) rows a worksheet holds; "
                    + "narrow the selection or export CSV")
        }
        let id = Self.newExportID()
        let local = LocalDateTime(now)
        try exports.add(
            ExportJob(
                id: id, accountID: principal.accountID, session: principal.tokenHash,
                selection: ReviewListSelection(organizationCode: org.code, filter: filter), totalRows: rows,
                encoder: ReviewListEncoder(format: format, modified: local), lastUsed: now),
            now: now)
        var detail = ["format": format.rawValue, "rows": String(rows), "export": id, "batch": String(batchID)]
        if let s = filter.seriesCode { detail["series"] = s }
        if let l = filter.level { detail["level"] = l.rawValue }
        if let s = filter.state { detail["state"] = s.rawValue }
        if let q = filter.query { detail["query"] = q }
        let entry = AuditEntry(
            action: "export.reviewList", organizationID: org.id, targetType: "batch", targetID: String(batchID),
            detail: detail)
        do {
            try await write { db in try self.audit(db, caller, entry) }
        } catch {
            _ = try? exports.remove(id, accountID: principal.accountID, session: principal.tokenHash, now: now)
            throw error
        }
        return ExportStarted(
            id: id, rows: rows, format: format,
            fileName: "资格审查名单-\(batchID)-\(org.code)-\(local.compactDay).\(format.rawValue)",
            mediaType: format.mediaType)
    }

    /// The next piece of an export's file, at most `maxBytes` (16 KiB … 1 MiB) long. The cursor advances only when
    /// a chunk is made, so a chunk that fails (e.g. the store is busy) can be asked for again. Only the session that
    /// began the export may continue it.
    public func nextExportChunk(
        id: String, maxBytes: Int = ExportLimits.maximumChunkBytes, caller: Caller
    ) async throws -> ExportChunk {
        let principal = try Self.requireExporter(caller)
        guard (ExportLimits.minimumChunkBytes...ExportLimits.maximumChunkBytes).contains(maxBytes) else {
            throw EngineError.invalid(
                "maxBytes",
                "must be between \(ExportLimits.minimumChunkBytes) and \(ExportLimits.maximumChunkBytes)")
        }
        let job = try exports.checkOut(
            id, accountID: principal.accountID, session: principal.tokenHash, now: clock.now())
        do {
            let (updated, data) = try await store.pool.read { db in
                var job = job
                let data = try Self.produceChunk(&job, db, maxBytes: maxBytes)
                return (job, data)
            }
            exports.checkIn(updated, now: clock.now())
            return ExportChunk(
                data: data, done: updated.phase == .done, rowsWritten: updated.rowsWritten,
                bytesWritten: updated.bytesWritten)
        } catch {
            exports.checkIn(job, now: clock.now())
            throw error
        }
    }

    /// Ends an export early and forgets it.
    public func cancelExport(id: String, caller: Caller) throws {
        let principal = try Self.requireExporter(caller)
        _ = try exports.remove(id, accountID: principal.accountID, session: principal.tokenHash, now: clock.now())
    }

    /// Exports open right now.
    public var openExports: Int { exports.count }

    /// Makes one chunk: the prologue first, then as many whole rows as fit, then the epilogue once it fits.
    static func produceChunk(_ job: inout ExportJob, _ db: Database, maxBytes: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(maxBytes)
        if job.phase == .prologue {
            try job.encoder.prologue(into: &out)
            job.phase = .rows
        }
        filling: while job.phase == .rows {
            // Ask for about as many rows as the room left takes, judged by the rows so far.
            let average = job.rowsWritten > 0 ? max(64, job.rowBytes / job.rowsWritten) : 512
            let wanted = min(max((maxBytes - out.count) / average + 8, 16), ExportLimits.maximumRowsPerQuery)
            let rows = try job.selection.rows(db, after: job.lastID, limit: wanted)
            for row in rows {
                let bytes = job.encoder.render(
                    ReviewListColumns.cells(row, number: job.rowsWritten + 1), number: job.rowsWritten + 1)
                guard out.count + bytes.count <= maxBytes else {
                    if out.isEmpty {
                        throw EngineError.resourceExhausted(
                            "case \(row.summary.id) takes \(bytes.count) bytes, more than a chunk of \(maxBytes)")
                    }
                    break filling
                }
                try job.encoder.commit(bytes, into: &out)
                job.lastID = row.summary.id
                job.rowsWritten += 1
                job.rowBytes += bytes.count
            }
            if rows.count < wanted { job.phase = .epilogue }
        }
        if job.phase == .epilogue {
            var encoder = job.encoder
            var tail: [UInt8] = []
            try encoder.epilogue(into: &tail)
            if out.count + tail.count <= maxBytes {
                out += tail
                job.encoder = encoder
                job.phase = .done
            }
        }
        job.bytesWritten += out.count
        return out
    }

    /// A leader holding 资格审查名单导出 (which only the leaders of provincial units and city-level offices can hold).
    static func requireExporter(_ caller: Caller) throws(EngineError) -> Principal {
        let principal = try caller.requireAccount()
        guard principal.kind == .staff, principal.staffType == StaffType.leader.rawValue,
            principal.permissions.contains(Permission.reviewExportList.rawValue)
        else {
            throw EngineError.permissionDenied(
                "exporting the review list needs the permission \(Permission.reviewExportList.label), which leaders "
                    + "of provincial units and city title-reform offices hold",
                permission: Permission.reviewExportList.rawValue, scope: "leader with review.exportList")
        }
        return principal
    }

    /// 128 random bits as 32 hex digits.
    static func newExportID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in
            let b = UInt8.random(in: 0...255, using: &generator)
            return String(b >> 4, radix: 16) + String(b & 0xF, radix: 16)
        }.joined()
    }
}

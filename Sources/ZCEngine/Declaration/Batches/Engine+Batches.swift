import Foundation
import GRDB

extension Engine {
    /// 开启申报批次 — a title-reform office's admin opens a declaration window for some series.
    public func createBatch(_ new: NewBatch, caller: Caller) async throws -> BatchView {
        let now = clock.now()
        return try await write { db in
            let principal = try caller.requireAccount()
            let office = try self.organization(db, id: principal.organizationID)
            try self.requireOfficeAdmin(office, caller)
            var v: [Violation] = []
            let name = Validate.text(new.name, field: "name", max: 100, into: &v)
            if !(2000...2100).contains(new.year) { v.append(Violation(field: "year", reason: "must be 2000–2100")) }
            if new.closesAt <= new.opensAt {
                v.append(Violation(field: "closesAt", reason: "must be after opensAt"))
            }
            if new.closesAt <= now { v.append(Violation(field: "closesAt", reason: "must be in the future")) }
            let series = try self.validateSeriesCodes(db, new.seriesCodes, field: "seriesCodes", into: &v)
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            var batch = BatchRecord(
                officeOrganizationId: office.id ?? 0, year: new.year, name: name, opensAt: new.opensAt,
                closesAt: new.closesAt, archived: false, createdAt: now, updatedAt: now)
            try batch.insert(db)
            for code in series {
                try db.execute(
                    sql: "INSERT INTO batch_series (batch_id, series_code) VALUES (?, ?)", arguments: [batch.id, code])
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "batch.create", organizationID: office.id, targetType: "batch",
                    targetID: batch.id.map(String.init),
                    detail: ["name": name, "series": series.joined(separator: ","), "year": String(new.year)]))
            return try self.batchView(db, batch)
        }
    }

    /// Changes a batch's name, series or window; its office's admin only, and not once archived.
    public func editBatch(id: Int64, _ changes: BatchChanges, caller: Caller) async throws -> BatchView {
        let now = clock.now()
        return try await write { db in
            var batch = try self.batch(db, id: id)
            try self.requireOfficeAdmin(try self.organization(db, id: batch.officeOrganizationId), caller)
            guard !batch.archived else {
                throw EngineError.failedPrecondition("batch \(id) is archived", state: "archived")
            }
            var v: [Violation] = []
            if let name = changes.name { batch.name = Validate.text(name, field: "name", max: 100, into: &v) }
            if let opens = changes.opensAt { batch.opensAt = opens }
            if let closes = changes.closesAt { batch.closesAt = closes }
            if batch.closesAt <= batch.opensAt {
                v.append(Violation(field: "closesAt", reason: "must be after opensAt"))
            }
            var series: [String]?
            if let codes = changes.seriesCodes {
                series = try self.validateSeriesCodes(db, codes, field: "seriesCodes", into: &v)
                let used = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT DISTINCT series_code FROM application WHERE batch_id = ?"), arguments: [id])
                for code in used where !(series ?? []).contains(code) {
                    v.append(
                        Violation(field: "seriesCodes", reason: "series \(code) has declarations in this batch"))
                }
            }
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            batch.updatedAt = now
            try batch.update(db)
            if let series {
                try db.execute(sql: "DELETE FROM batch_series WHERE batch_id = ?", arguments: [id])
                for code in series {
                    try db.execute(
                        sql: "INSERT INTO batch_series (batch_id, series_code) VALUES (?, ?)", arguments: [id, code])
                }
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "batch.edit", organizationID: batch.officeOrganizationId, targetType: "batch",
                    targetID: String(id),
                    detail: ["closesAt": ISO8601DateFormatter().string(from: batch.closesAt), "name": batch.name]))
            return try self.batchView(db, batch)
        }
    }

    /// 归档 — closes a batch for good: no more saving or submitting in it.
    public func archiveBatch(id: Int64, caller: Caller) async throws -> BatchView {
        let now = clock.now()
        return try await write { db in
            var batch = try self.batch(db, id: id)
            try self.requireOfficeAdmin(try self.organization(db, id: batch.officeOrganizationId), caller)
            guard !batch.archived else {
                throw EngineError.failedPrecondition("batch \(id) is already archived", state: "archived")
            }
            batch.archived = true
            batch.updatedAt = now
            try batch.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "batch.archive", organizationID: batch.officeOrganizationId, targetType: "batch",
                    targetID: String(id)))
            return try self.batchView(db, batch)
        }
    }

    /// One batch, if the caller may see it: staff and admins of its office or below, applicants under its office.
    public func showBatch(id: Int64, caller: Caller) async throws -> BatchView {
        try read { db in
            let batch = try self.batch(db, id: id)
            let view = try self.batchView(db, batch)
            guard try self.callerIsUnder(officeCode: view.officeCode, db, caller) else {
                throw EngineError.notFound(entity: "batch", key: String(id))
            }
            return view
        }
    }

    /// Batches visible to the caller: those of the offices at or above the caller's organisation, newest first.
    public func listBatches(year: Int?, openOnly: Bool, includeArchived: Bool, page: PageRequest, caller: Caller)
        async throws -> Page<BatchView>
    {
        let now = clock.now()
        return try read { db in
            let principal = try caller.requireAccount()
            let own = try self.organization(db, id: principal.organizationID)
            var conditions = ["instr(?, o.code) = 1"]
            var arguments: [any DatabaseValueConvertible] = [own.code]
            if let year {
                conditions.append("b.year = ?")
                arguments.append(year)
            }
            if !includeArchived || openOnly { conditions.append("b.archived = 0") }
            if openOnly {
                conditions.append("b.opens_at <= ? AND b.closes_at > ?")
                arguments += [now, now]
            }
            let whereClause = conditions.joined(separator: " AND ")
            let from = "FROM batch b JOIN organization o ON o.id = b.office_organization_id WHERE \(whereClause)"
            let total = try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) \(from)"), arguments: StatementArguments(arguments)) ?? 0
            let rows = try BatchRecord.fetchAll(
            try db.cachedStatement(sql: "SELECT b.* \(from) ORDER BY b.year DESC, b.id DESC LIMIT ? OFFSET ?"),
                arguments: StatementArguments(arguments + [page.limit, page.offset]))
            return Page(items: try rows.map { try self.batchView(db, $0) }, total: total, request: page)
        }
    }

    // MARK: helpers

    func batch(_ db: Database, id: Int64) throws -> BatchRecord {
        guard let b = try BatchRecord.find(db, id: id) else {
            throw EngineError.notFound(entity: "batch", key: String(id))
        }
        return b
    }

    func batchView(_ db: Database, _ b: BatchRecord) throws -> BatchView {
        let office = try organization(db, id: b.officeOrganizationId)
        let series = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT series_code FROM batch_series WHERE batch_id = ? ORDER BY series_code"), arguments: [b.id])
        return BatchView(
            id: b.id ?? 0, year: b.year, name: b.name, officeCode: office.code, officeName: office.name,
            seriesCodes: series, opensAt: b.opensAt, closesAt: b.closesAt, archived: b.archived,
            createdAt: b.createdAt)
    }

    /// The caller must be the admin of a title-reform office (职改办).
    func requireOfficeAdmin(_ office: OrganizationRecord, _ caller: Caller) throws {
        try requireAdmin(of: office, caller)
        guard OrganizationKind(rawValue: office.kind)?.isOffice == true else {
            throw EngineError.permissionDenied(
                "only a title-reform office (职改办) opens declaration batches", scope: "admin of a title-reform office")
        }
    }

    /// True when the caller's organisation is the office or below it.
    func callerIsUnder(officeCode: String, _ db: Database, _ caller: Caller) throws -> Bool {
        let principal = try caller.requireAccount()
        let own = try organization(db, id: principal.organizationID)
        return own.code.hasPrefix(officeCode)
    }

    /// Known, not retired, no duplicates; at least one.
    func validateSeriesCodes(_ db: Database, _ codes: [String], field: String, into v: inout [Violation]) throws
        -> [String]
    {
        if codes.isEmpty { v.append(Violation(field: field, reason: "at least one series is required")) }
        var seen = Set<String>()
        for (i, code) in codes.enumerated() {
            if !seen.insert(code).inserted {
                v.append(Violation(field: "\(field)[\(i)]", reason: "\(code) is given twice"))
                continue
            }
            let known = try Bool.fetchOne(
            try db.cachedStatement(sql: "SELECT retired = 0 FROM reference_series WHERE code = ?"), arguments: [code])
            if known != true {
                v.append(Violation(field: "\(field)[\(i)]", reason: "\(code) is not a current series (see ref.series)"))
            }
        }
        return codes
    }
}

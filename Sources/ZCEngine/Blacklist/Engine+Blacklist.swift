import Foundation
import GRDB

/// 黑名单 — listing happens in a review decision (``Engine/decide(_:caller:)``); title-reform offices list the
/// entries made at or below them and lift one with a reason.
extension Engine {
    /// The blacklist entries made at or below the caller's title-reform office, newest first. `query` is part of
    /// the name or the start of the ID number; `activeOnly` (the default) leaves out lifted and expired entries.
    public func listBlacklist(query: String?, activeOnly: Bool, page: PageRequest, caller: Caller) async throws
        -> Page<BlacklistEntryView>
    {
        let now = clock.now()
        return try read { db in
            let office = try self.requireOfficeAdminCaller(db, caller)
            var conditions = ["(o.code GLOB ? OR (b.organization_id IS NULL AND ?))"]
            var arguments: [any DatabaseValueConvertible] = [office.code + "*", office.parentId == nil]
            if activeOnly {
                conditions.append("b.lifted_at IS NULL AND b.until > ?")
                arguments.append(now)
            }
            if let q = query?.trimmingCharacters(in: .whitespaces), !q.isEmpty {
                let escaped = q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
                conditions.append("(ap.name LIKE ? ESCAPE '\\' OR b.id_number LIKE ? ESCAPE '\\')")
                arguments += ["%" + escaped + "%", escaped.uppercased() + "%"]
            }
            let whereClause = conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) \(Self.blacklistJoins) WHERE \(whereClause)"),
                arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                    SELECT \(Self.blacklistColumns) \(Self.blacklistJoins) WHERE \(whereClause)
                    ORDER BY b.listed_at DESC, b.id DESC LIMIT ? OFFSET ?
                    """), arguments: StatementArguments(arguments + [page.limit, page.offset]))
            return Page(items: rows.map { Self.blacklistEntry($0, now: now) }, total: total, request: page)
        }
    }

    /// 解除黑名单 — lifts an active entry, with a reason, by the admin of a title-reform office at or above the
    /// organisation that listed the person. The person may submit again at once (unless another entry still
    /// lists them); the case that led to the listing stays 加入黑名单 (final for its batch). Audited as
    /// `blacklist.lift`.
    public func liftBlacklistEntry(id: Int64, reason: String, caller: Caller) async throws -> BlacklistEntryView {
        var v: [Violation] = []
        let reason = Validate.text(reason, field: "reason", max: 500, into: &v)
        guard v.isEmpty else { throw EngineError.invalidArgument(v) }
        let now = clock.now()
        return try await write { db in
            let office = try self.requireOfficeAdminCaller(db, caller)
            guard
                let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT \(Self.blacklistColumns) \(Self.blacklistJoins) WHERE b.id = ?"), arguments: [id])
            else { throw EngineError.notFound(entity: "blacklist entry", key: String(id)) }
            let entry = Self.blacklistEntry(row, now: now)
            let listedHere = entry.organizationCode.map { $0.hasPrefix(office.code) } ?? (office.parentId == nil)
            guard listedHere else { throw EngineError.notFound(entity: "blacklist entry", key: String(id)) }
            if entry.liftedAt != nil {
                throw EngineError.failedPrecondition("blacklist entry \(id) was already lifted", state: "lifted")
            }
            if !entry.active {
                throw EngineError.failedPrecondition(
                    "blacklist entry \(id) expired at \(LocalDateTime(entry.until).text); nothing to lift",
                    state: "expired")
            }
            let principal = try caller.requireAccount()
            try db.execute(
                sql: "UPDATE blacklist SET lifted_at = ?, lifted_by_account_id = ?, lift_reason = ? WHERE id = ?",
                arguments: [now, principal.accountID, reason, id])
            let listingOrganization: Int64? = row["organization_id"]
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "blacklist.lift", organizationID: listingOrganization ?? office.id,
                    targetType: "blacklist", targetID: String(id), caseID: entry.caseID, opinion: reason,
                    detail: ["idNumber": entry.idNumber, "until": LocalDateTime(entry.until).text]))
            guard
                let lifted = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT \(Self.blacklistColumns) \(Self.blacklistJoins) WHERE b.id = ?"), arguments: [id])
            else { throw EngineError.notFound(entity: "blacklist entry", key: String(id)) }
            return Self.blacklistEntry(lifted, now: now)
        }
    }

    /// The caller must be the admin of a title-reform office (职改办) at any tier; returns the office.
    private func requireOfficeAdminCaller(_ db: Database, _ caller: Caller) throws -> OrganizationRecord {
        let principal = try caller.requireAccount()
        let org = try organization(db, id: principal.organizationID)
        guard principal.kind == .orgAdmin, OrganizationKind(rawValue: org.kind)?.isOffice == true else {
            throw EngineError.permissionDenied(
                "the blacklist is kept by the title-reform offices (职改办); only their admins list and lift entries",
                scope: "admin of a title-reform office")
        }
        return org
    }

    private static let blacklistColumns = """
        b.id, b.id_number, coalesce(ap.name, '') AS name, b.reason, b.listed_at, b.until, b.organization_id,
        o.code AS organization_code, o.name AS organization_name, lb.login AS listed_by_login,
        lb.display_name AS listed_by_name, b.application_id, b.lifted_at, fb.login AS lifted_by_login,
        fb.display_name AS lifted_by_name, b.lift_reason
        """

    private static let blacklistJoins = """
        FROM blacklist b
        LEFT JOIN applicant ap ON ap.id_number = b.id_number
        LEFT JOIN organization o ON o.id = b.organization_id
        LEFT JOIN account lb ON lb.id = b.listed_by_account_id
        LEFT JOIN account fb ON fb.id = b.lifted_by_account_id
        """

    private static func blacklistEntry(_ row: Row, now: Date) -> BlacklistEntryView {
        let until: Date = row["until"]
        let liftedAt: Date? = row["lifted_at"]
        return BlacklistEntryView(
            id: row["id"], idNumber: row["id_number"], name: row["name"], reason: row["reason"],
            listedAt: row["listed_at"], until: until, organizationCode: row["organization_code"],
            organizationName: row["organization_name"], listedByLogin: row["listed_by_login"],
            listedByName: row["listed_by_name"], caseID: row["application_id"], active: liftedAt == nil && until > now,
            liftedAt: liftedAt, liftedByLogin: row["lifted_by_login"], liftedByName: row["lifted_by_name"],
            liftReason: row["lift_reason"])
    }
}

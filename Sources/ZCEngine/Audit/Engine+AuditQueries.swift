import Foundation
import GRDB

/// 审计查询 — reading the audit trail. Read-only by construction: these are the only methods that touch
/// `audit_event` besides the appends of ``Engine/audit(_:_:_:)``, and the table's triggers refuse every UPDATE and
/// DELETE whoever asks. Reading the trail is not itself audited.
extension Engine {
    /// The audit trail of one case, newest first: for admins of the case's employer or of an organisation above
    /// it, and for the staff (handlers and leaders) of the organisations on its chain.
    public func auditOfCase(id: Int64, range: AuditRange, page: PageRequest, caller: Caller) async throws
        -> Page<AuditEventView>
    {
        try Self.validate(range)
        return try read { db in
            let principal = try caller.requireAccount()
            guard let app = try ApplicationRecord.find(db, id: id) else {
                throw EngineError.notFound(entity: "application", key: String(id))
            }
            switch principal.kind {
            case .orgAdmin:
                let own = try self.organization(db, id: principal.organizationID)
                let employer = try self.organization(db, id: app.employerOrganizationId)
                guard employer.code.hasPrefix(own.code) else {
                    throw EngineError.notFound(entity: "application", key: String(id))
                }
            case .staff:
                guard try self.isOnChain(db, app, organizationID: principal.organizationID) else {
                    throw EngineError.notFound(entity: "application", key: String(id))
                }
            case .applicant:
                throw EngineError.permissionDenied(
                    "a case's audit trail is for its reviewers and the admins above it",
                    scope: "admin at or above the employer, or staff on the case's chain")
            }
            return try self.auditPage(db, subject: "ev.case_id = ?", [id], range, page)
        }
    }

    /// The audit trail of an organisation (events that concern it; with `subtree`, also every organisation below
    /// it), newest first: for the admins of that organisation or of one above it.
    public func auditOfOrganization(
        code: String, subtree: Bool, range: AuditRange, page: PageRequest, caller: Caller
    ) async throws -> Page<AuditEventView> {
        try Self.validate(range)
        return try read { db in
            let org = try self.organization(db, code: code)
            try self.requireAdminAtOrAbove(org, db, caller)
            if subtree {
                return try self.auditPage(
                    db, subject: "ev.organization_id IN (SELECT id FROM organization WHERE code GLOB ?)",
                    [org.code + "*"], range, page)
            }
            return try self.auditPage(db, subject: "ev.organization_id = ?", [org.id], range, page)
        }
    }

    private static func validate(_ range: AuditRange) throws(EngineError) {
        var v: [Violation] = []
        if let from = range.from, let to = range.to, from >= to {
            v.append(Violation(field: "to", reason: "must be after from"))
        }
        if let action = range.action {
            let name = action.hasSuffix(".*") ? String(action.dropLast(2)) : action
            if name.isEmpty || name.count > 64
                || !name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "." })
            {
                v.append(
                    Violation(
                        field: "action",
                        reason: "an action name such as review.pass, or a family such as review.* (letters, digits, dots)"))
            }
        }
        guard v.isEmpty else { throw .invalidArgument(v) }
    }

    private func auditPage(
        _ db: Database, subject: String, _ subjectArguments: [any DatabaseValueConvertible], _ range: AuditRange,
        _ page: PageRequest
    ) throws -> Page<AuditEventView> {
        var conditions = [subject]
        var arguments = subjectArguments
        if let from = range.from {
            conditions.append("ev.at >= ?")
            arguments.append(from)
        }
        if let to = range.to {
            conditions.append("ev.at < ?")
            arguments.append(to)
        }
        if let action = range.action {
            if action.hasSuffix(".*") {
                let family = String(action.dropLast(1))  // `review.`
                conditions.append("substr(ev.action, 1, ?) = ?")
                arguments += [family.utf8.count, family]
            } else {
                conditions.append("ev.action = ?")
                arguments.append(action)
            }
        }
        let whereClause = conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM audit_event ev WHERE \(whereClause)"),
            arguments: StatementArguments(arguments)) ?? 0
        let rows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                SELECT ev.*, ac.display_name AS actor_name, o.code AS organization_code, o.name AS organization_name
                FROM audit_event ev
                LEFT JOIN account ac ON ac.id = ev.actor_account_id
                LEFT JOIN organization o ON o.id = ev.organization_id
                WHERE \(whereClause)
                ORDER BY ev.at DESC, ev.id DESC LIMIT ? OFFSET ?
                """), arguments: StatementArguments(arguments + [page.limit, page.offset]))
        return Page(items: rows.map(Self.auditEvent), total: total, request: page)
    }

    private static func auditEvent(_ row: Row) -> AuditEventView {
        let detailText: String? = row["detail"]
        let detail = detailText.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
        return AuditEventView(
            id: row["id"], at: row["at"], action: row["action"], outcome: row["outcome"],
            actorLogin: row["actor_login"], actorName: row["actor_name"], organizationCode: row["organization_code"],
            organizationName: row["organization_name"], peerUID: row["peer_uid"], peerPID: row["peer_pid"],
            targetType: row["target_type"], targetID: row["target_id"], caseID: row["case_id"],
            opinion: row["opinion"], detail: detail ?? [:])
    }
}

import Foundation
import GRDB
import Logging

/// 审计 — one row of the append-only audit trail.
struct AuditRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "audit_event"

    var id: Int64?
    var at: Date
    var action: String
    var outcome: String
    var actorAccountId: Int64?
    var actorLogin: String?
    var actorOrganizationId: Int64?
    var peerUid: Int64
    var peerPid: Int64
    var organizationId: Int64?
    var targetType: String?
    var targetId: String?
    var caseId: Int64?
    var opinion: String?
    var detail: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// What an audit event says beyond who and when.
struct AuditEntry: Sendable {
    enum Outcome: String, Sendable {
        case ok, denied, failed
    }

    var action: String
    var outcome: Outcome = .ok
    /// The organisation the event concerns (for an organisation's trail).
    var organizationID: Int64?
    var targetType: String?
    var targetID: String?
    var caseID: Int64?
    var opinion: String?
    /// Small key/value details, stored as JSON.
    var detail: [String: String] = [:]
    /// Who acted, when not the caller's principal (e.g. a login before the session exists).
    var actorAccountID: Int64?
    var actorLogin: String?
    var actorOrganizationID: Int64?
}

extension Engine {
    /// Appends an audit event inside the caller's transaction, so the event and the change commit together.
    ///
    /// Every write appends one, so it is a prepared statement with its values in place, not a record encoded
    /// through `Encodable` (whose per-column name conversion cost more than the insert).
    func audit(_ db: Database, _ caller: Caller, _ entry: AuditEntry) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            clock.now(), entry.action, entry.outcome.rawValue, entry.actorAccountID ?? caller.principal?.accountID,
            entry.actorLogin ?? caller.principal?.login,
            entry.actorOrganizationID ?? caller.principal?.organizationID, Int64(caller.peer.uid),
            Int64(caller.peer.pid), entry.organizationID, entry.targetType, entry.targetID, entry.caseID,
            entry.opinion, entry.detail.isEmpty ? nil : Self.detailJSON(entry.detail),
        ]
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_event (at, action, outcome, actor_account_id, actor_login, actor_organization_id,
                    peer_uid, peer_pid, organization_id, target_type, target_id, case_id, opinion, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: StatementArguments(values))
    }

    /// Appends an audit event in a transaction of its own: for refusals, whose own transaction was rolled back.
    func auditSeparately(_ caller: Caller, _ entry: AuditEntry) async {
        do {
            try await write { db in try self.audit(db, caller, entry) }
        } catch {
            logger.error("could not write audit event \(entry.action): \(error)")
        }
    }

    /// `{"key":"value",…}`, keys sorted.
    static func detailJSON(_ detail: [String: String]) -> String {
        var out = "{"
        for (i, (key, value)) in detail.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += "," }
            JSONText.append(key, to: &out)
            out += ":"
            JSONText.append(value, to: &out)
        }
        return out + "}"
    }
}

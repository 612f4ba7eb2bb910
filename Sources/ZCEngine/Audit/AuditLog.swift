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
    func audit(_ db: Database, _ caller: Caller, _ entry: AuditEntry) throws {
        var record = AuditRecord(
            at: clock.now(), action: entry.action, outcome: entry.outcome.rawValue,
            actorAccountId: entry.actorAccountID ?? caller.principal?.accountID,
            actorLogin: entry.actorLogin ?? caller.principal?.login,
            actorOrganizationId: entry.actorOrganizationID ?? caller.principal?.organizationID,
            peerUid: Int64(caller.peer.uid), peerPid: Int64(caller.peer.pid),
            organizationId: entry.organizationID, targetType: entry.targetType, targetId: entry.targetID,
            caseId: entry.caseID, opinion: entry.opinion,
            detail: entry.detail.isEmpty ? nil : Self.detailJSON(entry.detail))
        try record.insert(db)
    }

    /// Appends an audit event in a transaction of its own: for refusals, whose own transaction was rolled back.
    func auditSeparately(_ caller: Caller, _ entry: AuditEntry) async {
        do {
            try await write { db in try self.audit(db, caller, entry) }
        } catch {
            logger.error("could not write audit event \(entry.action): \(error)")
        }
    }

    private static func detailJSON(_ detail: [String: String]) -> String? {
        guard let data = try? JSONSerialization.data(withJSONObject: detail, options: [.sortedKeys]) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}

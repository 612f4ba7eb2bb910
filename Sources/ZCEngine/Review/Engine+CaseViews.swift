import Foundation
import GRDB

extension Engine {
    /// 审查 — the case as a reviewer sees it: the frozen submitted snapshot with the live header. Staff and admins
    /// of the organisations on its chain may open it.
    public func caseDocument(id: Int64, caller: Caller) throws -> [UInt8] {
        try read { db in
            let app = try self.visibleCase(db, id: id, caller)
            return try self.document(db, app, frozen: true)
        }
    }

    /// One case's summary, for its reviewers.
    public func caseSummary(id: Int64, caller: Caller) throws -> CaseSummary {
        try read { db in
            try self.caseSummary(db, try self.visibleCase(db, id: id, caller))
        }
    }

    /// 审查记录 — every submission and every decision with its opinion, oldest first; for the applicant (own case)
    /// and the reviewers on its chain.
    public func caseHistory(id: Int64, caller: Caller) async throws -> [HistoryEntry] {
        try read { db in
            let principal = try caller.requireAccount()
            let app: ApplicationRecord
            if principal.kind == .applicant {
                app = try self.ownApplication(db, id: id, principal)
            } else {
                app = try self.visibleCase(db, id: id, caller)
            }
            var entries: [HistoryEntry] = []
            for (i, at) in try Date.fetchAll(
            try db.cachedStatement(sql: "SELECT submitted_at FROM application_snapshot WHERE application_id = ? ORDER BY id"),
                arguments: [id]
            ).enumerated() {
                entries.append(
                    HistoryEntry(
                        kind: .submitted, round: i + 1, at: at, organizationCode: nil, organizationName: nil, stage: nil,
                        reviewerName: nil, outcome: nil, opinion: nil, sections: []))
            }
            let rows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                    SELECT s.round, s.decided_at, s.stage, s.outcome, s.opinion, s.marks, o.code, o.name,
                        r.display_name AS reviewer
                    FROM review_step s JOIN organization o ON o.id = s.organization_id
                    LEFT JOIN account r ON r.id = s.reviewer_account_id
                    WHERE s.application_id = ? ORDER BY s.id
                    """), arguments: [app.id])
            for row in rows {
                let marks = (try? CanonicalJSON.decode([String].self, from: row["marks"] ?? "[]")) ?? []
                entries.append(
                    HistoryEntry(
                        kind: .review, round: row["round"], at: row["decided_at"], organizationCode: row["code"],
                        organizationName: row["name"], stage: ReviewStage(rawValue: row["stage"]),
                        reviewerName: row["reviewer"], outcome: ReviewOutcome(rawValue: row["outcome"]),
                        opinion: row["opinion"], sections: marks.compactMap(SectionKey.init(rawValue:))))
            }
            return entries.sorted { ($0.at, $0.kind == .submitted ? 0 : 1) < ($1.at, $1.kind == .submitted ? 0 : 1) }
        }
    }

    /// A case the caller may see as a reviewer: staff or admin of an organisation on its chain.
    func visibleCase(_ db: Database, id: Int64, _ caller: Caller) throws -> ApplicationRecord {
        let principal = try caller.requireAccount()
        guard principal.kind == .staff || principal.kind == .orgAdmin,
            let app = try ApplicationRecord.find(db, id: id),
            app.state != ApplicationState.draft.rawValue || app.round > 0,
            try isOnChain(db, app, organizationID: principal.organizationID)
        else { throw EngineError.notFound(entity: "application", key: String(id)) }
        return app
    }
}

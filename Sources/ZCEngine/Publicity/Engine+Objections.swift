import Foundation
import GRDB

extension Engine {
    /// 异议 — the office's handler records an objection against a case while its publicity is open (it arrives by
    /// letter, call or visit). Refused once the publicity has ended.
    public func recordObjection(_ new: NewObjection, caller: Caller) async throws -> ObjectionView {
        let now = clock.now()
        return try await write { db in
            let (principal, org) = try self.requireReviewStaff(
                db, caller, .handler, .reviewPublicity, doing: "record an objection (异议)")
            let publicity = try self.ownPublicity(db, id: new.publicityID, org: org)
            if now >= publicity.endsAt {
                throw EngineError.failedPrecondition(
                    "publicity \(new.publicityID) ended at \(Self.beijingText(publicity.endsAt)); objections are "
                        + "recorded only while it is open", state: PublicityView.State.ended.rawValue)
            }
            let listing = try self.listing(db, publicityID: new.publicityID, applicationID: new.applicationID)
            if let leftAt = listing.leftAt {
                throw EngineError.failedPrecondition(
                    "case \(new.applicationID) left publicity \(new.publicityID) at \(Self.beijingText(leftAt)) "
                        + "after an upheld objection", state: listing.state)
            }
            var v: [Violation] = []
            let content = Validate.text(new.content, field: "content", max: 2000, into: &v)
            let source = Validate.optionalText(new.source, field: "source", max: 50, into: &v)
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            try db.execute(
                sql: """
                    INSERT INTO publicity_objection (publicity_id, application_id, content, source, received_at,
                        recorded_by_account_id) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [new.publicityID, new.applicationID, content, source, now, principal.accountID])
            let id = db.lastInsertedRowID
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "publicity.objection", organizationID: org.id, targetType: "objection",
                    targetID: String(id), caseID: new.applicationID, opinion: content,
                    detail: ["publicity": String(new.publicityID)].merging(source.map { ["source": $0] } ?? [:]) { a, _ in a }))
            return try self.objection(db, id: id)
        }
    }

    /// 异议处理 — the handler decides an objection: upheld takes the case out of the publicity, returned to the
    /// applicant with marked sections or not passed; dismissed lets it go on. Either way it is a step of the case's
    /// history. Other pending objections against a case that leaves are closed as superseded.
    public func resolveObjection(_ r: ObjectionResolution, caller: Caller) async throws -> ObjectionView {
        let now = clock.now()
        return try await write { db in
            let (principal, org) = try self.requireReviewStaff(
                db, caller, .handler, .reviewPublicity, doing: "resolve an objection (异议)")
            let current = try self.objection(db, id: r.objectionID)
            _ = try self.ownPublicity(db, id: current.publicityID, org: org)
            guard current.state == .pending else {
                throw EngineError.aborted(
                    "objection \(r.objectionID) is already resolved (\(current.state.chineseName))",
                    state: current.state.rawValue)
            }
            var v: [Violation] = []
            let reason = Validate.text(r.reason, field: "reason", max: 1000, into: &v)
            switch (r.decision, r.outcome) {
            case (.upheld, nil):
                v.append(Violation(field: "outcome", reason: "an upheld objection needs an outcome: return or reject"))
            case (.dismissed, _?):
                v.append(Violation(field: "outcome", reason: "only an upheld objection has an outcome"))
            default: break
            }
            if r.outcome == .return && r.decision == .upheld && r.sections.isEmpty {
                v.append(Violation(field: "sections", reason: "mark at least one section the applicant must change"))
            }
            if !(r.outcome == .return && r.decision == .upheld) && !r.sections.isEmpty {
                v.append(Violation(field: "sections", reason: "sections are marked only when the case is returned"))
            }
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            guard var app = try ApplicationRecord.find(db, id: current.applicationID),
                app.state == ApplicationState.inPublicity.rawValue
            else {
                throw EngineError.failedPrecondition(
                    "case \(current.applicationID) is no longer in the publicity", state: nil)
            }
            let marks = r.outcome == .return ? try CanonicalJSON.encode(Array(Set(r.sections)).map(\.rawValue).sorted()) : nil
            try db.execute(
                sql: """
                    UPDATE publicity_objection SET decision = ?, outcome = ?, reason = ?, sections = ?, resolved_at = ?,
                        resolved_by_account_id = ? WHERE id = ?
                    """,
                arguments: [r.decision.rawValue, r.outcome?.rawValue, reason, marks, now, principal.accountID, r.objectionID])
            if r.decision == .upheld {
                try self.takeOutOfPublicity(db, &app, objection: current, outcome: r.outcome ?? .reject, reason: reason,
                    marks: marks, org: org, by: principal, now: now)
            } else {
                try self.recordStep(
                    db, app, org: org, stage: .publicity, outcome: .objectionDismissed, opinion: reason, by: principal,
                    now: now)
            }
            var detail = ["decision": r.decision.rawValue, "publicity": String(current.publicityID), "state": app.state]
            if let o = r.outcome { detail["outcome"] = o.rawValue }
            if let marks { detail["sections"] = marks }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "publicity.resolveObjection", organizationID: org.id, targetType: "objection",
                    targetID: String(r.objectionID), caseID: current.applicationID, opinion: reason, detail: detail))
            return try self.objection(db, id: r.objectionID)
        }
    }

    /// An upheld objection: the case leaves the publicity and the chain, returned with marks or not passed.
    private func takeOutOfPublicity(
        _ db: Database, _ app: inout ApplicationRecord, objection: ObjectionView, outcome: ObjectionOutcome,
        reason: String, marks: String?, org: OrganizationRecord, by principal: Principal, now: Date
    ) throws {
        try db.execute(
            sql: "UPDATE publicity_case SET left_at = ? WHERE publicity_id = ? AND application_id = ?",
            arguments: [now, objection.publicityID, objection.applicationID])
        try db.execute(
            sql: """
                UPDATE publicity_objection SET decision = 'superseded', reason = ?, resolved_at = ?,
                    resolved_by_account_id = ?
                WHERE publicity_id = ? AND application_id = ? AND decision IS NULL
                """,
            arguments: ["异议 #\(objection.id) 成立，一并处理", now, principal.accountID, objection.publicityID, objection.applicationID])
        switch outcome {
        case .return:
            app.state = ApplicationState.returned.rawValue
            app.returnMarks = marks
            app.returnReason = reason
        case .reject:
            app.state = ApplicationState.rejected.rawValue
        }
        leaveChain(&app, now: now)
        app.updatedAt = now
        try app.update(db)
        try recordStep(
            db, app, org: org, stage: .publicity, outcome: outcome == .return ? .return : .reject, opinion: reason,
            marks: marks, by: principal, now: now)
    }

    func objection(_ db: Database, id: Int64) throws -> ObjectionView {
        guard let view = try objectionViews(db, where: "j.id = ?", [id]).first else {
            throw EngineError.notFound(entity: "objection", key: String(id))
        }
        return view
    }

    /// A publicity of `org`, or not found (another organisation's publicity is not visible).
    func ownPublicity(_ db: Database, id: Int64, org: OrganizationRecord) throws -> (id: Int64, endsAt: Date) {
        guard
            let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT ends_at FROM publicity WHERE id = ? AND organization_id = ?"), arguments: [id, org.id])
        else { throw EngineError.notFound(entity: "publicity", key: String(id)) }
        return (id, row["ends_at"])
    }

    /// A case's listing in a publicity.
    private func listing(_ db: Database, publicityID: Int64, applicationID: Int64) throws
        -> (leftAt: Date?, state: String)
    {
        guard
            let row = try Row.fetchOne(
            try db.cachedStatement(sql: """
                    SELECT c.left_at, a.state FROM publicity_case c JOIN application a ON a.id = c.application_id
                    WHERE c.publicity_id = ? AND c.application_id = ?
                    """), arguments: [publicityID, applicationID])
        else {
            throw EngineError.invalid("application", "case \(applicationID) is not in publicity \(publicityID)")
        }
        return (row["left_at"], row["state"])
    }

    /// `2026-10-09 23:59:59 (北京时间)`.
    static func beijingText(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let day = CalendarDay(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let s = ((seconds % 86_400) + 86_400) % 86_400
        return "\(day) " + String(format: "%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) + " (北京时间)"
    }
}

import Foundation
import GRDB

extension Engine {
    /// 提交 — checks the whole declaration and freezes it. Every missing or invalid item is reported at once
    /// (`failedPrecondition` with one violation per item, fields prefixed with the section, e.g. `education.entries[0].evidence`).
    public func submit(applicationID: Int64, caller: Caller) async throws -> ApplicationView {
        let now = clock.now()
        return try await write { db in
            let principal = try self.requireApplicant(caller)
            var app = try self.ownApplication(db, id: applicationID, principal)
            let state = ApplicationState(rawValue: app.state) ?? .draft
            guard state.isEditable else {
                throw EngineError.failedPrecondition(
                    "the declaration is already \(state.chineseName) (\(state.rawValue))", state: state.rawValue)
            }
            let batch = try self.batchView(db, try self.batch(db, id: app.batchId))
            guard batch.isOpen(at: now) else {
                throw EngineError.failedPrecondition(
                    "batch \(batch.id) is closed for submissions (it closed at \(batch.closesAt))",
                    state: batch.archived ? "archived" : "closed")
            }
            if let until = try self.blacklistedUntil(db, accountID: principal.accountID, now: now) {
                throw EngineError.failedPrecondition(
                    "the applicant is on the blacklist (黑名单) until \(CalendarDay(until)) and may not submit",
                    state: "blacklisted")
            }
            let problems = try self.completenessProblems(db, app, now: now)
            guard problems.isEmpty else {
                throw EngineError.failedPrecondition(
                    "the declaration is not complete: \(problems.count) item(s) to fix", state: app.state,
                    violations: problems)
            }
            var snapshot = SnapshotRecord(
                applicationId: applicationID, submittedAt: now,
                document: String(decoding: try self.liveBody(db, app), as: UTF8.self))
            try snapshot.insert(db)
            app.snapshotId = snapshot.id
            let resubmission = app.state == ApplicationState.returned.rawValue
            app.state = ApplicationState.submitted.rawValue
            app.submittedAt = now
            app.updatedAt = now
            try self.enterChain(db, &app, now: now)
            try app.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "application.submit", organizationID: app.employerOrganizationId,
                    targetType: "application", targetID: String(applicationID), caseID: applicationID,
                    detail: [
                        "snapshot": String(snapshot.id ?? 0), "round": String(app.round),
                        "resubmission": String(resubmission),
                    ]))
            return try self.applicationView(db, app)
        }
    }

    /// 撤回 — takes a submitted declaration back to draft, until the first reviewer acts on it.
    public func withdraw(applicationID: Int64, caller: Caller) async throws -> ApplicationView {
        let now = clock.now()
        return try await write { db in
            let principal = try self.requireApplicant(caller)
            var app = try self.ownApplication(db, id: applicationID, principal)
            guard app.state == ApplicationState.submitted.rawValue, try !self.reviewHasStarted(db, app) else {
                throw EngineError.failedPrecondition(
                    "only a submitted declaration no reviewer has acted on can be withdrawn", state: app.state)
            }
            app.state = ApplicationState.draft.rawValue
            self.leaveChain(&app, now: now)
            app.updatedAt = now
            try app.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "application.withdraw", organizationID: app.employerOrganizationId,
                    targetType: "application", targetID: String(applicationID), caseID: applicationID))
            return try self.applicationView(db, app)
        }
    }

    /// Every required section saved; every saved section still valid and complete; its evidence still there.
    func completenessProblems(_ db: Database, _ app: ApplicationRecord, now: Date) throws -> [Violation] {
        let context = try sectionContext(db, app, now: now)
        let stored = try SectionRecord.filter(Column("application_id") == app.id).fetchAll(db)
        var byKey: [SectionKey: String] = [:]
        for r in stored { if let k = SectionKey(rawValue: r.section) { byKey[k] = r.content } }
        var problems: [Violation] = []
        for key in SectionKey.allCases {
            guard let content = byKey[key] else {
                if key.requiredForSubmission {
                    problems.append(Violation(field: key.rawValue, reason: "\(key.chineseName) has not been saved"))
                }
                continue
            }
            guard let type = SectionTypes.type(for: key) else { continue }
            let section = try Self.decodeSection(type, content)
            let found =
                section.violations(in: context) + section.missing(in: context)
                + (try evidenceViolations(db, app, section.evidence))
            problems += found.map { Violation(field: key.rawValue + "." + $0.field, reason: $0.reason) }
        }
        return Self.unique(problems)
    }

    /// The end of the person's current blacklisting, if any (by resident ID, across accounts).
    func blacklistedUntil(_ db: Database, accountID: Int64, now: Date) throws -> Date? {
        try Date.fetchOne(
            try db.cachedStatement(sql: """
                SELECT max(b.until) FROM blacklist b JOIN applicant a ON a.id_number = b.id_number
                WHERE a.account_id = ? AND b.lifted_at IS NULL AND b.until > ?
                """), arguments: [accountID, now])
    }
}

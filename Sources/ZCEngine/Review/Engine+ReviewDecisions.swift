import Foundation
import GRDB

extension Engine {
    /// 审查 — one reviewer's decision on one case: pass, return with marks, not pass, or blacklist.
    public func decide(_ decision: ReviewDecision, caller: Caller) async throws -> CaseSummary {
        let now = clock.now()
        return try await write { db in
            try self.apply(decision, db, caller, now: now)
        }
    }

    /// 批量审核 — passes several cases in one call; each is decided and recorded on its own, and one that cannot
    /// pass (moved on, not waiting here) does not stop the others.
    public func passMany(_ items: [(applicationID: Int64, step: Int)], opinion: String?, caller: Caller) async throws
        -> [BatchItemResult]
    {
        guard !items.isEmpty, items.count <= 500 else {
            throw EngineError.invalid("items", "give 1 to 500 cases")
        }
        let now = clock.now()
        return try await write { db in
            var results: [BatchItemResult] = []
            for item in items {
                var result = BatchItemResult(applicationID: item.applicationID)
                try db.inSavepoint {
                    do {
                        result.summary = try self.apply(
                            ReviewDecision(applicationID: item.applicationID, step: item.step, outcome: .pass, opinion: opinion),
                            db, caller, now: now)
                        return .commit
                    } catch let e as EngineError {
                        result.error = e
                        return .rollback
                    }
                }
                results.append(result)
            }
            return results
        }
    }

    private func apply(_ d: ReviewDecision, _ db: Database, _ caller: Caller, now: Date) throws -> CaseSummary {
        let principal = try caller.requireAccount()
        guard principal.kind == .staff, let type = principal.staffType.flatMap(StaffType.init(rawValue:)) else {
            throw EngineError.permissionDenied("only review staff (经办人/领导) decide cases", scope: "handler or leader")
        }
        let stage: ReviewStage = type == .handler ? .handler : .leader
        let permission: Permission = type == .handler ? .reviewHandler : .reviewLeader
        guard principal.permissions.contains(permission.rawValue) else {
            throw EngineError.permissionDenied(
                "deciding here needs the permission \(permission.chineseName)", permission: permission.rawValue)
        }
        guard var app = try ApplicationRecord.find(db, id: d.applicationID) else {
            throw EngineError.notFound(entity: "application", key: String(d.applicationID))
        }
        guard try isOnChain(db, app, organizationID: principal.organizationID) else {
            throw EngineError.notFound(entity: "application", key: String(d.applicationID))
        }
        if app.reviewSeq != d.step {
            throw EngineError.aborted(
                "case \(d.applicationID) was already decided or has moved on (step \(app.reviewSeq), not \(d.step)); "
                    + "reload it", state: app.state)
        }
        guard app.state == ApplicationState.submitted.rawValue, app.reviewOrganizationId == principal.organizationID,
            app.reviewStage == stage.rawValue
        else {
            let here = try app.reviewOrganizationId.map { try self.organization(db, id: $0) }
            let waiting = here.map { "\($0.name)'s \(ReviewStage(rawValue: app.reviewStage ?? "")?.chineseName ?? "review")" }
            throw EngineError.permissionDenied(
                "case \(d.applicationID) is not waiting for your \(stage.chineseName)"
                    + (waiting.map { "; it waits for \($0)" } ?? ""), scope: "the case's current reviewer")
        }
        var v: [Violation] = []
        if !d.outcome.isReviewDecision {
            v.append(Violation(field: "outcome", reason: "\(d.outcome.rawValue) is not a review decision"))
        }
        let opinion = Validate.optionalText(d.opinion, field: "opinion", max: 1000, into: &v)
        if d.outcome != .pass && opinion == nil {
            v.append(Violation(field: "opinion", reason: "a reason is required to \(d.outcome.chineseName)"))
        }
        if d.outcome == .return && d.sections.isEmpty {
            v.append(Violation(field: "sections", reason: "mark at least one section the applicant must change"))
        }
        guard v.isEmpty else { throw EngineError.invalidArgument(v) }
        let marks = d.outcome == .return ? try CanonicalJSON.encode(Array(Set(d.sections)).map(\.rawValue).sorted()) : nil
        let here = app.reviewOrganizationId ?? 0
        var step = ReviewStepRecord(
            applicationId: app.id ?? 0, round: app.round, organizationId: here, stage: stage.rawValue,
            reviewerAccountId: principal.accountID, outcome: d.outcome.rawValue, opinion: opinion, marks: marks,
            decidedAt: now)
        try step.insert(db)
        switch d.outcome {
        case .pass:
            if stage == .handler {
                app.reviewStage = ReviewStage.leader.rawValue
                app.reviewSeq += 1
                app.waitingSince = now
            } else if here == app.chainEndOrganizationId {
                app.state = ApplicationState.awaitingPublicity.rawValue
                app.reviewStage = nil
                app.reviewSeq += 1
                app.waitingSince = now
            } else {
                let org = try organization(db, id: here)
                app.reviewOrganizationId = org.parentId
                app.reviewStage = ReviewStage.handler.rawValue
                app.reviewSeq += 1
                app.waitingSince = now
            }
        case .return:
            app.state = ApplicationState.returned.rawValue
            app.returnMarks = marks
            app.returnReason = opinion
            leaveChain(&app, now: now)
        case .reject:
            app.state = ApplicationState.rejected.rawValue
            leaveChain(&app, now: now)
        case .blacklist:
            app.state = ApplicationState.blacklisted.rawValue
            leaveChain(&app, now: now)
            try addToBlacklist(db, app, reason: opinion ?? "", by: principal, organizationID: here, now: now)
        case .published, .objectionDismissed, .routed, .entrusted:
            break  // refused above: publicity and routing record these themselves
        }
        app.updatedAt = now
        try app.update(db)
        try audit(
            db, caller,
            AuditEntry(
                action: "review.\(d.outcome.rawValue)", organizationID: here, targetType: "application",
                targetID: String(app.id ?? 0), caseID: app.id, opinion: opinion,
                detail: ["stage": stage.rawValue, "round": String(app.round), "state": app.state]
                    .merging(marks.map { ["sections": $0] } ?? [:]) { a, _ in a }))
        return try caseSummary(db, app)
    }

    /// 加入黑名单: three years from today, by resident ID.
    func addToBlacklist(
        _ db: Database, _ app: ApplicationRecord, reason: String, by principal: Principal, organizationID: Int64,
        now: Date
    ) throws {
        let person = try self.person(db, app)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let until = calendar.date(byAdding: .year, value: Self.blacklistYears, to: now) ?? now
        try db.execute(
            sql: """
                INSERT INTO blacklist (id_number, reason, listed_at, until, listed_by_account_id, organization_id,
                    application_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [person.idNumber, reason, now, until, principal.accountID, organizationID, app.id])
    }

    /// 加入黑名单三年内不得再次申报.
    public static let blacklistYears = 3
}

import Foundation
import GRDB

extension Engine {
    /// 推送评委会 / 委托代评 — after a publicity has ended, the leader of its organisation hands cases over to a
    /// committee: normally the one covering the case's series and level, or, entrusted, another one (needs
    /// 委托中级评委会 or 委托高级评委会 by the committee's level). Each case is decided and recorded on its own; one
    /// that cannot be routed does not stop the others.
    public func routeCases(_ d: RouteDecision, caller: Caller) async throws -> [RouteItemOutcome] {
        guard !d.applicationIDs.isEmpty, d.applicationIDs.count <= RouteDecision.itemLimit else {
            throw EngineError.invalid("items", "give 1 to \(RouteDecision.itemLimit) cases")
        }
        let now = clock.now()
        return try await write { db in
            let (principal, org) = try self.requireReviewStaff(
                db, caller, .leader, .reviewLeader, doing: "route cases to a committee (推送评委会)")
            var v: [Violation] = []
            let opinion = Validate.optionalText(d.opinion, field: "opinion", max: 1000, into: &v)
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }
            let chosen = try d.committeeCode.map { try self.handoverCommittee(db, code: $0) }
            if d.mode == .entrusted {
                guard let chosen else {
                    throw EngineError.invalid("committee", "委托代评 (entrusted) needs the code of the committee to entrust")
                }
                try Self.requireEntrustPermission(principal, for: chosen)
            }
            var results: [RouteItemOutcome] = []
            var seen: Set<Int64> = []
            for id in d.applicationIDs {
                var result = RouteItemOutcome(applicationID: id)
                guard seen.insert(id).inserted else {
                    result.error = .invalid("items", "case \(id) is listed twice")
                    results.append(result)
                    continue
                }
                try db.inSavepoint {
                    do {
                        result.routed = try self.route(
                            db, id, d.mode, chosen, opinion: opinion, org: org, by: principal, caller, now: now)
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

    /// 待推送 — the caller's organisation's cases whose publicity has ended without a pending objection, waiting for
    /// the leader's routing; longest waiting first.
    public func routeQueue(page: PageRequest, caller: Caller) async throws -> Page<RoutingCase> {
        let now = clock.now()
        return try read { db in
            let (_, org) = try self.requireReviewStaff(
                db, caller, .leader, .reviewLeader, doing: "see the cases waiting for routing")
            return try self.routingCasePage(
                db,
                conditions: [
                    "a.state = 'inPublicity'", "a.review_organization_id = ?", "c.left_at IS NULL", "pb.ends_at <= ?",
                    """
                    NOT EXISTS (SELECT 1 FROM publicity_objection j WHERE j.application_id = a.id
                        AND j.publicity_id = c.publicity_id AND j.decision IS NULL)
                    """,
                ], arguments: [org.id ?? 0, now], order: "pb.ends_at, a.waiting_since, a.id", page: page)
        }
    }

    /// One case: checks, then the hand-over, its step and its audit event.
    private func route(
        _ db: Database, _ id: Int64, _ mode: RoutingMode, _ chosen: HandoverCommittee?, opinion: String?,
        org: OrganizationRecord, by principal: Principal, _ caller: Caller, now: Date
    ) throws -> RoutingCase {
        guard var app = try ApplicationRecord.find(db, id: id),
            try self.isOnChain(db, app, organizationID: org.id ?? 0)
        else { throw EngineError.notFound(entity: "application", key: String(id)) }
        let state = ApplicationState(rawValue: app.state) ?? .draft
        if state == .atCommittee {
            let at = try app.committeeId.flatMap { try String.fetchOne(
            try db.cachedStatement(sql: "SELECT code FROM committee WHERE id = ?"), arguments: [$0]) }
            throw EngineError.aborted(
                "case \(id) was already handed over to committee \(at ?? "?")", state: state.rawValue)
        }
        guard state == .inPublicity, app.reviewOrganizationId == org.id else {
            throw EngineError.failedPrecondition(
                "case \(id) is \(state.chineseName) (\(state.rawValue)); only cases in a publicity (公示中) of "
                    + "\(org.name) are routed", state: state.rawValue)
        }
        guard
            let listing = try Row.fetchOne(
            try db.cachedStatement(sql: """
                    SELECT c.publicity_id, p.ends_at,
                        (SELECT count(*) FROM publicity_objection j WHERE j.publicity_id = c.publicity_id
                            AND j.application_id = c.application_id AND j.decision IS NULL) AS pending
                    FROM publicity_case c JOIN publicity p ON p.id = c.publicity_id
                    WHERE c.application_id = ? AND c.round = ? AND c.left_at IS NULL
                    """), arguments: [id, app.round])
        else { throw EngineError.failedPrecondition("case \(id) is in no open listing", state: state.rawValue) }
        let publicityID: Int64 = listing["publicity_id"]
        let endsAt: Date = listing["ends_at"]
        if now < endsAt {
            throw EngineError.failedPrecondition(
                "the publicity of case \(id) (#\(publicityID)) ends at \(Self.beijingText(endsAt)); route it after that",
                state: PublicityView.State.open.rawValue)
        }
        let pending: Int = listing["pending"]
        if pending > 0 {
            throw EngineError.failedPrecondition(
                "case \(id) has \(pending) unresolved objection(s) (异议); the handler resolves them first",
                state: state.rawValue)
        }
        let committee = try committeeFor(db, app, mode, chosen, org: org)
        app.state = ApplicationState.atCommittee.rawValue
        app.committeeId = committee.id
        app.routing = mode.rawValue
        leaveChain(&app, now: now)
        app.updatedAt = now
        try app.update(db)
        try db.execute(
            sql: """
                INSERT INTO committee_handover (application_id, round, committee_id, mode, publicity_id, organization_id,
                    decided_by_account_id, decided_at, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, app.round, committee.id, mode.rawValue, publicityID, org.id, principal.accountID, now, opinion])
        try recordStep(
            db, app, org: org, stage: .routing, outcome: mode == .normal ? .routed : .entrusted,
            opinion: committee.label + (opinion.map { "；\($0)" } ?? ""), by: principal, now: now)
        try audit(
            db, caller,
            AuditEntry(
                action: "route.decide", organizationID: org.id, targetType: "committee", targetID: committee.code,
                caseID: id, opinion: opinion,
                detail: ["mode": mode.rawValue, "committee": committee.code, "publicity": String(publicityID)]))
        guard let routed = try routingCasePage(
            db, conditions: ["a.id = ?"], arguments: [id], order: "a.id", page: try PageRequest(offset: 0, limit: 1)
        ).items.first else { throw EngineError.notFound(entity: "application", key: String(id)) }
        return routed
    }

    /// 委托代评 needs 委托中级评委会 for an intermediate committee and 委托高级评委会 for a senior one.
    static func requireEntrustPermission(_ p: Principal, for c: HandoverCommittee) throws {
        let permission: Permission
        switch c.level {
        case .zhongji?: permission = .reviewEntrustIntermediate
        case .gaoji?: permission = .reviewEntrustSenior
        case .chuji?, nil:
            throw EngineError.invalid(
                "committee", "委托代评 goes to an intermediate (中级) or senior (高级) committee; \(c.label) is not one")
        }
        guard p.permissions.contains(permission.rawValue) else {
            throw EngineError.permissionDenied(
                "entrusting to \(c.label), a \(c.level?.chineseName ?? "") committee, needs the permission "
                    + permission.label, permission: permission.rawValue)
        }
    }
}

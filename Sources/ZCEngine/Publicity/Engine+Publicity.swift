import Foundation
import GRDB

extension Engine {
    /// 结果公示 — a handler with 结果公示处理 at the end of the cases' chain publishes them for a number of working
    /// days. Every case must wait for publicity (待公示) at the caller's organisation; every one that does not is
    /// reported at once. The cases are then 公示中.
    public func createPublicity(_ new: NewPublicity, caller: Caller) async throws -> PublicityView {
        let now = clock.now()
        return try await write { db in
            let (principal, org) = try self.requireReviewStaff(
                db, caller, .handler, .reviewPublicity, doing: "publish a review result (公示)")
            var v: [Violation] = []
            let title = Validate.text(new.title, field: "title", max: 200, into: &v)
            let days = new.workingDays ?? NewPublicity.defaultWorkingDays
            if !NewPublicity.workingDaysRange.contains(days) {
                v.append(Violation(field: "workingDays", reason: "must be 1–30 working days"))
            }
            let today = CalendarDay(now)
            var start = today
            if let text = new.startsOn {
                if let day = CalendarDay(parsing: text.trimmingCharacters(in: .whitespaces)) {
                    if day < today {
                        v.append(Violation(field: "startsOn", reason: "must not be in the past (today is \(today))"))
                    } else if day > today.adding(days: Self.publicityLeadDays) {
                        v.append(
                            Violation(
                                field: "startsOn",
                                reason: "must be at most \(Self.publicityLeadDays) days ahead (until \(today.adding(days: Self.publicityLeadDays)))"))
                    }
                    start = day
                } else {
                    v.append(Violation(field: "startsOn", reason: "must be a date written YYYY-MM-DD"))
                }
            }
            let apps = try self.publishableCases(db, new.applicationIDs, at: org, into: &v)
            guard v.isEmpty else { throw EngineError.invalidArgument(v) }

            let calendar = try self.holidayCalendar(db, from: start)
            let first = WorkingDays.firstWorkingDay(onOrAfter: start, calendar)
            let last = WorkingDays.add(days, to: first, calendar)
            let publicityID = try self.insertPublicity(
                db, org: org, title: title, first: first, last: last, days: days, by: principal, now: now)
            let period = "\(title)（\(first) 至 \(last)，\(days)个工作日）"
            for (position, original) in apps.enumerated() {
                var app = original
                let id = app.id ?? 0
                try db.execute(
                    sql: "INSERT INTO publicity_case (publicity_id, application_id, round, position) VALUES (?, ?, ?, ?)",
                    arguments: [publicityID, id, app.round, position])
                app.state = ApplicationState.inPublicity.rawValue
                app.reviewSeq += 1
                app.waitingSince = now
                app.updatedAt = now
                try app.update(db)
                try self.recordStep(db, app, org: org, stage: .publicity, outcome: .published, opinion: period, by: principal, now: now)
                try self.audit(
                    db, caller,
                    AuditEntry(
                        action: "publicity.create", organizationID: org.id, targetType: "publicity",
                        targetID: String(publicityID), caseID: id, opinion: title,
                        detail: [
                            "startsOn": first.description, "endsOn": last.description, "workingDays": String(days),
                            "round": String(app.round),
                        ]))
            }
            return try self.publicityView(db, id: publicityID, now: now)
        }
    }

    /// How far ahead a publicity may be scheduled.
    public static let publicityLeadDays = 60

    /// 公示列表 — the publicities of the caller's organisation, newest first; its handlers with 结果公示处理 and its
    /// leaders with 领导审查.
    public func publicities(state: PublicityView.State?, page: PageRequest, caller: Caller) async throws
        -> Page<PublicityListItem>
    {
        let now = clock.now()
        return try read { db in
            let org = try self.requirePublicityViewer(db, caller)
            var conditions = ["p.organization_id = ?"]
            var arguments: [any DatabaseValueConvertible] = [org.id ?? 0]
            switch state {
            case .open?:
                conditions.append("p.ends_at > ?")
                arguments.append(now)
            case .ended?:
                conditions.append("p.ends_at <= ?")
                arguments.append(now)
            case nil: break
            }
            let whereClause = conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM publicity p WHERE \(whereClause)"), arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                    SELECT p.*, o.code AS org_code, o.name AS org_name,
                        (SELECT count(*) FROM publicity_case c WHERE c.publicity_id = p.id) AS case_count,
                        (SELECT count(*) FROM publicity_objection j WHERE j.publicity_id = p.id AND j.decision IS NULL)
                            AS pending
                    FROM publicity p JOIN organization o ON o.id = p.organization_id
                    WHERE \(whereClause) ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?
                    """), arguments: StatementArguments(arguments + [page.limit, page.offset]))
            let items = rows.map { row -> PublicityListItem in
                let endsAt: Date = row["ends_at"]
                return PublicityListItem(
                    id: row["id"], title: row["title"], organizationCode: row["org_code"],
                    organizationName: row["org_name"],
                    startsOn: CalendarDay(parsing: row["starts_on"]) ?? CalendarDay(endsAt),
                    endsOn: CalendarDay(parsing: row["ends_on"]) ?? CalendarDay(endsAt), endsAt: endsAt,
                    workingDays: row["working_days"], state: now >= endsAt ? .ended : .open,
                    caseCount: row["case_count"], pendingObjections: row["pending"], createdAt: row["created_at"])
            }
            return Page(items: items, total: total, request: page)
        }
    }

    /// One publicity with its cases and objections; staff of its organisation as for the list.
    public func publicity(id: Int64, caller: Caller) async throws -> PublicityView {
        let now = clock.now()
        return try read { db in
            let org = try self.requirePublicityViewer(db, caller)
            let owner = try Int64.fetchOne(
            try db.cachedStatement(sql: "SELECT organization_id FROM publicity WHERE id = ?"), arguments: [id])
            guard owner == org.id else { throw EngineError.notFound(entity: "publicity", key: String(id)) }
            return try self.publicityView(db, id: id, now: now)
        }
    }

    /// The cases of `ids` that wait for publicity at `org`; a violation on `cases[i]` for each that does not.
    private func publishableCases(
        _ db: Database, _ ids: [Int64], at org: OrganizationRecord, into v: inout [Violation]
    ) throws -> [ApplicationRecord] {
        if ids.isEmpty || ids.count > Self.publicityCaseLimit {
            v.append(Violation(field: "cases", reason: "give 1 to \(Self.publicityCaseLimit) cases"))
        }
        var seen: [Int64: Int] = [:]
        var apps: [ApplicationRecord] = []
        for (i, id) in ids.enumerated() {
            let path = "cases[\(i)]"
            if let first = seen[id] {
                v.append(Violation(field: path, reason: "repeats cases[\(first)] (\(id))"))
                continue
            }
            seen[id] = i
            guard let app = try ApplicationRecord.find(db, id: id), app.state != ApplicationState.draft.rawValue,
                try self.isOnChain(db, app, organizationID: org.id ?? 0)
            else {
                v.append(Violation(field: path, reason: "no case \(id) has been reviewed by \(org.name)"))
                continue
            }
            let state = ApplicationState(rawValue: app.state) ?? .draft
            if state != .awaitingPublicity {
                v.append(
                    Violation(
                        field: path,
                        reason: "case \(id) is \(state.chineseName) (\(state.rawValue)), not 待公示 (awaitingPublicity)"))
            } else if app.reviewOrganizationId != org.id {
                let at = try app.reviewOrganizationId.map { try self.organization(db, id: $0) }
                v.append(
                    Violation(
                        field: path,
                        reason: "case \(id) waits for publicity at \(at.map { "\($0.name) (\($0.code))" } ?? "another organisation"), not here"))
            } else {
                apps.append(app)
            }
        }
        return apps
    }

    /// Most cases one publicity lists.
    public static let publicityCaseLimit = 1000

    private func insertPublicity(
        _ db: Database, org: OrganizationRecord, title: String, first: CalendarDay, last: CalendarDay, days: Int,
        by principal: Principal, now: Date
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO publicity (organization_id, title, starts_on, working_days, ends_on, ends_at,
                    created_by_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                org.id, title, first.description, days, last.description, last.endInBeijing, principal.accountID, now,
            ])
        return db.lastInsertedRowID
    }

    /// Appends a step to the case's history (审查记录) at the current round.
    func recordStep(
        _ db: Database, _ app: ApplicationRecord, org: OrganizationRecord, stage: ReviewStage, outcome: ReviewOutcome,
        opinion: String?, marks: String? = nil, by principal: Principal, now: Date
    ) throws {
        var step = ReviewStepRecord(
            applicationId: app.id ?? 0, round: app.round, organizationId: org.id ?? 0, stage: stage.rawValue,
            reviewerAccountId: principal.accountID, outcome: outcome.rawValue, opinion: opinion, marks: marks,
            decidedAt: now)
        try step.insert(db)
    }

    /// The caller must be staff of `type` holding `permission`; returns it and its organisation.
    func requireReviewStaff(
        _ db: Database, _ caller: Caller, _ type: StaffType, _ permission: Permission, doing: String
    ) throws -> (Principal, OrganizationRecord) {
        let p = try caller.requireAccount()
        guard p.kind == .staff, p.staffType == type.rawValue else {
            throw EngineError.permissionDenied(
                "only a \(type.chineseName) (\(type.rawValue)) may \(doing)", permission: permission.rawValue,
                scope: type.rawValue)
        }
        guard p.permissions.contains(permission.rawValue) else {
            throw EngineError.permissionDenied(
                "to \(doing) you need the permission \(permission.label)", permission: permission.rawValue)
        }
        return (p, try organization(db, id: p.organizationID))
    }

    /// Who may read an organisation's publicities: its handlers with 结果公示处理 and its leaders with 领导审查.
    func requirePublicityViewer(_ db: Database, _ caller: Caller) throws -> OrganizationRecord {
        let p = try caller.requireAccount()
        let needed: Permission? =
            p.kind != .staff ? nil : p.staffType == StaffType.handler.rawValue ? .reviewPublicity : .reviewLeader
        guard let needed else {
            throw EngineError.permissionDenied(
                "only review staff (经办人/领导) see publicities", scope: "handler or leader")
        }
        guard p.permissions.contains(needed.rawValue) else {
            throw EngineError.permissionDenied(
                "to see publicities you need the permission \(needed.label)", permission: needed.rawValue)
        }
        return try organization(db, id: p.organizationID)
    }
}

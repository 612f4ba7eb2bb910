import Foundation
import GRDB

extension Engine {
    /// 交接清单 — the cases handed over to a committee, oldest hand-over first. Admins and staff of the committee's
    /// owner, forming or authorising organisation see all of them; the leaders of an organisation that routed
    /// cases there see those it routed.
    public func committeeCases(code: String, page: PageRequest, caller: Caller) async throws -> Page<RoutingCase> {
        try read { db in
            let p = try caller.requireAccount()
            guard
                let row = try Row.fetchOne(
            try db.cachedStatement(sql: """
                        SELECT id, owner_organization_id, forming_organization_id, authority_organization_id
                        FROM committee WHERE code = ?
                        """), arguments: [code])
            else { throw EngineError.notFound(entity: "committee", key: code) }
            let committeeID: Int64 = row["id"]
            let committeeOrgs: [Int64] = [
                row["owner_organization_id"], row["forming_organization_id"], row["authority_organization_id"],
            ]
            var conditions = ["a.committee_id = ?"]
            var arguments: [any DatabaseValueConvertible] = [committeeID]
            if (p.kind == .orgAdmin || p.kind == .staff) && committeeOrgs.contains(p.organizationID) {
                // the committee's own organisations see the whole list
            } else if p.kind == .staff, p.staffType == StaffType.leader.rawValue,
                try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM committee_handover WHERE committee_id = ? AND organization_id = ?"),
                    arguments: [committeeID, p.organizationID]) ?? 0 > 0
            {
                conditions.append("h.organization_id = ?")
                arguments.append(p.organizationID)
            } else {
                throw EngineError.permissionDenied(
                    "only the admins and staff of committee \(code)'s owner, forming or authorising organisation, and "
                        + "the leaders of an organisation that routed cases to it, see its hand-over list",
                    scope: "committee's organisations, or leaders of a routing organisation")
            }
            return try self.routingCasePage(
                db, conditions: conditions, arguments: arguments, order: "h.decided_at, a.id", page: page)
        }
    }

    /// A page of cases with their publicity (this round's listing) and hand-over, if any.
    func routingCasePage(
        _ db: Database, conditions: [String], arguments: [any DatabaseValueConvertible], order: String,
        page: PageRequest
    ) throws -> Page<RoutingCase> {
        let joins = """
            \(Self.caseJoins)
            LEFT JOIN publicity_case c ON c.application_id = a.id AND c.round = a.round
            LEFT JOIN publicity pb ON pb.id = c.publicity_id
            LEFT JOIN committee_handover h ON h.application_id = a.id AND h.round = a.round
            LEFT JOIN committee k ON k.id = h.committee_id
            LEFT JOIN organization ro ON ro.id = h.organization_id
            """
        let whereClause = conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) \(joins) WHERE \(whereClause)"), arguments: StatementArguments(arguments)) ?? 0
        let rows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                SELECT \(Self.caseColumns), c.publicity_id, pb.title AS publicity_title, pb.ends_at AS publicity_ends_at,
                    k.code AS committee_code, k.name AS committee_name, h.mode, h.decided_at AS routed_at,
                    ro.code AS routed_by_code, ro.name AS routed_by_name
                \(joins) WHERE \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?
                """), arguments: StatementArguments(arguments + [page.limit, page.offset]))
        let items = rows.map { row in
            RoutingCase(
                summary: Self.caseSummary(row), publicityID: row["publicity_id"], publicityTitle: row["publicity_title"],
                publicityEndsAt: row["publicity_ends_at"], committeeCode: row["committee_code"],
                committeeName: row["committee_name"], mode: (row["mode"] as String?).flatMap(RoutingMode.init(rawValue:)),
                routedAt: row["routed_at"], routedByCode: row["routed_by_code"], routedByName: row["routed_by_name"])
        }
        return Page(items: items, total: total, request: page)
    }

    /// The committee the case goes to: the chosen one if it fits the mode, or for normal review the only candidate.
    func committeeFor(
        _ db: Database, _ app: ApplicationRecord, _ mode: RoutingMode, _ chosen: HandoverCommittee?,
        org: OrganizationRecord
    ) throws -> HandoverCommittee {
        let id = app.id ?? 0
        let level = (TitleLevel(rawValue: app.level) ?? .zhongji).committeeLevel
        let employer = try organization(db, id: app.employerOrganizationId)
        let normal = try normalCommittees(db, app, employerCode: employer.code, org: org)
        switch (mode, chosen) {
        case (.normal, nil):
            if normal.count == 1, let only = normal.first { return only }
            if normal.isEmpty {
                throw EngineError.failedPrecondition(
                    "no enabled committee reviews series \(app.seriesCode) at \(level.chineseName) (\(level.rawValue)) "
                        + "for case \(id); entrust it (委托代评) or ask for such a committee",
                    state: ApplicationState.inPublicity.rawValue)
            }
            throw EngineError.invalid(
                "committee",
                "case \(id) can go to \(normal.count) committees; name one: " + normal.map(\.label).joined(separator: ", "))
        case (.normal, let c?):
            guard normal.contains(where: { $0.id == c.id }) else {
                let candidates = normal.isEmpty ? "none" : normal.map(\.label).joined(separator: ", ")
                throw EngineError.invalid(
                    "committee",
                    "\(c.label) is not a committee that reviews case \(id) normally (candidates: \(candidates)); "
                        + "to send the case elsewhere, entrust it (mode entrusted)")
            }
            return c
        case (.entrusted, nil):
            throw EngineError.invalid("committee", "委托代评 (entrusted) needs the code of the committee to entrust")
        case (.entrusted, let c?):
            var reasons: [String] = []
            if c.disabled { reasons.append("\(c.label) is disabled") }
            if c.seriesCode != app.seriesCode {
                reasons.append("\(c.label) reviews series \(c.seriesCode), not the case's series \(app.seriesCode)")
            }
            if c.level != level {
                reasons.append(
                    "\(c.label) is a \(c.level?.chineseName ?? "?") committee; case \(id) needs a "
                        + "\(level.chineseName) (\(level.rawValue)) one")
            }
            if !Self.mayReview(c, employerCode: employer.code) {
                reasons.append("\(c.label) is a self-reviewing unit's own committee (自主评审) and reviews only its staff")
            }
            if reasons.isEmpty, normal.contains(where: { $0.id == c.id }) {
                reasons.append("\(c.label) is the committee that reviews case \(id) normally; choose mode normal")
            }
            guard reasons.isEmpty else {
                throw EngineError.invalidArgument(reasons.map { Violation(field: "committee", reason: $0) })
            }
            return c
        }
    }

    /// The committees that review a case normally: enabled, its series and committee level, of the review type of
    /// its method (社会化评审 for 评审, the unit's own 自主评审 committee for 单位自主评审); those authorised at or above
    /// the routing organisation when there are such.
    func normalCommittees(_ db: Database, _ app: ApplicationRecord, employerCode: String, org: OrganizationRecord)
        throws -> [HandoverCommittee]
    {
        let level = (TitleLevel(rawValue: app.level) ?? .zhongji).committeeLevel
        let wanted = ReviewMethod(rawValue: app.reviewMethod) == .selfReview ? "selfReview" : "social"
        let all = try handoverCommittees(
            db, where: "k.series_code = ? AND k.level = ? AND k.disabled = 0 AND k.review_type = ?",
            [app.seriesCode, level.rawValue, wanted]
        ).filter { Self.mayReview($0, employerCode: employerCode) }
        let preferred = all.filter { org.code.hasPrefix($0.authorityCode) }
        return preferred.isEmpty ? all : preferred
    }

    /// A 自主评审 committee reviews only applicants at or below its forming unit; a 社会化评审 one, anyone.
    static func mayReview(_ c: HandoverCommittee, employerCode: String) -> Bool {
        c.reviewType != "selfReview" || employerCode.hasPrefix(c.formingCode)
    }

    func handoverCommittee(_ db: Database, code: String) throws -> HandoverCommittee {
        guard let c = try handoverCommittees(db, where: "k.code = ?", [code]).first else {
            throw EngineError.notFound(entity: "committee", key: code)
        }
        return c
    }

    private func handoverCommittees(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible])
        throws -> [HandoverCommittee]
    {
        try Row.fetchAll(
            try db.cachedStatement(sql: """
                SELECT k.id, k.code, k.name, k.series_code, k.level, k.review_type, k.disabled, f.code AS forming_code,
                    au.code AS authority_code
                FROM committee k JOIN organization f ON f.id = k.forming_organization_id
                JOIN organization au ON au.id = k.authority_organization_id
                WHERE \(condition) ORDER BY k.code
                """), arguments: StatementArguments(arguments)
        ).map { row in
            HandoverCommittee(
                id: row["id"], code: row["code"], name: row["name"], seriesCode: row["series_code"],
                level: CommitteeLevel(rawValue: row["level"]), reviewType: row["review_type"], disabled: row["disabled"],
                formingCode: row["forming_code"], authorityCode: row["authority_code"])
        }
    }
}

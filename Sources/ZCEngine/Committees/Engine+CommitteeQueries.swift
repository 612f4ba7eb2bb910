import GRDB

extension Engine {
    /// 评委会列表 — committees by code, optionally of one series and level; disabled ones only when asked for.
    /// Committees are not secret: any organisation admin or staff member may list them all (leaders later route
    /// cases to them).
    public func listCommittees(_ filter: CommitteeFilter, page: PageRequest, caller: Caller) async throws
        -> Page<CommitteeView>
    {
        _ = try caller.requireAccount()
        return try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let series = filter.seriesCode {
                conditions.append("c.series_code = ?")
                arguments += [series]
            }
            if let level = filter.level {
                conditions.append("c.level = ?")
                arguments += [level.rawValue]
            }
            if !filter.includeDisabled { conditions.append("c.disabled = 0") }
            let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total =
                try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM committee c" + whereClause), arguments: arguments) ?? 0
            let rows = try CommitteeRow.fetchAll(
            try db.cachedStatement(sql: CommitteeRow.select + whereClause + " ORDER BY c.code LIMIT ? OFFSET ?"),
                arguments: arguments + [page.limit, page.offset])
            return Page(items: try self.committeeViews(db, rows), total: total, request: page)
        }
    }

    /// 评委会详情 — one committee by code, disabled or not; `notFound` when there is none.
    public func committee(code: String, caller: Caller) async throws -> CommitteeView {
        _ = try caller.requireAccount()
        return try read { db in try self.committeeView(db, code: code) }
    }

    func committeeView(_ db: Database, code: String) throws -> CommitteeView {
        let rows = try CommitteeRow.fetchAll(
            try db.cachedStatement(sql: CommitteeRow.select + " WHERE c.code = ?"), arguments: [code])
        guard let view = try committeeViews(db, rows).first else {
            throw EngineError.notFound(entity: "committee", key: code)
        }
        return view
    }

    /// Views of `rows`, in their order, with the specialties of all of them read in one query.
    func committeeViews(_ db: Database, _ rows: [CommitteeRow]) throws -> [CommitteeView] {
        guard !rows.isEmpty else { return [] }
        let specialties = try CommitteeSpecialtyRecord
            .filter(rows.map(\.id).contains(Column("committee_id")))
            .order(Column("committee_id"), Column("specialty"))
            .fetchAll(db)
        let byCommittee = Dictionary(grouping: specialties, by: \.committeeId)
        return rows.map { r in
            CommitteeView(
                code: r.code, name: r.name, seriesCode: r.seriesCode, seriesName: r.seriesName ?? r.seriesCode,
                level: CommitteeLevel(rawValue: r.level) ?? .gaoji,
                reviewType: ReviewType(rawValue: r.reviewType) ?? .social,
                formingOrganization: OrganizationSummary(code: r.formingCode, name: r.formingName),
                authorityOrganization: OrganizationSummary(code: r.authorityCode, name: r.authorityName),
                owner: OrganizationSummary(code: r.ownerCode, name: r.ownerName),
                specialties: (byCommittee[r.id] ?? []).map(\.specialty), disabled: r.disabled, createdAt: r.createdAt,
                updatedAt: r.updatedAt)
        }
    }
}

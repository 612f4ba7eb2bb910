import GRDB

extension Engine {
    /// 工作人员列表 — the staff of the caller's own organisation, sorted by login, one page at a time.
    public func listStaff(_ query: StaffQuery, caller: Caller) async throws -> Page<StaffView> {
        try read { db in
            let (org, _) = try self.requireStaffManager(db, caller)
            var request = AccountRecord.filter(
                Column("organization_id") == org.id && Column("kind") == AccountKind.staff.rawValue)
            if let type = query.staffType { request = request.filter(Column("staff_type") == type.rawValue) }
            if !query.includeDisabled { request = request.filter(Column("disabled") == false) }
            let total = try request.fetchCount(db)
            let records = try request.order(Column("login")).limit(query.page.limit, offset: query.page.offset)
                .fetchAll(db)
            let ids = records.compactMap(\.id)
            var permissions: [Int64: [String]] = [:]
            let rows = try AccountPermissionRecord.filter(ids.contains(Column("account_id")))
                .order(Column("permission")).fetchAll(db)
            for row in rows { permissions[row.accountId, default: []].append(row.permission) }
            let items = records.map { r in Self.staffView(r, org: org, permissions: permissions[r.id ?? 0] ?? []) }
            return Page(items: items, total: total, request: query.page)
        }
    }

    /// 查看工作人员 — one staff account of the caller's own organisation.
    public func showStaff(login: String, caller: Caller) async throws -> StaffView {
        try read { db in
            let (org, _) = try self.requireStaffManager(db, caller)
            return try self.staffView(db, try self.staffAccount(db, login: login, in: org), in: org)
        }
    }
}

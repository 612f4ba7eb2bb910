import GRDB

extension Engine {
    /// 机构列表 — the children (or the whole subtree) of an organisation, sorted by code, one page at a time.
    ///
    /// The caller must be the admin of that organisation or of one above it. Without `parentCode` it is the caller's
    /// own organisation.
    public func listOrganizations(_ query: OrganizationQuery, caller: Caller) async throws -> Page<OrganizationView> {
        let principal = try caller.requireAccount()
        return try read { db in
            let base =
                if let code = query.parentCode {
                    try self.organization(db, code: code, field: "parentCode")
                } else {
                    try self.organization(db, id: principal.organizationID)
                }
            try self.requireAdminAtOrAbove(base, db, caller)

            var conditions: [String] = []
            var arguments: StatementArguments = []
            if query.subtree {
                // Codes are digits and a descendant's code extends its ancestor's, so the subtree is the range of
                // codes strictly after the base code and before it followed by ':' (the character after '9'): an
                // index range scan on the unique index of `code`.
                conditions.append("o.code > ? AND o.code < ?")
                arguments += [base.code, base.code + ":"]
            } else {
                conditions.append("o.parent_id = ?")
                arguments += [base.id]
            }
            if let kind = query.kind {
                conditions.append("o.kind = ?")
                arguments += [kind.rawValue]
            }
            if !query.includeDisabled { conditions.append("o.disabled = 0") }
            let filter = conditions.joined(separator: " AND ")

            let total =
                try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM organization o WHERE \(filter)"), arguments: arguments)
                ?? 0
            let rows = try Row.fetchAll(
            try db.cachedStatement(sql: Self.organizationViewSQL + " WHERE \(filter) ORDER BY o.code LIMIT ? OFFSET ?"),
                arguments: arguments + [query.page.limit, query.page.offset])
            let items = try rows.map { row in
                Self.view(
                    try OrganizationRecord(row: row), parentCode: row["parent_code"], adminLogin: row["admin_login"])
            }
            return Page(items: items, total: total, request: query.page)
        }
    }

    /// An organisation's row with its parent's code and its admin's login, for views of many at once.
    static let organizationViewSQL = """
        SELECT o.*, p.code AS parent_code, a.login AS admin_login
        FROM organization o
        LEFT JOIN organization p ON p.id = o.parent_id
        LEFT JOIN account a ON a.organization_id = o.id AND a.kind = 'orgAdmin'
        """

    /// 查看机构 — one organisation. Admins see their own organisation and every one below it; staff (经办人, 领导)
    /// see their own organisation only.
    public func showOrganization(code: String, caller: Caller) async throws -> OrganizationView {
        let principal = try caller.requireAccount()
        return try read { db in
            let org = try self.organization(db, code: code)
            if principal.kind == .staff {
                guard principal.organizationID == org.id else {
                    throw EngineError.permissionDenied(
                        "staff may only see their own organisation, not \(org.name) (\(org.code))",
                        scope: "own organisation")
                }
            } else {
                try self.requireAdminAtOrAbove(org, db, caller)
            }
            return try self.view(db, org)
        }
    }
}

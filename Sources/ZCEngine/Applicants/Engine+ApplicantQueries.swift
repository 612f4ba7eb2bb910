import GRDB

extension Engine {
    /// 申报人列表 — the applicants of the caller's own organisation, by name then ID number; `query` searches ID
    /// numbers by prefix when it is digits (a final X allowed), names by substring otherwise. Disabled applicants
    /// only when asked for.
    public func listApplicants(query: String?, includeDisabled: Bool, page: PageRequest, caller: Caller) async throws
        -> Page<ApplicantView>
    {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        let search = ApplicantRules.search(query, field: "query", into: &violations)
        let fieldViolations = violations
        return try read { db in
            let (principal, _) = try self.requireOrganizationAdmin(db, caller)
            guard fieldViolations.isEmpty else { throw EngineError.invalidArgument(fieldViolations) }
            var conditions = ["ac.organization_id = ?", "ac.kind = 'applicant'"]
            var arguments: StatementArguments = [principal.organizationID]
            if !includeDisabled { conditions.append("ac.disabled = 0") }
            switch search {
            case .idPrefix(let prefix)?:
                // GLOB is case-sensitive and uses the unique index on id_number; digits and X are not GLOB syntax.
                conditions.append("ap.id_number GLOB ?")
                arguments += [prefix + "*"]
            case .name(let part)?:
                conditions.append("ap.name LIKE ? ESCAPE '\\'")
                arguments += ["%" + ApplicantRules.likeEscaped(part) + "%"]
            case nil:
                break
            }
            let whereClause = " WHERE " + conditions.joined(separator: " AND ")
            let total =
                try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM applicant ap JOIN account ac ON ac.id = ap.account_id" + whereClause),
                    arguments: arguments) ?? 0
            let rows = try ApplicantRow.fetchAll(
            try db.cachedStatement(sql: ApplicantRow.select + whereClause + " ORDER BY ap.name, ap.id_number LIMIT ? OFFSET ?"),
                arguments: arguments + [page.limit, page.offset])
            return Page(items: rows.map(\.view), total: total, request: page)
        }
    }

    /// 申报人详情 — one applicant of the caller's own organisation.
    public func applicant(idNumber: String, caller: Caller) async throws -> ApplicantView {
        _ = try caller.requireAccount()
        return try read { db in
            let (account, _) = try self.ownApplicant(db, idNumber: idNumber, caller)
            return try self.applicantView(db, accountID: account.id ?? 0)
        }
    }

    /// The applicant with `idNumber` (a lower-case x accepted) if it belongs to the caller's organisation.
    ///
    /// Decision: an applicant of another organisation is `notFound`, exactly like one that does not exist, so that
    /// admins cannot probe which ID numbers hold accounts elsewhere.
    func ownApplicant(_ db: Database, idNumber: String, _ caller: Caller) throws -> (AccountRecord, ApplicantRecord) {
        let (principal, _) = try requireOrganizationAdmin(db, caller)
        let id = ApplicantRules.normalizedLogin(idNumber)
        guard let applicant = try ApplicantRecord.filter(Column("id_number") == id).fetchOne(db),
            let account = try AccountRecord.find(db, id: applicant.accountId),
            account.organizationId == principal.organizationID
        else { throw EngineError.notFound(entity: "applicant", key: id) }
        return (account, applicant)
    }

    func applicantView(_ db: Database, accountID: Int64) throws -> ApplicantView {
        guard let row = try ApplicantRow.fetchOne(
            try db.cachedStatement(sql: ApplicantRow.select + " WHERE ap.account_id = ?"), arguments: [accountID])
        else { throw EngineError.notFound(entity: "applicant", key: "#\(accountID)") }
        return row.view
    }
}

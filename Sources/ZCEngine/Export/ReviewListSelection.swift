import GRDB

/// Which cases a review-list export takes: those of one batch whose chain passes through the caller's organisation
/// (the employer at or below it, the chain's end at or above it — the same test as ``Engine/isOnChain``), every
/// state from submitted on (not drafts, including withdrawn ones), narrowed by the queue's filters.
struct ReviewListSelection: Sendable {
    /// The exporting leader's organisation.
    var organizationCode: String
    /// `filter.batchID` is always set.
    var filter: CaseFilter

    /// The SQL conditions and their arguments, on `a` (application), `p` (applicant), `e` (employer) and `ce` (the
    /// chain's end).
    ///
    /// `inIDOrder`: the batch condition is written `+a.batch_id = ?`, which keeps SQLite off the index on
    /// (batch_id, state). With that index it would collect the whole batch and sort it by id for every chunk (a
    /// 100,000-case export would sort 100,000 rows a hundred times); without it, it walks the primary key from the
    /// cursor (`a.id > ?`) in id order and stops at the chunk's LIMIT. The count uses the index.
    func conditions(inIDOrder: Bool) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        // Codes are digits only, so the GLOB pattern needs no escaping.
        var conditions = ["a.state <> 'draft'", "e.code GLOB ?", "instr(?, ce.code) = 1"]
        var arguments: [any DatabaseValueConvertible] = [organizationCode + "*", organizationCode]
        var rest = filter
        if let batch = rest.batchID {
            conditions.append(inIDOrder ? "+a.batch_id = ?" : "a.batch_id = ?")
            arguments.append(batch)
            rest.batchID = nil
        }
        Engine.appendFilter(rest, to: &conditions, &arguments)
        return (conditions.joined(separator: " AND "), arguments)
    }

    static let columns =
        Engine.caseColumns
        + ", coalesce(s.name, a.series_code) AS series_name, a.specialty, r.name AS review_organization_name"

    static let joins =
        Engine.caseJoins + "\n"
        + """
        JOIN organization ce ON ce.id = a.chain_end_organization_id
        LEFT JOIN reference_series s ON s.code = a.series_code
        LEFT JOIN organization r ON r.id = a.review_organization_id
        """

    /// How many cases the export will hold (when it begins).
    func count(_ db: Database) throws -> Int {
        let (sql, arguments) = conditions(inIDOrder: false)
        return try Int.fetchOne(
            try db.cachedStatement(sql: """
                SELECT count(*) FROM application a
                JOIN applicant p ON p.account_id = a.applicant_account_id
                JOIN organization e ON e.id = a.employer_organization_id
                JOIN organization ce ON ce.id = a.chain_end_organization_id
                WHERE \(sql)
                """), arguments: StatementArguments(arguments)) ?? 0
    }

    /// The next `limit` cases after application id `after`, in id order: keyset pagination, so each chunk costs
    /// the same however far the export has got (an OFFSET would re-read every earlier row).
    func rows(_ db: Database, after: Int64, limit: Int) throws -> [ReviewListRow] {
        let (sql, arguments) = rowsQuery(after: after, limit: limit)
        return try Row.fetchAll(
            try db.cachedStatement(sql: sql), arguments: arguments).map { row in
            ReviewListRow(
                summary: Engine.caseSummary(row), seriesName: row["series_name"], specialty: row["specialty"],
                reviewOrganizationName: row["review_organization_name"])
        }
    }

    func rowsQuery(after: Int64, limit: Int) -> (String, StatementArguments) {
        let (sql, arguments) = conditions(inIDOrder: true)
        return (
            "SELECT \(Self.columns) \(Self.joins) WHERE a.id > ? AND \(sql) ORDER BY a.id LIMIT ?",
            StatementArguments([after] as [any DatabaseValueConvertible] + arguments + [limit])
        )
    }
}

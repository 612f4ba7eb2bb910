import Foundation
import GRDB

extension Engine {
    /// 待审列表 — the cases waiting for the caller's stage (handler or leader) at the caller's organisation, longest
    /// waiting first.
    public func reviewQueue(_ filter: CaseFilter, page: PageRequest, caller: Caller) throws -> Page<CaseSummary> {
        try read { db in
            let principal = try caller.requireAccount()
            guard principal.kind == .staff, let type = principal.staffType.flatMap(StaffType.init(rawValue:)) else {
                throw EngineError.permissionDenied("only review staff (经办人/领导) have a queue", scope: "handler or leader")
            }
            let permission: Permission = type == .handler ? .reviewHandler : .reviewLeader
            guard principal.permissions.contains(permission.rawValue) else {
                throw EngineError.permissionDenied(
                    "the queue needs the permission \(permission.chineseName)", permission: permission.rawValue)
            }
            var conditions = ["a.review_organization_id = ?", "a.review_stage = ?", "a.state = 'submitted'"]
            var arguments: [any DatabaseValueConvertible] = [principal.organizationID, type.rawValue]
            Self.appendFilter(filter, to: &conditions, &arguments)
            return try self.casePage(db, conditions: conditions, arguments: arguments, page: page)
        }
    }

    /// Adds a filter's conditions (on `a` = application, `p` = applicant).
    static func appendFilter(
        _ filter: CaseFilter, to conditions: inout [String], _ arguments: inout [any DatabaseValueConvertible]
    ) {
        if let b = filter.batchID {
            conditions.append("a.batch_id = ?")
            arguments.append(b)
        }
        if let s = filter.seriesCode {
            conditions.append("a.series_code = ?")
            arguments.append(s)
        }
        if let l = filter.level {
            conditions.append("a.level = ?")
            arguments.append(l.rawValue)
        }
        if let st = filter.state {
            conditions.append("a.state = ?")
            arguments.append(st.rawValue)
        }
        if let q = filter.query?.trimmingCharacters(in: .whitespaces), !q.isEmpty {
            let escaped = q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            conditions.append("(p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\')")
            arguments += ["%" + escaped + "%", escaped.uppercased() + "%"]
        }
    }

    /// The columns of a case, first in every query read by `caseSummary(_:)` (which reads them by position).
    static let caseColumns = """
        a.id, a.review_seq, a.round, p.name AS applicant_name, p.id_number, e.code AS employer_code,
        e.name AS employer_name, a.batch_id, b.name AS batch_name, a.series_code, a.qualification_code,
        coalesce(q.name, a.qualification_code) AS qualification_name, a.level, a.state, a.review_stage,
        a.waiting_since, a.submitted_at
        """

    static let caseJoins = """
        FROM application a
        JOIN applicant p ON p.account_id = a.applicant_account_id
        JOIN organization e ON e.id = a.employer_organization_id
        JOIN batch b ON b.id = a.batch_id
        LEFT JOIN reference_qualification q ON q.code = a.qualification_code
        """

    func casePage(_ db: Database, conditions: [String], arguments: [any DatabaseValueConvertible], page: PageRequest)
        throws -> Page<CaseSummary>
    {
        let whereClause = conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(
            try db.cachedStatement(sql: Self.caseCountSQL(conditions: conditions)), arguments: StatementArguments(arguments)) ?? 0
        let rows = try Row.fetchAll(
            try db.cachedStatement(sql: "SELECT \(Self.caseColumns) \(Self.caseJoins) WHERE \(whereClause) ORDER BY a.waiting_since, a.id LIMIT ? OFFSET ?"),
            arguments: StatementArguments(arguments + [page.limit, page.offset]))
        return Page(items: rows.map(Self.caseSummary), total: total, request: page)
    }

    /// The count of a case page: joined with the applicant only when a condition looks at it (the name or ID
    /// query), so that a queue's count reads one index (`application_queue_submitted`) and no rows.
    static func caseCountSQL(conditions: [String]) -> String {
        let applicant = conditions.contains { $0.contains("p.") }
        return "SELECT count(*) FROM application a"
            + (applicant ? " JOIN applicant p ON p.account_id = a.applicant_account_id" : "")
            + " WHERE " + conditions.joined(separator: " AND ")
    }

    /// A row whose first columns are `caseColumns`, read by position: a queue page reads 50 rows of 17 columns, and
    /// a lookup by name lower-cases and compares every column name each time.
    static func caseSummary(_ row: Row) -> CaseSummary {
        CaseSummary(
            id: row[0], step: row[1], round: row[2], applicantName: row[3], applicantIDNumber: row[4],
            employerCode: row[5], employerName: row[6], batchID: row[7], batchName: row[8], seriesCode: row[9],
            qualificationCode: row[10], qualificationName: row[11],
            level: TitleLevel(rawValue: row[12]) ?? .zhongji,
            state: ApplicationState(rawValue: row[13]) ?? .submitted,
            stage: (row[14] as String?).flatMap(ReviewStage.init(rawValue:)),
            waitingSince: row[15], submittedAt: row[16])
    }

    func caseSummary(_ db: Database, _ app: ApplicationRecord) throws -> CaseSummary {
        guard
            let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT \(Self.caseColumns) \(Self.caseJoins) WHERE a.id = ?"), arguments: [app.id])
        else { throw EngineError.notFound(entity: "application", key: String(app.id ?? 0)) }
        return Self.caseSummary(row)
    }
}

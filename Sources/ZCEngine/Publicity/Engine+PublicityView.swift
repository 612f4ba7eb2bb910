import Foundation
import GRDB

extension Engine {
    /// A publicity with its cases (in published order) and objections (oldest first).
    func publicityView(_ db: Database, id: Int64, now: Date) throws -> PublicityView {
        guard
            let row = try Row.fetchOne(
            try db.cachedStatement(sql: """
                    SELECT p.*, o.code AS org_code, o.name AS org_name, a.display_name AS creator
                    FROM publicity p JOIN organization o ON o.id = p.organization_id
                    JOIN account a ON a.id = p.created_by_account_id WHERE p.id = ?
                    """), arguments: [id])
        else { throw EngineError.notFound(entity: "publicity", key: String(id)) }
        let endsAt: Date = row["ends_at"]
        let startsOn = CalendarDay(parsing: row["starts_on"]) ?? CalendarDay(endsAt)
        let endsOn = CalendarDay(parsing: row["ends_on"]) ?? CalendarDay(endsAt)
        let caseRows = try Row.fetchAll(
            try db.cachedStatement(sql: """
                SELECT \(Self.caseColumns), c.left_at,
                    (SELECT count(*) FROM publicity_objection j
                     WHERE j.publicity_id = c.publicity_id AND j.application_id = a.id AND j.decision IS NULL) AS pending
                FROM publicity_case c JOIN application a ON a.id = c.application_id
                JOIN applicant p ON p.account_id = a.applicant_account_id
                JOIN organization e ON e.id = a.employer_organization_id
                JOIN batch b ON b.id = a.batch_id
                LEFT JOIN reference_qualification q ON q.code = a.qualification_code
                WHERE c.publicity_id = ? ORDER BY c.position
                """), arguments: [id])
        let cases = caseRows.map {
            PublicityCase(summary: Self.caseSummary($0), leftAt: $0["left_at"], pendingObjections: $0["pending"])
        }
        var notices: [String] = []
        let missing = try yearsWithoutCalendar(db, from: startsOn, to: endsOn)
        if !missing.isEmpty {
            notices.append(
                "the holiday calendar has no entries for \(missing.map(String.init).joined(separator: ", ")): "
                    + "only weekends were skipped there (calendar.set)")
        }
        return PublicityView(
            id: id, title: row["title"], organizationCode: row["org_code"], organizationName: row["org_name"],
            startsOn: startsOn, endsOn: endsOn, endsAt: endsAt, workingDays: row["working_days"],
            state: now >= endsAt ? .ended : .open, createdAt: row["created_at"], createdBy: row["creator"],
            cases: cases, objections: try objectionViews(db, where: "j.publicity_id = ?", [id]), notices: notices)
    }

    /// Objections matching a condition on `j` (publicity_objection), oldest first.
    func objectionViews(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws
        -> [ObjectionView]
    {
        try Row.fetchAll(
            try db.cachedStatement(sql: """
                SELECT j.*, p.name AS applicant_name, r.display_name AS recorder, s.display_name AS resolver
                FROM publicity_objection j
                JOIN application a ON a.id = j.application_id
                JOIN applicant p ON p.account_id = a.applicant_account_id
                JOIN account r ON r.id = j.recorded_by_account_id
                LEFT JOIN account s ON s.id = j.resolved_by_account_id
                WHERE \(condition) ORDER BY j.id
                """), arguments: StatementArguments(arguments)
        ).map { row in
            let marks = (row["sections"] as String?).flatMap { try? CanonicalJSON.decode([String].self, from: $0) } ?? []
            return ObjectionView(
                id: row["id"], publicityID: row["publicity_id"], applicationID: row["application_id"],
                applicantName: row["applicant_name"], content: row["content"], source: row["source"],
                receivedAt: row["received_at"], recordedBy: row["recorder"],
                state: (row["decision"] as String?).flatMap(ObjectionState.init(rawValue:)) ?? .pending,
                outcome: (row["outcome"] as String?).flatMap(ObjectionOutcome.init(rawValue:)), reason: row["reason"],
                sections: marks.compactMap(SectionKey.init(rawValue:)), resolvedAt: row["resolved_at"],
                resolvedBy: row["resolver"])
        }
    }
}

import GRDB

/// The prepared INSERT statements of a generation, one per table, reused for every row; run inside the generator's
/// large transactions. Ids are given explicitly, so rows can refer to each other without reading anything back.
struct BulkWriter {
    let organization: Statement
    let account: Statement
    let permission: Statement
    let applicant: Statement
    let application: Statement
    let section: Statement
    let snapshot: Statement
    let evidence: Statement
    let step: Statement
    let audit: Statement
    let blacklist: Statement

    /// Rows written, by table.
    var counts: [String: Int] = [:]

    init(_ db: Database) throws {
        organization = try db.makeStatement(
            sql: """
                INSERT INTO organization (id, code, parent_id, kind, category, nature, name, address, contact_person,
                    contact_phone, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """)
        account = try db.makeStatement(
            sql: """
                INSERT INTO account (id, login, kind, organization_id, display_name, staff_type, password_hash,
                    must_change_password, failed_logins, disabled, password_changed_at, created_at, updated_at, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?)
                """)
        permission = try db.makeStatement(sql: "INSERT INTO account_permission (account_id, permission) VALUES (?, ?)")
        applicant = try db.makeStatement(
            sql:
                "INSERT INTO applicant (account_id, id_number, name, gender, birth_date, phone) VALUES (?, ?, ?, ?, ?, ?)"
        )
        application = try db.makeStatement(
            sql: """
                INSERT INTO application (id, batch_id, applicant_account_id, employer_organization_id, state,
                    review_method, route, series_code, qualification_code, level, specialty, snapshot_id, created_at,
                    updated_at, submitted_at, round, review_organization_id, review_stage, review_seq, waiting_since,
                    chain_end_organization_id, return_marks, return_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        section = try db.makeStatement(
            sql:
                "INSERT INTO application_section (application_id, section, content, revision, saved_at) VALUES (?, ?, ?, ?, ?)"
        )
        snapshot = try db.makeStatement(
            sql: "INSERT INTO application_snapshot (id, application_id, submitted_at, document) VALUES (?, ?, ?, ?)")
        evidence = try db.makeStatement(
            sql: """
                INSERT INTO evidence_file (id, application_id, sha256, name, media_type, size, uploaded_at)
                VALUES (?, ?, ?, ?, 'application/pdf', ?, ?)
                """)
        step = try db.makeStatement(
            sql: """
                INSERT INTO review_step (application_id, round, organization_id, stage, reviewer_account_id, outcome,
                    opinion, marks, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        audit = try db.makeStatement(
            sql: """
                INSERT INTO audit_event (at, action, outcome, actor_account_id, actor_login, actor_organization_id,
                    peer_uid, peer_pid, organization_id, target_type, target_id, case_id, opinion, detail)
                VALUES (?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        blacklist = try db.makeStatement(
            sql: """
                INSERT INTO blacklist (id_number, reason, listed_at, until, listed_by_account_id, organization_id,
                    application_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
    }

    mutating func run(_ statement: Statement, _ table: String, _ values: [(any DatabaseValueConvertible)?]) throws {
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        counts[table, default: 0] += 1
    }

    /// Who did something, for an audit row.
    struct Actor {
        var accountID: Int64?
        var login: String?
        var organizationID: Int64?
        var peerPID: Int
    }

    /// One `audit_event` row with outcome ok; `detail` is written as the engine writes it (sorted keys, no spaces).
    mutating func audit(
        at: GeneratedTime, _ action: String, by actor: Actor, organization: Int64?, target: (String, String)?,
        caseID: Int64? = nil, opinion: String? = nil, detail: [(String, String)] = []
    ) throws {
        try run(
            audit, "audit_event",
            [
                at.sqlText, action, actor.accountID, actor.login, actor.organizationID, Self.portalUID, actor.peerPID,
                organization, target?.0, target?.1, caseID, opinion, detail.isEmpty ? nil : Self.detailJSON(detail),
            ])
    }

    /// The uid the audit trail records for the web portal that relays applicants' and reviewers' requests.
    static let portalUID = 990

    /// `{"a":"1","b":"x"}` with keys sorted, as `JSONSerialization` with `.sortedKeys` writes a [String: String].
    static func detailJSON(_ pairs: [(String, String)]) -> String {
        let body = pairs.sorted { $0.0 < $1.0 }.map { "\"\(escape($0.0))\":\"\(escape($0.1))\"" }
        return "{" + body.joined(separator: ",") + "}"
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

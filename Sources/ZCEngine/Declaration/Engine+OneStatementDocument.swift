import Foundation
import GRDB

/// What `oneStatementDocument` found.
enum OneStatementLookup {
    /// The whole document, ready to send.
    case document([UInt8])
    /// No such application, or not the caller's.
    case notFound
    /// A live document whose applicant has no applicant row: the full path reads the person from the account.
    case needsFullPath
}

extension DocumentHeader {
    /// The header of `app` with the names `Engine.headerNamesSQL` selects, read from `row` by position from `base`.
    init(_ app: ApplicationRecord, names row: Row, at base: Int) {
        let state = ApplicationState(rawValue: app.state) ?? .draft
        let level = TitleLevel(rawValue: app.level) ?? .zhongji
        let seriesName: String? = row[base + 3]
        let qualificationName: String? = row[base + 4]
        self.init(
            id: app.id ?? 0, batch: .init(id: app.batchId, name: row[base]),
            employer: .init(code: row[base + 1], name: row[base + 2]), state: state.rawValue,
            stateName: state.chineseName, seriesCode: app.seriesCode, seriesName: seriesName ?? app.seriesCode,
            qualificationCode: app.qualificationCode, qualificationName: qualificationName ?? app.qualificationCode,
            level: level.rawValue, levelName: level.chineseName,
            reviewMethod: (ReviewMethod(rawValue: app.reviewMethod) ?? .review).rawValue,
            route: (DeclarationRoute(rawValue: app.route) ?? .normal).rawValue, specialty: app.specialty,
            createdAt: app.createdAt, updatedAt: app.updatedAt, submittedAt: app.submittedAt)
    }
}

extension Engine {
    /// When a document shows its live sections rather than the frozen snapshot (`document(_:_:frozen:)`'s rule):
    /// no snapshot, or a state the applicant edits in.
    static let liveDocumentCondition =
        "(snap.document IS NULL OR a.state IN ("
        + ApplicationState.allCases.filter(\.isEditable).map { "'\($0.rawValue)'" }.joined(separator: ", ") + "))"

    /// `oneStatementDocument`'s statement: the application, the header's names, the snapshot, and — only for a
    /// live document — the person and one row per saved section, in key order (the section table's primary key).
    static let oneStatementDocumentSQL = """
        SELECT a.*, \(headerNameColumns), snap.document,
            p.id_number, p.name, p.gender, p.birth_date, sec.section, sec.content
        FROM application a
        \(headerJoins)
        LEFT JOIN application_snapshot snap ON snap.id = a.snapshot_id
        LEFT JOIN applicant p ON p.account_id = a.applicant_account_id AND \(liveDocumentCondition)
        LEFT JOIN application_section sec ON sec.application_id = a.id AND \(liveDocumentCondition)
        WHERE a.id = ?
        ORDER BY sec.section
        """

    /// A declaration's whole document for its applicant — row, header names, and the frozen snapshot or the person
    /// and live sections — from one statement. One statement reads one consistent state of the database, so the
    /// caller needs no transaction around it: `application.show`, the call applicants repeat most in a batch's last
    /// days, spent a tenth of its time in `BEGIN` and `COMMIT` (docs/performance.md).
    func oneStatementDocument(_ db: Database, id: Int64, applicant: Int64) throws -> OneStatementLookup {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.oneStatementDocumentSQL), arguments: [id])
        guard let row = try rows.next() else { return .notFound }
        let app = try ApplicationRecord(leading: row)
        guard app.applicantAccountId == applicant else { return .notFound }
        let names = ApplicationRecord.columns.count
        let snapshotColumn = names + 5
        let person = snapshotColumn + 1
        let section = person + 4
        let header = DocumentHeader(app, names: row, at: names).json
        let live = (ApplicationState(rawValue: app.state)?.isEditable ?? false) || row.hasNull(atIndex: snapshotColumn)
        guard live else {
            let body = try row.withUnsafeData(atIndex: snapshotColumn) { [UInt8]($0 ?? Data()) }
            return .document(DocumentJSON.document(header: header, body: body))
        }
        guard !row.hasNull(atIndex: person + 1) else { return .needsFullPath }
        var body = LiveBodyWriter(
            person: DocumentPerson(
                name: row[person + 1], gender: row[person + 2], idNumber: row[person], birthDate: row[person + 3]))
        var current: Row? = row
        while let r = current {
            if !r.hasNull(atIndex: section) { try body.appendSection(r, at: section) }
            current = try rows.next()
        }
        return .document(DocumentJSON.document(header: header, body: body.finish()))
    }
}

import Foundation
import GRDB

/// What `frozenDocument` found.
enum FrozenDocumentLookup {
    /// The whole document, ready to send.
    case document([UInt8])
    /// No such application, or not the caller's.
    case notFound
    /// A draft or returned declaration (or one without a snapshot): its header, and the row to read its live
    /// sections for.
    case editable(ApplicationRecord, header: String)
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
    /// `frozenDocument`'s one statement: the application, the header's names and the snapshot.
    static let frozenDocumentSQL = """
        SELECT a.*, \(headerNameColumns), snap.document
        FROM application a
        \(headerJoins)
        LEFT JOIN application_snapshot snap ON snap.id = a.snapshot_id
        WHERE a.id = ?
        """

    /// A submitted declaration's whole document — its row, the header's names and the frozen snapshot — in one
    /// statement instead of three; for a draft, its row and header, the live sections being read next in the same
    /// transaction. `application.show` is the call applicants repeat most in a batch's last days. (Reading the
    /// statement outside a transaction, which one statement allows, made submitted declarations faster still but
    /// drafts slower, since they pay for it before the transaction: docs/performance.md.)
    func frozenDocument(_ db: Database, id: Int64, applicant: Int64) throws -> FrozenDocumentLookup {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.frozenDocumentSQL), arguments: [id])
        guard let row = try rows.next() else { return .notFound }
        let app = try ApplicationRecord(leading: row)
        guard app.applicantAccountId == applicant else { return .notFound }
        let snapshotColumn = ApplicationRecord.columns.count + 5
        let header = DocumentHeader(app, names: row, at: ApplicationRecord.columns.count).json
        guard app.snapshotId != nil, !(ApplicationState(rawValue: app.state)?.isEditable ?? false),
            !row.hasNull(atIndex: snapshotColumn)
        else { return .editable(app, header: header) }
        let body = try row.withUnsafeData(atIndex: snapshotColumn) { [UInt8]($0 ?? Data()) }
        return .document(DocumentJSON.document(header: header, body: body))
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// `application.show`'s one statement answers exactly what the full path answers, drafts and submitted alike.
@Suite("Declaration document in one statement")
struct OneStatementDocumentTests {
    let province: GeneratedProvince

    init() throws { province = try ProvinceGeneratorTests.shared.get() }

    @Test("Every declaration of a generated province: the same bytes as the full path")
    func sameAsFullPath() throws {
        let engine = province.engine()
        var frozen = 0
        var live = 0
        var sections = 0
        try province.store.pool.read { db in
            for app in try ApplicationRecord.fetchAll(db) {
                let id = try #require(app.id)
                switch try engine.oneStatementDocument(db, id: id, applicant: app.applicantAccountId) {
                case .document(let bytes):
                    #expect(bytes == (try engine.document(db, app)), "application \(id)")
                    try checkHeader(db, app, bytes)
                    if ApplicationState(rawValue: app.state)?.isEditable == true || app.snapshotId == nil {
                        live += 1
                        sections += try Int.fetchOne(
                            db, sql: "SELECT count(*) FROM application_section WHERE application_id = ?",
                            arguments: [id]) ?? 0
                    } else {
                        frozen += 1
                    }
                case .needsFullPath:
                    Issue.record("application \(id): its applicant has an applicant row, yet the full path was asked")
                case .notFound:
                    Issue.record("application \(id) not found for its own applicant")
                }
                if case .notFound = try engine.oneStatementDocument(db, id: id, applicant: app.applicantAccountId + 1) {
                } else {
                    Issue.record("application \(id) answered for another applicant")
                }
            }
            if case .notFound = try engine.oneStatementDocument(db, id: 987_654_321, applicant: 1) {} else {
                Issue.record("an unknown application was found")
            }
        }
        #expect(frozen > 300)
        #expect(live > 50)
        // Live documents with several sections each: the join's rows are gathered, not only the first.
        #expect(sections > live * 2)
    }

    @Test("An applicant without an applicant row is left to the full path, which names them from the account")
    func withoutApplicantRow() throws {
        let engine = province.engine()
        // In a transaction rolled back at the end: the shared province stays as generated.
        try province.store.pool.writeWithoutTransaction { db in
            try db.inTransaction {
                let app = try #require(
                    try ApplicationRecord.fetchOne(db, sql: "SELECT * FROM application WHERE state = 'draft' LIMIT 1"))
                let id = try #require(app.id)
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                try db.execute(sql: "DELETE FROM applicant WHERE account_id = ?", arguments: [app.applicantAccountId])
                if case .needsFullPath = try engine.oneStatementDocument(db, id: id, applicant: app.applicantAccountId) {
                } else {
                    Issue.record("the one statement answered without the person")
                }
                let name = try String.fetchOne(
                    db, sql: "SELECT display_name FROM account WHERE id = ?", arguments: [app.applicantAccountId])
                let document = try JSONSerialization.jsonObject(with: Data(try engine.document(db, app)))
                #expect(((document as? [String: Any])?["person"] as? [String: Any])?["name"] as? String == name)
                return .rollback
            }
        }
    }

    /// The header's names, against the rows they come from, read here with plain queries.
    func checkHeader(_ db: Database, _ app: ApplicationRecord, _ bytes: [UInt8]) throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let header = try #require(document["application"] as? [String: Any])
        let batch = try #require(header["batch"] as? [String: Any])
        let employer = try #require(header["employer"] as? [String: Any])
        func name(_ sql: String, _ key: any DatabaseValueConvertible) throws -> String? {
            try String.fetchOne(db, sql: sql, arguments: [key])
        }
        #expect(header["id"] as? Int64 == app.id)
        #expect(batch["name"] as? String == (try name("SELECT name FROM batch WHERE id = ?", app.batchId)))
        #expect(employer["code"] as? String
            == (try name("SELECT code FROM organization WHERE id = ?", app.employerOrganizationId)))
        #expect(employer["name"] as? String
            == (try name("SELECT name FROM organization WHERE id = ?", app.employerOrganizationId)))
        #expect(header["seriesName"] as? String
            == (try name("SELECT name FROM reference_series WHERE code = ?", app.seriesCode)))
        #expect(header["qualificationName"] as? String
            == (try name("SELECT name FROM reference_qualification WHERE code = ?", app.qualificationCode)))
        #expect(header["state"] as? String == app.state)
        #expect(header["level"] as? String == app.level)
    }
}

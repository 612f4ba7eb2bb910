import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// `application.show`'s one-statement path for submitted declarations answers exactly what the full path answers.
@Suite("Frozen document in one statement")
struct FrozenDocumentTests {
    let province: GeneratedProvince

    init() throws { province = try ProvinceGeneratorTests.shared.get() }

    @Test("Every declaration of a generated province: the same bytes as the full path, or the full path for drafts")
    func sameAsFullPath() throws {
        let engine = province.engine()
        var frozen = 0
        var editable = 0
        try province.store.pool.read { db in
            for app in try ApplicationRecord.fetchAll(db) {
                let id = try #require(app.id)
                switch try engine.frozenDocument(db, id: id, applicant: app.applicantAccountId) {
                case .document(let bytes):
                    frozen += 1
                    #expect(!(ApplicationState(rawValue: app.state)?.isEditable ?? true))
                    #expect(bytes == (try engine.document(db, app)), "application \(id)")
                    try checkHeader(db, app, bytes)
                case .editable(let read, let header):
                    editable += 1
                    #expect(read.id == app.id)
                    #expect(
                        DocumentJSON.document(header: header, body: try engine.liveBody(db, read))
                            == (try engine.document(db, app)), "application \(id)")
                    #expect(ApplicationState(rawValue: app.state)?.isEditable == true || app.snapshotId == nil)
                case .notFound:
                    Issue.record("application \(id) not found for its own applicant")
                }
                if case .notFound = try engine.frozenDocument(db, id: id, applicant: app.applicantAccountId + 1) {
                } else {
                    Issue.record("application \(id) answered for another applicant")
                }
            }
            if case .notFound = try engine.frozenDocument(db, id: 987_654_321, applicant: 1) {} else {
                Issue.record("an unknown application was found")
            }
        }
        #expect(frozen > 300)
        #expect(editable > 50)
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

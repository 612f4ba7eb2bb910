import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// A thread's own read-only connection answers `application.show` exactly as the pool does, and always from the
/// latest committed state: it keeps no transaction open between reads.
@Suite struct DedicatedReaderTests {
    @Test func givenADraft_theReaderAnswersWhatThePoolAnswersAndSeesEachNewSave() async throws {
        let f = try await DeclarationFixture()
        let reader = try f.engine.store.dedicatedReader()
        let app = try await f.engine.startApplication(
            batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        _ = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        let first = try f.engine.applicationDocument(id: app.id, caller: f.applicant, reader: reader)
        #expect(first == (try f.engine.applicationDocument(id: app.id, caller: f.applicant)))

        var changed = f.basicInfo()
        changed.phone = "13800000000"
        _ = try await f.engine.saveSection(changed, applicationID: app.id, caller: f.applicant)
        let second = try f.engine.applicationDocument(id: app.id, caller: f.applicant, reader: reader)
        #expect(second != first)
        #expect(String(decoding: second, as: UTF8.self).contains("13800000000"))
        #expect(second == (try f.engine.applicationDocument(id: app.id, caller: f.applicant)))
    }

    @Test func givenAnUnknownDeclaration_theReaderSaysNotFound() async throws {
        let f = try await DeclarationFixture()
        let reader = try f.engine.store.dedicatedReader()
        #expect(throws: EngineError.self) {
            _ = try f.engine.applicationDocument(id: 424_242, caller: f.applicant, reader: reader)
        }
    }

    @Test func theReaderCannotWrite() async throws {
        let f = try await DeclarationFixture()
        let reader = try f.engine.store.dedicatedReader()
        #expect(throws: (any Error).self) {
            try reader.oneStatement { db in try db.execute(sql: "DELETE FROM application") }
        }
    }
}

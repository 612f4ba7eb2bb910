import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// Saving the sections through the engine: evidence references checked against the store, content read back as
/// normalised, notices returned.
@Suite struct SectionSaveTests {
    @Test func everySectionKeyHasItsEngineType() {
        for key in SectionKey.allCases {
            #expect(SectionTypes.type(for: key) != nil, "\(key.rawValue)")
        }
        #expect(SectionTypes.all.count == SectionKey.allCases.count)
    }

    @Test func givenEvidenceOfThisDeclaration_whenSaving_thenItIsAccepted() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let pdf = try await f.attachFile(to: app.id)
        let png = try await f.attachFile(to: app.id, mediaType: "image/png")
        let s = Education(entries: [EducationSectionTests.entry(evidence: [pdf, png])])
        let saved = try await f.engine.saveSection(s, applicationID: app.id, caller: f.applicant)
        #expect(saved.revision == 1)
        #expect(saved.content.contains(#""evidence":[\#(pdf),\#(png)]"#))
    }

    @Test func givenAFileThatIsNotThisDeclarations_whenSaving_thenTheReferenceIsAViolation() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let deleted = try await f.attachFile(to: app.id)
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE evidence_file SET deleted_at = ? WHERE id = ?", arguments: [Date(), deleted])
        }
        let s = Papers(entries: [PapersSectionTests.paper(evidence: [deleted, 4242])])
        do {
            _ = try await f.engine.saveSection(s, applicationID: app.id, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(v.map(\.field) == ["entries[0].evidence[0]", "entries[0].evidence[1]"])
            #expect(v.last?.reason == "file 4242 is not an uploaded file of this declaration")
        }
    }

    @Test func givenAnImageAsTheWorkSummary_whenSaving_thenOnlyAPDFIsAccepted() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let png = try await f.attachFile(to: app.id, mediaType: "image/png")
        do {
            _ = try await f.engine.saveSection(
                WorkSummary(abstract: SectionTesting.text(800), summaryFile: png), applicationID: app.id,
                caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(v.map(\.field) == ["summaryFile"])
            #expect(v.first?.reason.contains("application/pdf") == true)
        }
        let pdf = try await f.attachFile(to: app.id)
        let saved = try await f.engine.saveSection(
            WorkSummary(abstract: SectionTesting.text(800), summaryFile: pdf), applicationID: app.id,
            caller: f.applicant)
        #expect(saved.notices.isEmpty)
    }

    @Test func givenAPaperWithoutURL_whenSavedAndReadBack_thenItIsStoredNotCountedWithTheNotice() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let saved = try await f.engine.saveSection(
            Papers(entries: [PapersSectionTests.paper(evidence: []), PapersSectionTests.paper(url: nil, evidence: [])]),
            applicationID: app.id,
            caller: f.applicant)
        #expect(saved.notices.count == 1)
        let read = try f.engine.readSection(.papers, applicationID: app.id, caller: f.applicant)
        #expect(read.content == saved.content)
        #expect(read.notices == saved.notices)
        let stored = try JSONDecoder().decode(Papers.self, from: Data(read.content.utf8))
        #expect(stored.entries.map(\.counted) == [true, false])
    }

    @Test func givenAWorkHistoryOldestFirst_whenSavedAndReadBack_thenItIsMostRecentFirst() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        _ = try await f.engine.saveSection(
            WorkHistory(entries: [
                WorkHistoryEntry(from: "2002-08", to: "2009-07", organization: "石家庄市第四十中学", position: "数学教师"),
                WorkHistoryEntry(from: "2009-08", organization: " 石家庄市第一中学 ", position: "数学教师"),
            ]), applicationID: app.id, caller: f.applicant)
        let read = try f.engine.readSection(.workHistory, applicationID: app.id, caller: f.applicant)
        let stored = try JSONDecoder().decode(WorkHistory.self, from: Data(read.content.utf8))
        #expect(stored.entries.map(\.organization) == ["石家庄市第一中学", "石家庄市第四十中学"])
    }

    @Test func givenAnInvalidSection_whenSaving_thenEveryViolationIsListedAndNothingIsStored() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let s = Projects(entries: [ProjectsSectionTests.project(finished: nil, rank: 0, evidence: [])])
        do {
            _ = try await f.engine.saveSection(s, applicationID: app.id, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(Set(v.map(\.field)) == ["entries[0].rank", "entries[0].finishedOn"])
        }
        await #expect(throws: EngineError.notFound(entity: "section", key: "projects")) {
            _ = try f.engine.readSection(.projects, applicationID: app.id, caller: f.applicant)
        }
    }
}

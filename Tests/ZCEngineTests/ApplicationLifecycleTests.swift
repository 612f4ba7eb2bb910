import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct ApplicationLifecycleTests {
    @Test func givenAnOpenBatch_whenTheApplicantStarts_thenADraftWithItsDeclarationExists() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(
            batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        #expect(app.state == .draft)
        #expect(app.level == .fugao)
        #expect(app.qualificationName == "高级教师")
        #expect(app.applicantName == "张伟")
        #expect(app.sections.map(\.key) == [.declaration])
    }

    @Test func givenADeclarationInTheBatch_whenStartingASecond_thenAlreadyExists() async throws {
        let f = try await DeclarationFixture()
        _ = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        await #expect(throws: EngineError.alreadyExists(entity: "application", key: "batch \(f.batch.id)")) {
            _ = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        }
    }

    @Test func givenAQualificationOfAnotherSeriesOrLevel_whenStarting_thenTheFieldIsNamed() async throws {
        let f = try await DeclarationFixture()
        var d = DeclarationFixture.declaration
        d.qualificationCode = "gongcheng.fugao"
        d.route = .greenChannel
        do {
            _ = try await f.engine.startApplication(batchID: f.batch.id, declaration: d, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(v.map(\.field) == ["qualificationCode"])
        }
        d.qualificationCode = "zhongxiaoxue.zhongji"
        do {
            _ = try await f.engine.startApplication(batchID: f.batch.id, declaration: d, caller: f.applicant)
            Issue.record("expected a refusal: 绿色通道 does not lead to 中级")
        } catch let EngineError.invalidArgument(v) {
            #expect(v.map(\.field) == ["qualificationCode"])
        }
        d.route = .normal
        d.reviewMethod = .selfReview
        do {
            _ = try await f.engine.startApplication(batchID: f.batch.id, declaration: d, caller: f.applicant)
            Issue.record("expected a refusal: the employer is no self-reviewing unit")
        } catch let EngineError.invalidArgument(v) {
            #expect(v.map(\.field) == ["reviewMethod"])
        }
    }

    @Test func givenASavedSection_whenReadBack_thenItIsExactlyTheCanonicalContent() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        var info = f.basicInfo()
        info.major = "  数学与应用数学  "
        let saved = try await f.engine.saveSection(info, applicationID: app.id, caller: f.applicant)
        #expect(saved.revision == 1)
        let read = try f.engine.readSection(.basicInfo, applicationID: app.id, caller: f.applicant)
        #expect(read.content == saved.content)
        #expect(read.content.contains(#""major":"数学与应用数学""#))
        let again = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        #expect(again.revision == 2)
    }

    @Test func givenAnInvalidBasicInfo_whenSaving_thenEveryProblemIsListedAndNothingIsSaved() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        var info = f.basicInfo()
        info.phone = "12345"
        info.major = ""
        info.appraisals = [Appraisal(year: 2025, result: .excellent), Appraisal(year: 2025, result: .competent)]
        do {
            _ = try await f.engine.saveSection(info, applicationID: app.id, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(Set(v.map(\.field)) == ["phone", "major", "appraisals[1].year", "appraisals"])
        }
        await #expect(throws: EngineError.notFound(entity: "section", key: "basicInfo")) {
            _ = try f.engine.readSection(.basicInfo, applicationID: app.id, caller: f.applicant)
        }
    }

    @Test func givenAnIncompleteDraft_whenSubmitting_thenEveryMissingSectionIsReportedAtOnce() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        _ = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        do {
            _ = try await f.engine.submit(applicationID: app.id, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.failedPrecondition(_, _, v) {
            let expected = SectionKey.allCases.filter { $0.requiredForSubmission && $0 != .declaration && $0 != .basicInfo }
            #expect(v.map(\.field) == expected.map(\.rawValue))
        }
    }

    @Test func givenAnotherApplicantsDeclaration_thenItIsNotFound() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        let employer = try await f.engine.store.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT employer_organization_id FROM application")
        }
        try await DeclarationFixture.insertApplicant(
            f.engine, employerID: try #require(employer), idNumber: "53010219200508011X", name: "李娜", password: "Applicant-2027")
        let other = try await f.base.login("53010219200508011X", "Applicant-2027").0
        await #expect(throws: EngineError.notFound(entity: "application", key: String(app.id))) {
            _ = try f.engine.readSection(.declaration, applicationID: app.id, caller: other)
        }
    }

    @Test func givenAClosedBatch_thenDraftsStillSaveButNothingStarts() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        f.clock.advance(31 * 86400)
        _ = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.submit(applicationID: app.id, caller: f.applicant)
        }
        _ = try await f.engine.archiveBatch(id: f.batch.id, caller: f.cityAdmin)
        await #expect(throws: EngineError.failedPrecondition("the batch is archived", state: "archived")) {
            _ = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        }
    }

    @Test func givenADraft_thenTheDocumentHoldsHeaderPersonAndSections() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        _ = try await f.engine.saveSection(f.basicInfo(), applicationID: app.id, caller: f.applicant)
        let doc = String(decoding: try f.engine.applicationDocument(id: app.id, caller: f.applicant), as: UTF8.self)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["application", "person", "sections"])
        #expect((json["person"] as? [String: Any])?["idNumber"] as? String == DeclarationFixture.idNumber)
        #expect(Set(((json["sections"] as? [String: Any]) ?? [:]).keys) == ["basicInfo", "declaration"])
        #expect((json["application"] as? [String: Any])?["stateName"] as? String == "填报中")
    }

    @Test func givenBatchRules_whenAnOfficeOpensOne_thenEveryProblemIsListed() async throws {
        let f = try await DeclarationFixture()
        do {
            _ = try await f.engine.createBatch(
                NewBatch(year: 1999, name: "", seriesCodes: ["nope", "zhongxiaoxue", "zhongxiaoxue"], opensAt: f.clock.now(), closesAt: f.clock.now()),
                caller: f.cityAdmin)
            Issue.record("expected a refusal")
        } catch let EngineError.invalidArgument(v) {
            #expect(Set(v.map(\.field)) == ["name", "year", "closesAt", "seriesCodes[0]", "seriesCodes[2]"])
        }
    }
}

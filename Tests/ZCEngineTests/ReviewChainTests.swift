import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct ReviewChainTests {
    @Test func givenASubmission_thenItWaitsForTheEmployersHandler() async throws {
        let f = try await ReviewFixture()
        let app = try await f.submit()
        #expect(app.state == .submitted)
        #expect(app.reviewAt?.code == f.school.code)
        #expect(app.reviewStage == .handler)
        let queue = try f.engine.reviewQueue(CaseFilter(), page: PageRequest(offset: nil, limit: nil), caller: f.handlers[f.school.code]!)
        #expect(queue.items.map(\.id) == [f.applicationID])
        let leaderQueue = try f.engine.reviewQueue(CaseFilter(), page: PageRequest(offset: nil, limit: nil), caller: f.leaders[f.school.code]!)
        #expect(leaderQueue.total == 0)
    }

    @Test func givenPassesAllTheWay_thenTheCaseClimbsToTheCityOfficeAndWaitsForPublicity() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        for org in [f.school, f.bureau, f.city] {
            let h = try await f.decide(f.handlers[org.code]!, .pass)
            #expect(h.stage == .leader)
            _ = try await f.decide(f.leaders[org.code]!, .pass, opinion: "同意")
        }
        let app = try f.engine.application(id: f.applicationID, caller: f.applicant)
        #expect(app.state == .awaitingPublicity)
        #expect(app.reviewAt?.code == f.city.code)
        let history = try await f.engine.caseHistory(id: f.applicationID, caller: f.applicant)
        #expect(history.count == 7)
        #expect(history.first?.kind == .submitted)
        #expect(history.last?.opinion == "同意")
    }

    @Test func given初级_thenTheChainEndsAtTheCompetentDepartment() async throws {
        let f = try await ReviewFixture(level: "zhongxiaoxue.zhuli")
        _ = try await f.submit()
        for org in [f.school, f.bureau] {
            _ = try await f.decide(f.handlers[org.code]!, .pass)
            _ = try await f.decide(f.leaders[org.code]!, .pass)
        }
        let app = try f.engine.application(id: f.applicationID, caller: f.applicant)
        #expect(app.state == .awaitingPublicity)
        #expect(app.reviewAt?.code == f.bureau.code)
    }

    @Test func givenTheLeader_whenActingBeforeTheHandler_thenRefused() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        await #expect(throws: EngineError.self) { _ = try await f.decide(f.leaders[f.school.code]!, .pass) }
    }

    @Test func givenAHandlerOfAnotherOrganisation_thenTheCaseIsNotEvenVisible() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        await #expect(throws: EngineError.self) { _ = try await f.decide(f.handlers[f.bureau.code]!, .pass) }
        let other = try f.engine.reviewQueue(CaseFilter(), page: PageRequest(offset: nil, limit: nil), caller: f.handlers[f.bureau.code]!)
        #expect(other.total == 0)
    }

    @Test func givenTwoHandlersDecidingAtOnce_thenExactlyOneWins() async throws {
        var f = try await ReviewFixture()
        f.handlers["second"] = try await ReviewFixture.staff(f.base, org: f.school, login: "h2", type: "handler", permissions: ["review.handler"])
        _ = try await f.submit()
        let step = try await f.step()
        let engine = f.engine
        let id = f.applicationID
        let first = f.handlers[f.school.code]!
        let second = f.handlers["second"]!
        func attempt(_ d: ReviewDecision, _ c: Caller) async -> Result<CaseSummary, any Error> {
            do { return .success(try await engine.decide(d, caller: c)) } catch { return .failure(error) }
        }
        async let a = attempt(ReviewDecision(applicationID: id, step: step, outcome: .pass, opinion: nil), first)
        async let b = attempt(ReviewDecision(applicationID: id, step: step, outcome: .reject, opinion: "材料不全"), second)
        let results = await [a, b]
        let wins = results.filter { if case .success = $0 { true } else { false } }
        #expect(wins.count == 1)
        for case .failure(let e) in results {
            guard case EngineError.aborted = e else {
                Issue.record("expected aborted, got \(e)")
                continue
            }
        }
        let steps = try await engine.store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM review_step") }
        #expect(steps == 1)
    }

    @Test func givenAReturn_thenOnlyMarkedSectionsChangeAndResubmissionStartsAtTheEmployer() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        _ = try await f.decide(f.handlers[f.school.code]!, .pass)
        _ = try await f.decide(f.leaders[f.school.code]!, .pass)
        await #expect(throws: EngineError.self) {
            _ = try await f.decide(f.handlers[f.bureau.code]!, .return, opinion: nil, sections: [.basicInfo])
        }
        _ = try await f.decide(f.handlers[f.bureau.code]!, .return, opinion: "考核情况需补充证明", sections: [.basicInfo])
        let returned = try f.engine.application(id: f.applicationID, caller: f.applicant)
        #expect(returned.state == .returned)
        #expect(returned.returnedSections == [.basicInfo])
        #expect(returned.returnReason == "考核情况需补充证明")
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.saveSection(DeclarationFixture.declaration, applicationID: f.applicationID, caller: f.applicant)
        }
        _ = try await f.engine.saveSection(DeclarationFixture.basicInfoFor(f.clock.now()), applicationID: f.applicationID, caller: f.applicant)
        let again = try await f.submit()
        #expect(again.state == .submitted)
        #expect(again.round == 2)
        #expect(again.reviewAt?.code == f.school.code)
        #expect(again.reviewStage == .handler)
    }

    @Test func givenARejection_thenTheCaseIsFinalAndNobodyActsOnIt() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        await #expect(throws: EngineError.self) { _ = try await f.decide(f.handlers[f.school.code]!, .reject) }
        _ = try await f.decide(f.handlers[f.school.code]!, .reject, opinion: "不符合申报条件")
        let app = try f.engine.application(id: f.applicationID, caller: f.applicant)
        #expect(app.state == .rejected)
        await #expect(throws: EngineError.self) { _ = try await f.decide(f.leaders[f.school.code]!, .pass) }
        await #expect(throws: EngineError.self) { _ = try await f.submit() }
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.withdraw(applicationID: f.applicationID, caller: f.applicant)
        }
    }

    @Test func givenAWithdrawnCase_thenNobodyActsOnIt_andAfterTheFirstDecisionWithdrawIsRefused() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        let withdrawn = try await f.engine.withdraw(applicationID: f.applicationID, caller: f.applicant)
        #expect(withdrawn.state == .draft)
        await #expect(throws: EngineError.self) { _ = try await f.decide(f.handlers[f.school.code]!, .pass) }
        _ = try await f.submit()
        _ = try await f.decide(f.handlers[f.school.code]!, .pass)
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.withdraw(applicationID: f.applicationID, caller: f.applicant)
        }
    }

    @Test func givenABlacklisting_thenThePersonCannotSubmitForThreeYearsAndCanAfter() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        _ = try await f.decide(f.handlers[f.school.code]!, .pass)
        _ = try await f.decide(f.leaders[f.school.code]!, .pass)
        _ = try await f.decide(f.handlers[f.bureau.code]!, .blacklist, opinion: "材料造假")
        // A new batch, a new declaration: refused at submission while listed.
        func nextBatch(_ name: String) async throws -> BatchView {
            try await f.engine.createBatch(
                NewBatch(year: 2027, name: name, seriesCodes: ["zhongxiaoxue"], opensAt: f.clock.now().addingTimeInterval(-60),
                         closesAt: f.clock.now().addingTimeInterval(30 * 86400)), caller: f.cityAdmin)
        }
        let batch2 = try await nextBatch("2027年度")
        let app2 = try await f.engine.startApplication(batchID: batch2.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        var g = f
        g.applicationID = app2.id
        try await g.fillRequiredSections()
        do {
            _ = try await g.submit()
            Issue.record("expected the blacklist to refuse")
        } catch let EngineError.failedPrecondition(_, state, _) {
            #expect(state == "blacklisted")
        }
        f.clock.advance(3 * 366 * 86400)
        let batch3 = try await nextBatch("2030年度")
        let app3 = try await f.engine.startApplication(batchID: batch3.id, declaration: DeclarationFixture.declaration, caller: f.applicant)
        g.applicationID = app3.id
        try await g.fillRequiredSections()
        #expect(try await g.submit().state == .submitted)
    }

    @Test func givenBatchApproval_thenEachCaseIsRecordedOnItsOwn() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        let step = try await f.step()
        let results = try await f.engine.passMany(
            [(f.applicationID, step), (f.applicationID, step), (999, 1)], opinion: "同意", caller: f.handlers[f.school.code]!)
        #expect(results.map { $0.error == nil } == [true, false, false])
        let steps = try await f.engine.store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM review_step") }
        #expect(steps == 1)
        let audits = try await f.base.auditActions()
        #expect(audits.filter { $0 == "review.pass:ok" }.count == 1)
    }

    @Test func givenAReviewer_thenTheDocumentIsTheFrozenSnapshot() async throws {
        let f = try await ReviewFixture()
        _ = try await f.submit()
        _ = try await f.decide(f.handlers[f.school.code]!, .return, opinion: "请修改", sections: [.basicInfo])
        var changed = DeclarationFixture.basicInfoFor(f.clock.now())
        changed.phone = "13800000000"
        _ = try await f.engine.saveSection(changed, applicationID: f.applicationID, caller: f.applicant)
        let reviewerView = String(decoding: try f.engine.caseDocument(id: f.applicationID, caller: f.handlers[f.school.code]!), as: UTF8.self)
        #expect(reviewerView.contains("13912345678"))
        #expect(!reviewerView.contains("13800000000"))
        let applicantView = String(decoding: try f.engine.applicationDocument(id: f.applicationID, caller: f.applicant), as: UTF8.self)
        #expect(applicantView.contains("13800000000"))
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 异议 — objections during the publicity and their resolution.
@Suite struct ObjectionTests {
    @Test func givenAnOpenPublicity_whenAnObjectionIsRecorded_thenItIsPendingAndAudited() async throws {
        let f = try await PublicityFixture()
        let p = try await f.publish()
        let o = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "论文涉嫌抄袭", source: "来信"),
            caller: f.publisher)
        #expect(o.state == .pending)
        #expect(o.source == "来信")
        #expect(o.applicantName == "张伟")
        let shown = try await f.engine.publicity(id: p.id, caller: f.publisher)
        #expect(shown.objections.map(\.id) == [o.id])
        #expect(shown.cases.first?.pendingObjections == 1)
        let audit = try await f.audit("publicity.objection")
        #expect(audit.count == 1)
        #expect((audit.first?["case_id"] as Int64?) == f.cases[0])
        #expect((audit.first?["opinion"] as String?) == "论文涉嫌抄袭")
    }

    @Test func givenAnEndedPublicity_whenAnObjectionIsRecorded_thenRefused() async throws {
        let f = try await PublicityFixture()
        let p = try await f.publish()
        f.endPublicity(p)
        do {
            _ = try await f.engine.recordObjection(
                NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "迟到的异议"), caller: f.publisher)
            Issue.record("expected a refusal")
        } catch EngineError.failedPrecondition(_, let state, _) {
            #expect(state == "ended")
        }
    }

    @Test func givenAnUpheldObjection_whenReturned_thenTheApplicantSeesTheMarksAndResubmitsFromTheEmployer() async throws {
        let f = try await PublicityFixture()
        let p = try await f.publish()
        let o = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "工作经历与档案不符", source: "来访"),
            caller: f.publisher)
        let second = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "同一问题的来电"), caller: f.publisher)
        let resolved = try await f.engine.resolveObjection(
            ObjectionResolution(
                objectionID: o.id, decision: .upheld, reason: "经核实工作经历有误", outcome: .return,
                sections: [.workHistory]),
            caller: f.publisher)
        #expect(resolved.state == .upheld)
        #expect(resolved.outcome == .return)
        let app = try f.engine.application(id: f.cases[0], caller: f.review.applicant)
        #expect(app.state == .returned)
        #expect(app.returnedSections == [.workHistory])
        #expect(app.returnReason == "经核实工作经历有误")
        #expect(app.reviewAt == nil)
        let shown = try await f.engine.publicity(id: p.id, caller: f.publisher)
        #expect(shown.cases.first?.leftAt != nil)
        #expect(shown.objections.first { $0.id == second.id }?.state == .superseded)
        let history = try await f.engine.caseHistory(id: f.cases[0], caller: f.review.applicant)
        #expect(history.last?.stage == .publicity)
        #expect(history.last?.outcome == .return)
        #expect(history.last?.sections == [.workHistory])
        // Resubmission starts again at the employer's handler.
        let again = try await f.engine.submit(applicationID: f.cases[0], caller: f.review.applicant)
        #expect(again.reviewAt?.code == f.review.school.code)
        #expect(again.reviewStage == .handler)
        let audit = try await f.audit("publicity.resolveObjection")
        #expect((audit.first?["case_id"] as Int64?) == f.cases[0])
        #expect((audit.first?["opinion"] as String?) == "经核实工作经历有误")
    }

    @Test func givenAnUpheldObjection_whenRejected_thenTheCaseIsNotPassed() async throws {
        let f = try await PublicityFixture()
        let p = try await f.publish()
        let o = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "学历造假"), caller: f.publisher)
        _ = try await f.engine.resolveObjection(
            ObjectionResolution(objectionID: o.id, decision: .upheld, reason: "学历证书系伪造", outcome: .reject),
            caller: f.publisher)
        #expect(try await f.state(f.cases[0]) == .rejected)
        // A second decision on the same objection loses.
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.resolveObjection(
                ObjectionResolution(objectionID: o.id, decision: .dismissed, reason: "再议"), caller: f.publisher)
        }
    }

    @Test func givenADismissedObjection_thenTheCaseStaysAndBecomesRoutable() async throws {
        let f = try await PublicityFixture()
        try await f.addCommittee("HB-ZXX-GJ")
        let p = try await f.publish()
        let o = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "匿名来电"), caller: f.publisher)
        f.endPublicity(p)
        // Pending: the case does not wait for routing yet, and routing it is refused.
        #expect(try await f.engine.routeQueue(page: PageRequest(offset: nil, limit: nil), caller: f.router).total == 0)
        let blocked = try await f.engine.routeCases(RouteDecision(applicationIDs: f.cases, mode: .normal), caller: f.router)
        #expect(blocked.first?.error != nil)
        // Resolving after the end is allowed.
        let resolved = try await f.engine.resolveObjection(
            ObjectionResolution(objectionID: o.id, decision: .dismissed, reason: "经核实，反映情况不属实"), caller: f.publisher)
        #expect(resolved.state == .dismissed)
        #expect(try await f.state(f.cases[0]) == .inPublicity)
        let history = try await f.engine.caseHistory(id: f.cases[0], caller: f.review.applicant)
        #expect(history.last?.outcome == .objectionDismissed)
        let queue = try await f.engine.routeQueue(page: PageRequest(offset: nil, limit: nil), caller: f.router)
        #expect(queue.items.map(\.summary.id) == f.cases)
    }

    @Test func givenBadResolutions_thenEachProblemIsNamed() async throws {
        let f = try await PublicityFixture()
        let p = try await f.publish()
        let o = try await f.engine.recordObjection(
            NewObjection(publicityID: p.id, applicationID: f.cases[0], content: "异议"), caller: f.publisher)
        await #expect(throws: EngineError.invalidArgument([
            Violation(field: "reason", reason: "is required"),
            Violation(field: "outcome", reason: "an upheld objection needs an outcome: return or reject"),
        ])) {
            _ = try await f.engine.resolveObjection(
                ObjectionResolution(objectionID: o.id, decision: .upheld, reason: ""), caller: f.publisher)
        }
        await #expect(throws: EngineError.invalidArgument([
            Violation(field: "sections", reason: "mark at least one section the applicant must change")
        ])) {
            _ = try await f.engine.resolveObjection(
                ObjectionResolution(objectionID: o.id, decision: .upheld, reason: "属实", outcome: .return),
                caller: f.publisher)
        }
        await #expect(throws: EngineError.invalidArgument([
            Violation(field: "outcome", reason: "only an upheld objection has an outcome")
        ])) {
            _ = try await f.engine.resolveObjection(
                ObjectionResolution(objectionID: o.id, decision: .dismissed, reason: "不属实", outcome: .reject),
                caller: f.publisher)
        }
    }

    @Test func givenACaseNotInThePublicity_whenAnObjectionIsRecorded_thenRefused() async throws {
        let f = try await PublicityFixture(cases: 2)
        let p = try await f.publish([f.cases[0]])
        await #expect(throws: EngineError.invalid("application", "case \(f.cases[1]) is not in publicity \(p.id)")) {
            _ = try await f.engine.recordObjection(
                NewObjection(publicityID: p.id, applicationID: f.cases[1], content: "异议"), caller: f.publisher)
        }
    }
}

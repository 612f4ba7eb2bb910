import Foundation
import ZCProtocol

/// `review.*`: 张伟's case as the education bureau's handler (李娜) and leader (王强) see and decide it, and a second
/// case (刘芳's) for the outcomes that end a declaration.
extension Samples {
    static let review: [MethodSample] = [
        sample(
            ReviewBlacklistRequest(application: 302, step: 3, opinion: "提供虚假学历证书，经核实属实。"),
            secondCase(state: .blacklisted, stateName: "加入黑名单")),
        sample(ReviewGetRequest(application: applicationID), caseAtBureau),
        sample(
            ReviewPassRequest(
                items: [CaseStep(application: applicationID, step: 3), CaseStep(application: 302, step: 2)],
                opinion: "符合申报条件。"),
            [
                CaseResult(application: applicationID, ok: true, case: casePassedByHandler),
                CaseResult(
                    application: 302, ok: false,
                    error: WireError(
                        code: .aborted,
                        message: "case 302 was already decided or has moved on (step 3, not 2); reload it",
                        data: ErrorData(name: "aborted", state: "submitted"))),
            ]),
        sample(
            ReviewQueueRequest(batch: batchRef.id, series: series.code, level: .fugao, query: "张", page: pageParams),
            Page(items: [caseAtBureau], total: 1, offset: 0, limit: 20)),
        sample(
            ReviewRejectRequest(application: 302, step: 3, opinion: "近五年年度考核有一年为基本合格，不符合申报条件。"),
            secondCase(state: .rejected, stateName: "审查不通过")),
        sample(
            ReviewReturnRequest(
                application: applicationID, step: 4, sections: [.papers, .workSummary], opinion: returnReason),
            caseReturned),
        sample(ReviewShowRequest(application: applicationID), document),
    ]

    // MARK: Building blocks

    /// 张伟's case in a state; the first submission.
    static func caseInfo(
        step: Int, state: ApplicationState, stateName: String, stage: ReviewStage?, waitingSince: Date
    ) -> CaseInfo {
        CaseInfo(
            application: applicationID, step: step, round: 1, applicant: applicantPerson, employer: school,
            batch: batchRef, seriesCode: series.code, qualificationCode: qualification.code,
            qualificationName: qualification.name, level: "fugao", levelName: "副高级", state: state,
            stateName: stateName, stage: stage, waitingSince: waitingSince, submittedAt: submittedAt)
    }

    /// Passed by the school; waiting for the bureau's handler.
    static let caseAtBureau = caseInfo(
        step: 3, state: .submitted, stateName: "资格审查中", stage: .handler, waitingSince: schoolLeaderDecidedAt)

    /// Passed by the bureau's handler; waiting for its leader.
    static let casePassedByHandler = caseInfo(
        step: 4, state: .submitted, stateName: "资格审查中", stage: .leader, waitingSince: handlerDecidedAt)

    /// Returned by the bureau's leader: out of every queue, so no stage.
    static let caseReturned = caseInfo(
        step: 5, state: .returned, stateName: "退回修改", stage: nil, waitingSince: leaderDecidedAt)

    /// 刘芳, who applies for 一级教师 at the same school, decided by the school's leader.
    static func secondCase(state: ApplicationState, stateName: String) -> CaseInfo {
        CaseInfo(
            application: 302, step: 4, round: 1, applicant: PersonRef(idNumber: "130102198503150021", name: "刘芳"),
            employer: school, batch: batchRef, seriesCode: series.code, qualificationCode: "zhongxiaoxue.zhongji",
            qualificationName: "一级教师", level: "zhongji", levelName: "中级", state: state, stateName: stateName,
            stage: nil, waitingSince: schoolLeaderDecidedAt, submittedAt: submittedAt)
    }
}

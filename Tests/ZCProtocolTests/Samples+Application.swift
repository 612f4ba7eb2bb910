import Foundation
import ZCProtocol

/// `batch.*` and `application.*` (but the section saves, in `Samples+Sections.swift`): the batch 张伟 declares in,
/// and his declaration from start to return and resubmission.
extension Samples {
    static let batch: [MethodSample] = [
        sample(ArchiveBatchRequest(id: batchRef.id), batchInfo(archived: true)),
        sample(
            CreateBatchRequest(
                year: 2026, name: batchRef.name, seriesCodes: batchSeries, opensAt: opensAt, closesAt: closesAt),
            batchInfo(open: false)),
        sample(
            EditBatchRequest(
                id: batchRef.id, name: batchRef.name, seriesCodes: batchSeries, opensAt: opensAt, closesAt: closesAt),
            batchInfo(open: false)),
        sample(
            ListBatchesRequest(year: 2026, openOnly: true, includeArchived: false, page: pageParams),
            Page(items: [batchInfo(open: true)], total: 1, offset: 0, limit: 20)),
        sample(ShowBatchRequest(id: batchRef.id), batchInfo(open: true)),
    ]

    static let application: [MethodSample] = [
        sample(GetApplicationRequest(application: applicationID), returnedApplication),
        sample(HistoryRequest(application: applicationID), history),
        sample(ListApplicationsRequest(), [resubmittedApplication]),
        sample(
            ReadSectionRequest(application: applicationID, section: .papers),
            ReadSectionResult(
                section: .papers, revision: papersSaved.revision, savedAt: savedAt, notices: papersSaved.notices,
                content: json(papers))),
        sample(ShowApplicationRequest(application: applicationID), document),
        sample(StartApplicationRequest(batch: batchRef.id, declaration: declaration), startedApplication),
        sample(SubmitApplicationRequest(application: applicationID), resubmittedApplication),
        sample(WithdrawApplicationRequest(application: applicationID), withdrawnApplication),
    ]

    // MARK: The batch

    static let batchSeries = ["zhongxiaoxue", "zhongzhi"]

    /// Opened by the city office; `open` says whether submissions are accepted right now.
    static func batchInfo(open: Bool = true, archived: Bool = false) -> BatchInfo {
        BatchInfo(
            id: batchRef.id, year: 2026, name: batchRef.name, office: cityOffice, seriesCodes: batchSeries,
            opensAt: opensAt, closesAt: closesAt, archived: archived, open: open && !archived, createdAt: announcedAt)
    }

    // MARK: The declaration

    static let applicationID: Int64 = 301

    /// Every section saved, in form order; 申报信息 (first saved by `application.start`), 基础信息 and 论文 twice.
    static let sectionStatuses: [SectionStatusInfo] = [
        SectionStatusInfo(section: .declaration, revision: 2, savedAt: savedAt),
        SectionStatusInfo(section: .basicInfo, revision: 2, savedAt: savedAt),
        SectionStatusInfo(section: .education, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .certificates, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .employment, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .otherMaterials, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .workHistory, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .societies, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .professionalExperience, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .papers, revision: 2, savedAt: savedAt),
        SectionStatusInfo(section: .books, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .projects, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .awards, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .patents, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .expertTitles, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .otherAchievements, revision: 1, savedAt: savedAt),
        SectionStatusInfo(section: .workSummary, revision: 1, savedAt: savedAt),
    ]

    static let returnReason = "论文第2篇未提供检索验证地址，请补充；工作总结摘要不足600字，请完善后重新提交。"

    /// The header in one state; the members that state has are given, the others keep their defaults.
    static func applicationInfo(
        state: ApplicationState, stateName: String, sections: [SectionStatusInfo] = sectionStatuses,
        updatedAt: Date, submittedAt: Date?, round: Int, reviewAt: OrganizationRef? = nil,
        reviewStage: ReviewStage? = nil, returnedSections: [SectionKey] = [], returnReason: String? = nil
    ) -> ApplicationInfo {
        ApplicationInfo(
            id: applicationID, batch: batchRef, applicant: applicantPerson, employer: school, state: state,
            stateName: stateName, declaration: declaration, seriesName: series.name,
            qualificationName: qualification.name, level: "fugao", levelName: "副高级", sections: sections,
            createdAt: startedAt, updatedAt: updatedAt, submittedAt: submittedAt, round: round, reviewAt: reviewAt,
            reviewStage: reviewStage, returnedSections: returnedSections, returnReason: returnReason)
    }

    /// Just started: only 申报信息 is saved.
    static let startedApplication = applicationInfo(
        state: .draft, stateName: "填报中",
        sections: [SectionStatusInfo(section: .declaration, revision: 1, savedAt: startedAt)],
        updatedAt: startedAt, submittedAt: nil, round: 0)

    /// Returned by the bureau's leader with the sections to change and why (out of every queue meanwhile).
    static let returnedApplication = applicationInfo(
        state: .returned, stateName: "退回修改", updatedAt: leaderDecidedAt, submittedAt: submittedAt, round: 1,
        returnedSections: [.papers, .workSummary], returnReason: returnReason)

    /// Submitted the second time: back at the employer's handler.
    static let resubmittedApplication = applicationInfo(
        state: .submitted, stateName: "资格审查中", updatedAt: resubmittedAt, submittedAt: resubmittedAt, round: 2,
        reviewAt: school, reviewStage: .handler)

    /// Withdrawn before anyone reviewed the second submission.
    static let withdrawnApplication = applicationInfo(
        state: .draft, stateName: "填报中", updatedAt: resubmittedAt, submittedAt: resubmittedAt, round: 2)

    /// The whole declaration as submitted the second time, as `application.show` and `review.show` return it.
    static let document = ApplicationDocument(
        application: DocumentHeader(
            id: applicationID, batch: batchRef, employer: school, state: .submitted, stateName: "资格审查中",
            seriesCode: series.code, seriesName: series.name, qualificationCode: qualification.code,
            qualificationName: qualification.name, level: "fugao", levelName: "副高级", reviewMethod: .review,
            route: .normal, specialty: declaration.specialty, createdAt: startedAt, updatedAt: resubmittedAt,
            submittedAt: resubmittedAt),
        person: DocumentPerson(
            name: applicantPerson.name, gender: "male", idNumber: applicantPerson.idNumber, birthDate: "1980-01-01"),
        sections: documentSections)

    // MARK: The history: submitted, passed at the school, returned by the bureau's leader, resubmitted

    /// 2026-03-11T01:30:00Z and 08:00:00Z: the school's handler and leader pass it.
    static let schoolHandlerDecidedAt = at(1_773_192_600)
    static let schoolLeaderDecidedAt = at(1_773_216_000)

    static let history: [HistoryEntryInfo] = [
        submission(round: 1, at: submittedAt),
        decision(
            on: schoolHandlerDecidedAt, by: "陈静", at: school, stage: .handler, outcome: .pass,
            opinion: "材料齐全，情况属实。"),
        decision(
            on: schoolLeaderDecidedAt, by: "孙立军", at: school, stage: .leader, outcome: .pass, opinion: "同意推荐。"),
        decision(
            on: handlerDecidedAt, by: "李娜", at: educationBureau, stage: .handler, outcome: .pass,
            opinion: "符合申报条件。"),
        decision(
            on: leaderDecidedAt, by: "王强", at: educationBureau, stage: .leader, outcome: .return,
            opinion: returnReason, sections: [.papers, .workSummary]),
        submission(round: 2, at: resubmittedAt),
    ]

    /// A submission has no organisation, stage, reviewer or outcome.
    static func submission(round: Int, at: Date) -> HistoryEntryInfo {
        HistoryEntryInfo(
            kind: "submitted", round: round, at: at, organization: nil, stage: nil, reviewer: nil, outcome: nil,
            outcomeName: nil, opinion: nil, sections: [])
    }

    /// A decision of the first round.
    static func decision(
        on date: Date, by reviewer: String, at organization: OrganizationRef, stage: ReviewStage,
        outcome: ReviewOutcome, opinion: String, sections: [SectionKey] = []
    ) -> HistoryEntryInfo {
        let names: [ReviewOutcome: String] = [
            .pass: "审查通过", .return: "退回修改", .reject: "审查不通过", .blacklist: "加入黑名单",
        ]
        return HistoryEntryInfo(
            kind: "review", round: 1, at: date, organization: organization, stage: stage.rawValue, reviewer: reviewer,
            outcome: outcome, outcomeName: names[outcome], opinion: opinion, sections: sections)
    }

    /// A value as any JSON, the way a section's stored content comes back.
    static func json(_ value: some Encodable) -> AnyJSON {
        (try? ZCJSON.decode(AnyJSON.self, from: ZCJSON.encode(value))) ?? .null
    }
}

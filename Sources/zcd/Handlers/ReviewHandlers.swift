import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `review.*` and `application.history`.
    mutating func registerReview(engine: Engine) {
        onInline(ReviewQueueRequest.self) { r, context in
            let level = r.level.flatMap { ZCEngine.TitleLevel(rawValue: $0.rawValue) }
            let page = try engine.reviewQueue(
                CaseFilter(batchID: r.batch, seriesCode: r.series, level: level, query: r.query),
                page: try PageRequest(offset: r.page?.offset, limit: r.page?.limit), caller: context.caller)
            return Page(items: page.items.map(CaseInfo.init), total: page.total, offset: page.offset, limit: page.limit)
        }
        onInline(ReviewGetRequest.self) { r, context in
            CaseInfo(try engine.caseSummary(id: r.application, caller: context.caller))
        }
        onInlineRaw(ReviewShowRequest.self) { r, context in
            try engine.caseDocument(id: r.application, caller: context.caller)
        }
        on(ReviewPassRequest.self) { r, context in
            let results = try await engine.passMany(
                r.items.map { ($0.application, $0.step) }, opinion: r.opinion, caller: context.caller)
            return results.map { item in
                CaseResult(
                    application: item.applicationID, ok: item.error == nil, case: item.summary.map(CaseInfo.init),
                    error: item.error.map(ErrorMapping.wire))
            }
        }
        on(ReviewReturnRequest.self) { r, context in
            let sections = r.sections.compactMap { ZCEngine.SectionKey(rawValue: $0.rawValue) }
            return CaseInfo(
                try await engine.decide(
                    ReviewDecision(applicationID: r.application, step: r.step, outcome: .return, opinion: r.opinion, sections: sections),
                    caller: context.caller))
        }
        on(ReviewRejectRequest.self) { r, context in
            CaseInfo(
                try await engine.decide(
                    ReviewDecision(applicationID: r.application, step: r.step, outcome: .reject, opinion: r.opinion),
                    caller: context.caller))
        }
        on(ReviewBlacklistRequest.self) { r, context in
            CaseInfo(
                try await engine.decide(
                    ReviewDecision(applicationID: r.application, step: r.step, outcome: .blacklist, opinion: r.opinion),
                    caller: context.caller))
        }
        on(HistoryRequest.self) { r, context in
            try await engine.caseHistory(id: r.application, caller: context.caller).map(HistoryEntryInfo.init)
        }
    }
}

extension CaseInfo {
    init(_ c: CaseSummary) {
        self.init(
            application: c.id, step: c.step, round: c.round,
            applicant: PersonRef(idNumber: c.applicantIDNumber, name: c.applicantName),
            employer: OrganizationRef(code: c.employerCode, name: c.employerName),
            batch: BatchRef(id: c.batchID, name: c.batchName), seriesCode: c.seriesCode,
            qualificationCode: c.qualificationCode, qualificationName: c.qualificationName, level: ZCProtocol.TitleLevel(c.level),
            levelName: c.level.chineseName, state: ZCProtocol.ApplicationState(rawValue: c.state.rawValue) ?? .submitted,
            stateName: c.state.chineseName, stage: c.stage.flatMap { ZCProtocol.ReviewStage(rawValue: $0.rawValue) },
            waitingSince: c.waitingSince, submittedAt: c.submittedAt)
    }
}

extension HistoryEntryInfo {
    init(_ h: HistoryEntry) {
        self.init(
            kind: h.kind == .submitted ? .submitted : .review, round: h.round, at: h.at,
            organization: h.organizationCode.map { OrganizationRef(code: $0, name: h.organizationName ?? "") },
            stage: h.stage.map(HistoryStage.init), reviewer: h.reviewerName,
            outcome: h.outcome.flatMap { ZCProtocol.ReviewOutcome(rawValue: $0.rawValue) },
            outcomeName: h.outcome?.chineseName, opinion: h.opinion,
            sections: h.sections.compactMap { ZCProtocol.SectionKey(rawValue: $0.rawValue) })
    }
}

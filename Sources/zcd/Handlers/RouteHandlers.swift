import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `route.*` and `committee.cases`: routing to committees after the publicity, and the hand-over list.
    mutating func registerRoute(engine: Engine) {
        on(DecideRouteRequest.self) { r, context in
            let outcomes = try await engine.routeCases(
                RouteDecision(
                    applicationIDs: r.items.map(\.application), mode: r.mode == .normal ? .normal : .entrusted,
                    committeeCode: r.committee, opinion: r.opinion),
                caller: context.caller)
            let results = outcomes.map { o in
                RouteItemResult(
                    application: o.applicationID, ok: o.error == nil, routed: o.routed.map(RoutingCaseInfo.init),
                    error: o.error.map(ErrorMapping.wire))
            }
            let routed = results.filter(\.ok).count
            return RouteDecideResult(results: results, routed: routed, failed: results.count - routed)
        }
        on(RouteQueueRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            return Page(try await engine.routeQueue(page: page, caller: context.caller))
        }
        on(CommitteeCasesRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            return Page(try await engine.committeeCases(code: r.committee, page: page, caller: context.caller))
        }
    }
}

extension ZCProtocol.Page where Item == RoutingCaseInfo {
    init(_ p: ZCEngine.Page<RoutingCase>) {
        self.init(items: p.items.map(RoutingCaseInfo.init), total: p.total, offset: p.offset, limit: p.limit)
    }
}

extension RoutingCaseInfo {
    init(_ c: RoutingCase) {
        let s = c.summary
        var publicity: PublicityRef?
        if let id = c.publicityID, let title = c.publicityTitle, let endsAt = c.publicityEndsAt {
            publicity = PublicityRef(id: id, title: title, endsAt: endsAt)
        }
        var routedBy: OrganizationRef?
        if let code = c.routedByCode, let name = c.routedByName { routedBy = OrganizationRef(code: code, name: name) }
        self.init(
            application: s.id, applicant: PersonRef(idNumber: s.applicantIDNumber, name: s.applicantName),
            employer: OrganizationRef(code: s.employerCode, name: s.employerName),
            batch: BatchRef(id: s.batchID, name: s.batchName), seriesCode: s.seriesCode,
            qualificationName: s.qualificationName, level: s.level.rawValue, levelName: s.level.chineseName,
            state: ZCProtocol.ApplicationState(s.state), stateName: s.state.chineseName, waitingSince: s.waitingSince,
            publicity: publicity, committeeCode: c.committeeCode, committeeName: c.committeeName,
            routing: c.mode.map { $0 == .normal ? .normal : .entrusted }, routedAt: c.routedAt, routedBy: routedBy)
    }
}

import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `publicity.*`: 结果公示 and objections.
    mutating func registerPublicity(engine: Engine) {
        on(CreatePublicityRequest.self) { r, context in
            PublicityInfo(
                try await engine.createPublicity(
                    NewPublicity(title: r.title, applicationIDs: r.cases, startsOn: r.startsOn, workingDays: r.workingDays),
                    caller: context.caller))
        }
        on(ListPublicitiesRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            let state = r.state.map { $0 == .open ? PublicityView.State.open : .ended }
            let result = try await engine.publicities(state: state, page: page, caller: context.caller)
            return Page(
                items: result.items.map(PublicitySummaryInfo.init), total: result.total, offset: result.offset,
                limit: result.limit)
        }
        on(ShowPublicityRequest.self) { r, context in
            PublicityInfo(try await engine.publicity(id: r.id, caller: context.caller))
        }
        on(RecordObjectionRequest.self) { r, context in
            ObjectionInfo(
                try await engine.recordObjection(
                    NewObjection(publicityID: r.publicity, applicationID: r.application, content: r.content, source: r.source),
                    caller: context.caller))
        }
        on(ResolveObjectionRequest.self) { r, context in
            var sections: [ZCEngine.SectionKey] = []
            for (i, key) in (r.sections ?? []).enumerated() {
                guard let s = ZCEngine.SectionKey(rawValue: key.rawValue) else {
                    throw EngineError.invalid("sections[\(i)]", "unknown section \(key.rawValue)")
                }
                sections.append(s)
            }
            return ObjectionInfo(
                try await engine.resolveObjection(
                    ObjectionResolution(
                        objectionID: r.objection, decision: r.decision == .upheld ? .upheld : .dismissed,
                        reason: r.reason, outcome: r.outcome.map { $0 == .return ? .return : .reject },
                        sections: sections),
                    caller: context.caller))
        }
    }
}

extension PublicityInfo {
    init(_ v: PublicityView) {
        self.init(
            id: v.id, title: v.title, organization: OrganizationRef(code: v.organizationCode, name: v.organizationName),
            startsOn: v.startsOn.description, endsOn: v.endsOn.description, endsAt: v.endsAt,
            workingDays: v.workingDays, state: PublicityState(v.state), createdAt: v.createdAt, createdBy: v.createdBy,
            cases: v.cases.map(PublicityCaseInfo.init), objections: v.objections.map(ObjectionInfo.init),
            notices: v.notices)
    }
}

extension PublicitySummaryInfo {
    init(_ v: PublicityListItem) {
        self.init(
            id: v.id, title: v.title, organization: OrganizationRef(code: v.organizationCode, name: v.organizationName),
            startsOn: v.startsOn.description, endsOn: v.endsOn.description, endsAt: v.endsAt,
            workingDays: v.workingDays, state: PublicityState(v.state), caseCount: v.caseCount,
            pendingObjections: v.pendingObjections, createdAt: v.createdAt)
    }
}

extension PublicityState {
    init(_ s: PublicityView.State) {
        switch s {
        case .open: self = .open
        case .ended: self = .ended
        }
    }
}

extension PublicityCaseInfo {
    init(_ c: PublicityCase) {
        let s = c.summary
        self.init(
            application: s.id, applicant: PersonRef(idNumber: s.applicantIDNumber, name: s.applicantName),
            employer: OrganizationRef(code: s.employerCode, name: s.employerName), seriesCode: s.seriesCode,
            qualificationName: s.qualificationName, level: s.level.rawValue, levelName: s.level.chineseName,
            state: ZCProtocol.ApplicationState(s.state), stateName: s.state.chineseName, leftAt: c.leftAt,
            pendingObjections: c.pendingObjections)
    }
}

extension ObjectionInfo {
    init(_ v: ObjectionView) {
        self.init(
            id: v.id, publicity: v.publicityID, application: v.applicationID, applicantName: v.applicantName,
            content: v.content, source: v.source, receivedAt: v.receivedAt, recordedBy: v.recordedBy,
            state: ZCProtocol.ObjectionState(v.state), stateName: v.state.chineseName,
            outcome: v.outcome.map { $0 == .return ? .return : .reject }, reason: v.reason,
            sections: v.sections.compactMap { ZCProtocol.SectionKey(rawValue: $0.rawValue) }, resolvedAt: v.resolvedAt,
            resolvedBy: v.resolvedBy)
    }
}

extension ZCProtocol.ObjectionState {
    init(_ s: ZCEngine.ObjectionState) {
        switch s {
        case .pending: self = .pending
        case .upheld: self = .upheld
        case .dismissed: self = .dismissed
        case .superseded: self = .superseded
        }
    }
}

extension ZCProtocol.ApplicationState {
    /// Every engine state has a wire state of the same name.
    init(_ s: ZCEngine.ApplicationState) {
        switch s {
        case .draft: self = .draft
        case .submitted: self = .submitted
        case .returned: self = .returned
        case .rejected: self = .rejected
        case .blacklisted: self = .blacklisted
        case .awaitingPublicity: self = .awaitingPublicity
        case .inPublicity: self = .inPublicity
        case .atCommittee: self = .atCommittee
        }
    }
}

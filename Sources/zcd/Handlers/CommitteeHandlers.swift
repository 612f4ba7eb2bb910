import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `committee.*`: review committees.
    mutating func registerCommittee(engine: Engine) {
        on(CreateCommitteeRequest.self) { r, context in
            let new = NewCommittee(
                code: r.code, name: r.name, seriesCode: r.seriesCode, level: ZCEngine.CommitteeLevel(r.level),
                reviewType: ZCEngine.ReviewType(r.reviewType), formingOrganizationCode: r.formingOrganizationCode,
                authorityOrganizationCode: r.authorityOrganizationCode, specialties: r.specialties)
            return CommitteeInfo(try await engine.createCommittee(new, caller: context.caller))
        }
        on(ListCommitteesRequest.self) { r, context in
            let filter = CommitteeFilter(
                seriesCode: r.seriesCode, level: r.level.map(ZCEngine.CommitteeLevel.init),
                includeDisabled: r.includeDisabled ?? false)
            let page = try await engine.listCommittees(
                filter, page: PageRequest(offset: r.page?.offset, limit: r.page?.limit), caller: context.caller)
            return ZCProtocol.Page(page, CommitteeInfo.init)
        }
        on(ShowCommitteeRequest.self) { r, context in
            CommitteeInfo(try await engine.committee(code: r.code, caller: context.caller))
        }
        on(EditCommitteeRequest.self) { r, context in
            let changes = CommitteeChanges(
                name: r.name, specialties: r.specialties, authorityOrganizationCode: r.authorityOrganizationCode)
            return CommitteeInfo(try await engine.editCommittee(code: r.code, changes, caller: context.caller))
        }
        on(DisableCommitteeRequest.self) { r, context in
            CommitteeInfo(try await engine.disableCommittee(code: r.code, reason: r.reason, caller: context.caller))
        }
        on(EnableCommitteeRequest.self) { r, context in
            CommitteeInfo(try await engine.enableCommittee(code: r.code, caller: context.caller))
        }
    }
}

extension CommitteeInfo {
    init(_ v: CommitteeView) {
        self.init(
            code: v.code, name: v.name, seriesCode: v.seriesCode, seriesName: v.seriesName,
            level: ZCProtocol.CommitteeLevel(v.level), levelName: v.level.chineseName,
            reviewType: ZCProtocol.ReviewType(v.reviewType), reviewTypeName: v.reviewType.chineseName,
            formingOrganization: OrganizationRef(v.formingOrganization),
            authorityOrganization: OrganizationRef(v.authorityOrganization), owner: OrganizationRef(v.owner),
            specialties: v.specialties, disabled: v.disabled, createdAt: v.createdAt)
    }
}

extension ZCProtocol.ReviewType {
    init(_ t: ZCEngine.ReviewType) {
        switch t {
        case .social: self = .social
        case .selfReview: self = .selfReview
        }
    }
}

extension ZCEngine.ReviewType {
    init(_ t: ZCProtocol.ReviewType) {
        switch t {
        case .social: self = .social
        case .selfReview: self = .selfReview
        }
    }
}

extension OrganizationRef {
    init(_ s: OrganizationSummary) {
        self.init(code: s.code, name: s.name)
    }
}

extension ZCProtocol.Page {
    /// A wire page of an engine page, each item converted.
    init<E>(_ page: ZCEngine.Page<E>, _ convert: (E) -> Item) {
        self.init(items: page.items.map(convert), total: page.total, offset: page.offset, limit: page.limit)
    }
}

import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `audit.*`: reading the audit trail. There is no method that writes, changes or deletes audit events.
    mutating func registerAudit(engine: Engine) {
        on(AuditCaseRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            return Page(
                try await engine.auditOfCase(
                    id: r.application, range: AuditRange(from: r.from, to: r.to), page: page, caller: context.caller),
                each: AuditEventInfo.init)
        }
        on(AuditOrganizationRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            return Page(
                try await engine.auditOfOrganization(
                    code: r.code, subtree: r.subtree ?? false, range: AuditRange(from: r.from, to: r.to, action: r.action),
                    page: page, caller: context.caller),
                each: AuditEventInfo.init)
        }
    }
}

extension ZCProtocol.Page {
    /// A wire page of an engine page, item by item.
    init<E>(_ page: ZCEngine.Page<E>, each convert: (E) -> Item) {
        self.init(items: page.items.map(convert), total: page.total, offset: page.offset, limit: page.limit)
    }
}

extension AuditEventInfo {
    init(_ v: AuditEventView) {
        self.init(
            id: v.id, at: v.at, action: v.action, outcome: v.outcome,
            actor: v.actorLogin.map { AuditActor(account: $0, name: v.actorName) },
            organization: v.organizationCode.map { OrganizationRef(code: $0, name: v.organizationName ?? "") },
            peer: AuditPeer(uid: v.peerUID, pid: v.peerPID),
            target: v.targetType.map { AuditTarget(type: $0, id: v.targetID) }, case: v.caseID, opinion: v.opinion,
            detail: v.detail)
    }
}

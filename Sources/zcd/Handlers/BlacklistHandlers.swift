import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `blacklist.*`: 黑名单 list and lift.
    mutating func registerBlacklist(engine: Engine) {
        on(BlacklistListRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            return Page(
                try await engine.listBlacklist(
                    query: r.query, activeOnly: r.activeOnly ?? true, page: page, caller: context.caller),
                each: BlacklistEntryInfo.init)
        }
        on(BlacklistLiftRequest.self) { r, context in
            BlacklistEntryInfo(try await engine.liftBlacklistEntry(id: r.entry, reason: r.reason, caller: context.caller))
        }
    }
}

extension BlacklistEntryInfo {
    init(_ v: BlacklistEntryView) {
        self.init(
            id: v.id, idNumber: v.idNumber, name: v.name, reason: v.reason, listedAt: v.listedAt, until: v.until,
            organization: v.organizationCode.map { OrganizationRef(code: $0, name: v.organizationName ?? "") },
            listedBy: v.listedByLogin.map { AuditActor(account: $0, name: v.listedByName) }, case: v.caseID,
            active: v.active,
            lifted: v.liftedAt.map { at in
                BlacklistLiftInfo(
                    at: at, by: v.liftedByLogin.map { AuditActor(account: $0, name: v.liftedByName) },
                    reason: v.liftReason ?? "")
            })
    }
}

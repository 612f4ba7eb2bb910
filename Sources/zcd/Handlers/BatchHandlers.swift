import Foundation
import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `batch.*`.
    mutating func registerBatch(engine: Engine) {
        on(CreateBatchRequest.self) { r, context in
            BatchInfo(
                try await engine.createBatch(
                    NewBatch(year: r.year, name: r.name, seriesCodes: r.seriesCodes, opensAt: r.opensAt, closesAt: r.closesAt),
                    caller: context.caller), now: engine.now())
        }
        on(ListBatchesRequest.self) { r, context in
            let page = try PageRequest(offset: r.page?.offset, limit: r.page?.limit)
            let result = try await engine.listBatches(
                year: r.year, openOnly: r.openOnly ?? false, includeArchived: r.includeArchived ?? false, page: page,
                caller: context.caller)
            let now = engine.now()
            return Page(
                items: result.items.map { BatchInfo($0, now: now) }, total: result.total, offset: result.offset,
                limit: result.limit)
        }
        on(ShowBatchRequest.self) { r, context in
            BatchInfo(try await engine.showBatch(id: r.id, caller: context.caller), now: engine.now())
        }
        on(EditBatchRequest.self) { r, context in
            BatchInfo(
                try await engine.editBatch(
                    id: r.id,
                    BatchChanges(name: r.name, seriesCodes: r.seriesCodes, opensAt: r.opensAt, closesAt: r.closesAt),
                    caller: context.caller), now: engine.now())
        }
        on(ArchiveBatchRequest.self) { r, context in
            BatchInfo(try await engine.archiveBatch(id: r.id, caller: context.caller), now: engine.now())
        }
    }
}

extension BatchInfo {
    init(_ v: BatchView, now: Date) {
        self.init(
            id: v.id, year: v.year, name: v.name, office: OrganizationRef(code: v.officeCode, name: v.officeName),
            seriesCodes: v.seriesCodes, opensAt: v.opensAt, closesAt: v.closesAt, archived: v.archived,
            open: v.isOpen(at: now), createdAt: v.createdAt)
    }
}

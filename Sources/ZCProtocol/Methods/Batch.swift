public import Foundation

/// `batch.*`: 申报批次, declaration windows opened by title-reform offices.

/// 开启申报批次.
public struct CreateBatchRequest: ZCRequest {
    public typealias Response = BatchInfo
    public static let method = "batch.create"
    public static let summary = "Open a declaration batch for some series (a title-reform office's admin)"
    public static let access = Access([.orgAdmin], scope: "admin of a title-reform office (职改办)")

    public var year: Int
    public var name: String
    public var seriesCodes: [String]
    public var opensAt: Date
    /// After this, nothing can be submitted; drafts can still be saved until the batch is archived.
    public var closesAt: Date

    public init(year: Int, name: String, seriesCodes: [String], opensAt: Date, closesAt: Date) {
        self.year = year
        self.name = name
        self.seriesCodes = seriesCodes
        self.opensAt = opensAt
        self.closesAt = closesAt
    }
}

/// Batches visible to the caller: those of the offices at or above the caller's organisation.
public struct ListBatchesRequest: ZCRequest {
    public typealias Response = Page<BatchInfo>
    public static let method = "batch.list"
    public static let summary = "List the batches of the offices at or above the caller's organisation"
    public static let access = Access.anyAccount

    public var year: Int?
    /// Only batches accepting submissions now.
    public var openOnly: Bool?
    public var includeArchived: Bool?
    public var page: PageParams?

    public init(year: Int? = nil, openOnly: Bool? = nil, includeArchived: Bool? = nil, page: PageParams? = nil) {
        self.year = year
        self.openOnly = openOnly
        self.includeArchived = includeArchived
        self.page = page
    }
}

public struct ShowBatchRequest: ZCRequest {
    public typealias Response = BatchInfo
    public static let method = "batch.show"
    public static let summary = "Show one batch"
    public static let access = Access.anyAccount

    public var id: Int64
    public init(id: Int64) { self.id = id }
}

/// Changes a batch (e.g. extends its close time); the office's admin, not once archived.
public struct EditBatchRequest: ZCRequest {
    public typealias Response = BatchInfo
    public static let method = "batch.edit"
    public static let summary = "Change a batch's name, series or window"
    public static let access = Access([.orgAdmin], scope: "admin of the batch's office")

    public var id: Int64
    public var name: String?
    public var seriesCodes: [String]?
    public var opensAt: Date?
    public var closesAt: Date?

    public init(id: Int64, name: String? = nil, seriesCodes: [String]? = nil, opensAt: Date? = nil, closesAt: Date? = nil) {
        self.id = id
        self.name = name
        self.seriesCodes = seriesCodes
        self.opensAt = opensAt
        self.closesAt = closesAt
    }
}

/// 归档 — no more saving or submitting in the batch.
public struct ArchiveBatchRequest: ZCRequest {
    public typealias Response = BatchInfo
    public static let method = "batch.archive"
    public static let summary = "Archive a batch: nothing more is saved or submitted in it"
    public static let access = Access([.orgAdmin], scope: "admin of the batch's office")

    public var id: Int64
    public init(id: Int64) { self.id = id }
}

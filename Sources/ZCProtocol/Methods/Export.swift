/// `export.*`: 资格审查名单导出 — a batch's review list as CSV or as an .xlsx workbook, streamed in chunks.
///
/// `export.begin` selects the cases and returns an export id; `export.next` returns the file piece by piece (each
/// at most 1 MiB before base64) until `done`; `export.cancel` ends it early. An export belongs to the session that
/// began it and is forgotten after 10 idle minutes.

/// Begins an export of a batch's review list at the caller's organisation.
public struct ExportBeginRequest: ZCRequest {
    public typealias Response = ExportStartedInfo
    public static let method = "export.begin"
    public static let summary =
        "Begin exporting a batch's review list (资格审查名单) at the caller's organisation as CSV or .xlsx"
    public static let access = Access(
        [.leader], scope: "leader of a provincial unit or city-level office, cases whose chain passes through it",
        permission: "review.exportList")

    public var format: ExportFormat
    /// The batch; required.
    public var batch: Int64
    /// Only this series (评审系列 code, e.g. `zhongxiaoxue`).
    public var series: String?
    /// Only this level.
    public var level: TitleLevel?
    /// Only this state: `submitted`, `returned`, `rejected`, `blacklisted`, `awaitingPublicity`, `inPublicity` or
    /// `atCommittee` (default: all of them — every case submitted at least once that is not a draft now).
    public var state: ApplicationState?
    /// Part of the applicant's name, or the start of the ID number.
    public var query: String?

    public init(
        format: ExportFormat, batch: Int64, series: String? = nil, level: TitleLevel? = nil, state: ApplicationState? = nil,
        query: String? = nil
    ) {
        self.format = format
        self.batch = batch
        self.series = series
        self.level = level
        self.state = state
        self.query = query
    }
}

/// The next piece of an export's file.
public struct ExportNextRequest: ZCRequest {
    public typealias Response = ExportChunkInfo
    public static let method = "export.next"
    public static let summary = "Return the next chunk (at most 1 MiB, base64) of an export's file"
    public static let access = Access([.leader], scope: "the session that began the export")

    /// The id `export.begin` returned.
    public var export: String
    /// The most bytes of file (before base64) to return: 16384 to 1048576, default 1048576.
    public var maxBytes: Int?

    public init(export: String, maxBytes: Int? = nil) {
        self.export = export
        self.maxBytes = maxBytes
    }
}

/// Ends an export before it is done.
public struct ExportCancelRequest: ZCRequest {
    public typealias Response = Empty
    public static let method = "export.cancel"
    public static let summary = "End an export early and forget it"
    public static let access = Access([.leader], scope: "the session that began the export")

    public var export: String

    public init(export: String) { self.export = export }
}

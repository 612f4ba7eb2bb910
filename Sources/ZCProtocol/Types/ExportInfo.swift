/// The file formats of an export.
public enum ExportFormat: String, WireEnum {
    /// UTF-8 with a byte-order mark, comma-separated, CRLF line ends, RFC 4180 quoting.
    case csv
    /// An Office Open XML workbook with one sheet of inline strings.
    case xlsx
}

/// What `export.begin` returns.
public struct ExportStartedInfo: Codable, Hashable, Sendable {
    /// Pass it to `export.next` and `export.cancel`.
    public var export: String
    /// The number of cases selected when the export began (a case that changes state meanwhile appears as it stands
    /// when its chunk is read; `rowsWritten` of the last chunk is the final count).
    public var rows: Int
    public var format: ExportFormat
    /// A suggested file name, e.g. `资格审查名单-12-130100-20261129.xlsx`.
    public var fileName: String
    /// `text/csv; charset=utf-8` or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`.
    public var mediaType: String

    public init(export: String, rows: Int, format: ExportFormat, fileName: String, mediaType: String) {
        self.export = export
        self.rows = rows
        self.format = format
        self.fileName = fileName
        self.mediaType = mediaType
    }
}

/// One piece of an export's file.
public struct ExportChunkInfo: Codable, Hashable, Sendable {
    /// The next bytes of the file, base64 (RFC 4648, with padding); may be empty only on the last chunk.
    public var data: String
    /// True on the last chunk; the export is forgotten then.
    public var done: Bool
    /// Cases written so far, this chunk included.
    public var rowsWritten: Int
    /// Bytes of file so far (before base64), this chunk included.
    public var bytesWritten: Int

    public init(data: String, done: Bool, rowsWritten: Int, bytesWritten: Int) {
        self.data = data
        self.done = done
        self.rowsWritten = rowsWritten
        self.bytesWritten = bytesWritten
    }
}

/// 导出格式 — the file formats of an export.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    /// UTF-8 CSV with a byte-order mark, RFC 4180 quoting, CRLF line ends.
    case csv
    /// An Office Open XML workbook with one sheet.
    case xlsx

    /// The media type of the file.
    public var mediaType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

/// Turns review-list rows into the bytes of one format, a row at a time. A value type: the export keeps one per
/// cursor, and a copy can try the closing bytes without committing them.
struct ReviewListEncoder: Sendable {
    let format: ExportFormat
    /// The workbook's archive (unused for CSV).
    private var zip: ZipStreamWriter

    /// The name of the workbook's one sheet.
    static let sheetName = "资格审查名单"

    init(format: ExportFormat, modified: LocalDateTime) {
        self.format = format
        zip = ZipStreamWriter(modified: modified)
    }

    /// Everything before the first case: the CSV's BOM and header line; the workbook's fixed parts and the start of
    /// its sheet with the header row.
    mutating func prologue(into out: inout [UInt8]) throws(EngineError) {
        switch format {
        case .csv:
            out += CSVFormat.byteOrderMark
            CSVFormat.line(ReviewListColumns.headers.map(ExportCell.text), into: &out)
        case .xlsx:
            for part in XLSXFormat.fixedParts(sheetName: Self.sheetName) {
                try zip.addEntry(part.name, part.content, into: &out)
            }
            try zip.beginEntry(XLSXFormat.sheetPath, into: &out)
            try zip.write(
                XLSXFormat.sheetPrologue(
                    headers: ReviewListColumns.headers, widths: ReviewListColumns.all.map(\.width)),
                into: &out)
        }
    }

    /// The bytes of the `number`-th case (1-based), not yet part of the output: see ``commit(_:into:)``.
    func render(_ cells: [ExportCell], number: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        switch format {
        case .csv: CSVFormat.line(cells, into: &bytes)
        case .xlsx: XLSXFormat.row(cells, number: number + 1, into: &bytes)
        }
        return bytes
    }

    /// Appends rendered bytes to the output (through the ZIP entry's CRC-32 and size for a workbook). The output
    /// grows by exactly `bytes.count`.
    mutating func commit(_ bytes: [UInt8], into out: inout [UInt8]) throws(EngineError) {
        switch format {
        case .csv:
            out += bytes
        case .xlsx:
            try zip.write(bytes, into: &out)
        }
    }

    /// Everything after the last case: nothing for CSV; the end of the sheet, its data descriptor and the central
    /// directory for a workbook.
    mutating func epilogue(into out: inout [UInt8]) throws(EngineError) {
        guard format == .xlsx else { return }
        try zip.write(XLSXFormat.sheetEpilogue, into: &out)
        try zip.endEntry(into: &out)
        try zip.finish(into: &out)
    }
}

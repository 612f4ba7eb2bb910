import Foundation

/// One cell of an exported row.
enum ExportCell: Sendable, Equatable {
    case text(String)
    case number(Int64)
}

/// One case of the review list (资格审查名单) as the export reads it.
struct ReviewListRow: Sendable {
    var summary: CaseSummary
    var seriesName: String
    var specialty: String
    /// 当前审查单位: where the case waits, while it is in the chain.
    var reviewOrganizationName: String?
}

/// The columns of the review list, in order: one table for the CSV header, the workbook's header row and the
/// column widths, so the formats cannot disagree.
public enum ReviewListColumns {
    struct Column: Sendable {
        var header: String
        /// Width in the workbook, in characters of the default font.
        var width: Int
        var cell: @Sendable (ReviewListRow, Int) -> ExportCell
    }

    static let all: [Column] = [
        Column(header: "序号", width: 8) { _, n in .number(Int64(n)) },
        Column(header: "申报编号", width: 10) { r, _ in .number(r.summary.id) },
        Column(header: "姓名", width: 12) { r, _ in .text(r.summary.applicantName) },
        Column(header: "身份证号", width: 22) { r, _ in .text(r.summary.applicantIDNumber) },
        Column(header: "工作单位", width: 30) { r, _ in .text(r.summary.employerName) },
        Column(header: "单位编码", width: 16) { r, _ in .text(r.summary.employerCode) },
        Column(header: "申报系列", width: 20) { r, _ in .text(r.seriesName) },
        Column(header: "申报资格", width: 20) { r, _ in .text(r.summary.qualificationName) },
        Column(header: "级别", width: 8) { r, _ in .text(r.summary.level.chineseName) },
        Column(header: "申报专业", width: 16) { r, _ in .text(r.specialty) },
        Column(header: "状态", width: 12) { r, _ in .text(r.summary.state.chineseName) },
        Column(header: "当前审查单位", width: 24) { r, _ in .text(r.reviewOrganizationName ?? "") },
        Column(header: "审查环节", width: 12) { r, _ in .text(r.summary.stage?.chineseName ?? "") },
        Column(header: "提交时间", width: 20) { r, _ in
            .text(r.summary.submittedAt.map { LocalDateTime($0).text } ?? "")
        },
    ]

    /// The column headers, in order (序号, 申报编号, 姓名, 身份证号, …).
    public static var headers: [String] { all.map(\.header) }

    /// The cells of `row`, the `number`-th of the list (1-based).
    static func cells(_ row: ReviewListRow, number: Int) -> [ExportCell] {
        all.map { $0.cell(row, number) }
    }
}

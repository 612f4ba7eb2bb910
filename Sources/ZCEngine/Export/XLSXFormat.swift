/// The review list as an Office Open XML workbook (.xlsx) with one sheet, laid out so rows stream: every text cell
/// is an inline string (`<c t="inlineStr"><is><t>…</t></is></c>`), so there is no shared-strings table that would
/// have to be complete before the sheet; numbers are plain `<c><v>…</v></c>`. Rows carry their number (`r`), cells
/// do not (they follow one another from column A). Row 1 holds the headers in bold and stays frozen while
/// scrolling.
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`, `xl/styles.xml`
/// (written whole first), then `xl/worksheets/sheet1.xml` (streamed).
enum XLSXFormat {
    static let sheetPath = "xl/worksheets/sheet1.xml"
    /// The most rows a sheet holds in Excel (header included).
    static let maximumRows = 1_048_576

    private static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts written whole before the sheet, in order.
    static func fixedParts(sheetName: String) -> [(name: String, content: [UInt8])] {
        let contentTypes =
            xmlDeclaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + "</Types>"
        let rootRels =
            xmlDeclaration + #"<Relationships xmlns="\#(relationships)">"#
            + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
        var name: [UInt8] = []
        escape(sheetName, into: &name)
        let workbook =
            xmlDeclaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
            + #"<sheets><sheet name="\#(String(decoding: name, as: UTF8.self))" sheetId="1" r:id="rId1"/></sheets>"#
            + "</workbook>"
        let workbookRels =
            xmlDeclaration + #"<Relationships xmlns="\#(relationships)">"#
            + #"<Relationship Id="rId1" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
            + #"<Relationship Id="rId2" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
        // Style 0: the default font; style 1: bold, for the header row.
        let styles =
            xmlDeclaration + #"<styleSheet xmlns="\#(main)">"#
            + #"<fonts count="2"><font><sz val="11"/><name val="宋体"/></font>"#
            + #"<font><b/><sz val="11"/><name val="宋体"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
            + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
        return [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/styles.xml", Array(styles.utf8)),
        ]
    }

    /// The start of the sheet up to and including the header row.
    static func sheetPrologue(headers: [String], widths: [Int]) -> [UInt8] {
        var out = Array(
            (xmlDeclaration + #"<worksheet xmlns="\#(main)">"#
                + #"<sheetViews><sheetView workbookViewId="0">"#
                + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
                + "</sheetView></sheetViews><cols>").utf8)
        for (i, width) in widths.enumerated() {
            out += Array(#"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#.utf8)
        }
        out += Array("</cols><sheetData>".utf8)
        row(headers.map(ExportCell.text), number: 1, style: 1, into: &out)
        return out
    }

    static let sheetEpilogue = Array("</sheetData></worksheet>".utf8)

    /// One `<row>`; `number` is the sheet row (1 = the header).
    static func row(_ cells: [ExportCell], number: Int, style: Int? = nil, into out: inout [UInt8]) {
        out += Bytes.rowOpen
        decimal(Int64(number), into: &out)
        out += Bytes.rowOpenEnd
        let styleAttribute = style.map { Array(#" s="\#($0)""#.utf8) } ?? []
        for cell in cells {
            switch cell {
            case .number(let n):
                out += Bytes.numberOpen
                out += styleAttribute
                out += Bytes.numberValue
                decimal(n, into: &out)
                out += Bytes.numberClose
            case .text(let s):
                out += Bytes.textOpen
                out += styleAttribute
                if s.first?.isWhitespace == true || s.last?.isWhitespace == true {
                    out += Bytes.textValuePreserve
                } else {
                    out += Bytes.textValue
                }
                escape(s, into: &out)
                out += Bytes.textClose
            }
        }
        out += Bytes.rowClose
    }

    /// The fixed pieces of a row, encoded once.
    private enum Bytes {
        static let rowOpen = Array(#"<row r=""#.utf8)
        static let rowOpenEnd = Array(#"">"#.utf8)
        static let rowClose = Array("</row>".utf8)
        static let numberOpen = Array("<c".utf8)
        static let numberValue = Array("><v>".utf8)
        static let numberClose = Array("</v></c>".utf8)
        static let textOpen = Array(#"<c t="inlineStr""#.utf8)
        static let textValue = Array("><is><t>".utf8)
        static let textValuePreserve = Array(#"><is><t xml:space="preserve">"#.utf8)
        static let textClose = Array("</t></is></c>".utf8)
        static let amp = Array("&amp;".utf8)
        static let lt = Array("&lt;".utf8)
        static let gt = Array("&gt;".utf8)
        static let quot = Array("&quot;".utf8)
    }

    static func decimal(_ n: Int64, into out: inout [UInt8]) {
        out += Array(String(n).utf8)
    }

    /// Text as XML character data: `&`, `<`, `>` as entities; `"` too, so the same text fits an attribute; control
    /// characters XML 1.0 forbids (all below U+0020 but tab, LF and CR) left out, since no reader would accept them.
    static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Bytes.amp
            case UInt8(ascii: "<"): out += Bytes.lt
            case UInt8(ascii: ">"): out += Bytes.gt
            case UInt8(ascii: "\""): out += Bytes.quot
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0x00..<0x20: continue
            default: out.append(byte)
            }
        }
    }
}

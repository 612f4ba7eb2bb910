import Foundation
import Testing

@testable import ZCEngine

/// The byte-level pieces of the export: CRC-32, the streaming ZIP writer, CSV quoting, XML escaping, China time.
@Suite struct ExportFormatTests {
    @Test func givenTheCheckValue_thenCRC32IsTheStandardOne() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func givenDataInPiecesOfEveryLength_thenTheIncrementalCRCEqualsTheWholeAndTheBitwiseOne() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for piece in [1, 3, 4, 7, 64, 999] {
            var crc = CRC32()
            var start = 0
            while start < data.count {
                crc.update(Array(data[start..<min(start + piece, data.count)]))
                start += piece
            }
            #expect(crc.value == ZipCheck.crc(data), "pieces of \(piece)")
        }
    }

    @Test func givenAWholeAndAStreamedEntry_whenTheArchiveIsRead_thenNamesSizesAndChecksumsMatch() throws {
        var zip = ZipStreamWriter(modified: LocalDateTime(Date(timeIntervalSince1970: 1_795_000_000)))
        var out: [UInt8] = []
        try zip.addEntry("a.txt", Array("hello".utf8), into: &out)
        try zip.beginEntry("dir/b.xml", into: &out)
        for i in 0..<100 { try zip.write(Array("<row>\(i)</row>".utf8), into: &out) }
        try zip.endEntry(into: &out)
        try zip.finish(into: &out)
        #expect(UInt64(out.count) == zip.offset)
        let check = try ZipCheck(out)
        #expect(check.entries.map(\.name) == ["a.txt", "dir/b.xml"])
        #expect(check.entries.map(\.flags) == [0, 8])
        #expect(check.entries.allSatisfy { $0.method == 0 })
        #expect(check.checksumsMatch)
        #expect(check.text("a.txt") == "hello")
        #expect(check.text("dir/b.xml") == (0..<100).map { "<row>\($0)</row>" }.joined())
    }

    @Test func givenTheWriterUsedOutOfOrder_thenItRefuses() throws {
        var zip = ZipStreamWriter(modified: LocalDateTime(Date()))
        var out: [UInt8] = []
        #expect(throws: EngineError.self) { try zip.write([1], into: &out) }
        try zip.beginEntry("x", into: &out)
        #expect(throws: EngineError.self) { try zip.finish(into: &out) }
    }

    @Test func givenFieldsWithCommasQuotesAndNewlines_thenCSVQuotesThemAsRFC4180Says() {
        var out: [UInt8] = []
        CSVFormat.line(
            [.number(7), .text("张伟"), .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("")], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "7,张伟,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    @Test func givenATextThatLooksLikeAFormula_thenCSVDefusesIt() {
        var out: [UInt8] = []
        CSVFormat.line([.text("=HYPERLINK(\"x\")"), .text("+1"), .text("@a"), .text("a=b")], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "\"'=HYPERLINK(\"\"x\"\")\",'+1,'@a,a=b\r\n")
    }

    @Test func givenMarkupAndControlCharacters_thenXMLEscapesOrDropsThem() {
        var out: [UInt8] = []
        XLSXFormat.escape("A&B <c> \"d\"\u{1}\te", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "A&amp;B &lt;c&gt; &quot;d&quot;\te")
        var row: [UInt8] = []
        XLSXFormat.row([.number(3), .text(" x")], number: 4, into: &row)
        #expect(
            String(decoding: row, as: UTF8.self)
                == #"<row r="4"><c><v>3</v></c><c t="inlineStr"><is><t xml:space="preserve"> x</t></is></c></row>"#)
    }

    @Test func givenInstants_thenChinaWallClockTimeIsUTCPlusEight() {
        #expect(LocalDateTime(Date(timeIntervalSince1970: 0)).text == "1970-01-01 08:00:00")
        // 2026-11-29 16:05:09 UTC is 2026-11-30 00:05:09 in China.
        let d = Date(timeIntervalSince1970: 1_795_968_309)
        #expect(LocalDateTime(d).text == "2026-11-30 00:05:09")
        #expect(LocalDateTime(d).compactDay == "20261130")
        // A leap day, and a time before 1970.
        #expect(LocalDateTime(Date(timeIntervalSince1970: 951_782_400)).text == "2000-02-29 08:00:00")
        #expect(LocalDateTime(Date(timeIntervalSince1970: -1)).text == "1970-01-01 07:59:59")
    }
}

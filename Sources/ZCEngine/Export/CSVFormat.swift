/// The review list as CSV: UTF-8 with a byte-order mark (so Excel on Windows reads the Chinese text as UTF-8), fields
/// separated by commas, lines ended by CRLF, and RFC 4180 quoting: a field holding a comma, a double quote, CR or
/// LF is put in double quotes, with each double quote inside doubled.
///
/// A text field that starts with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`, so that a spreadsheet shows it as
/// text instead of running it as a formula (CSV injection). No column of the review list starts that way
/// legitimately.
enum CSVFormat {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// One record with its CRLF.
    static func line(_ cells: [ExportCell], into out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            switch cell {
            case .number(let n): out += Array(String(n).utf8)
            case .text(let s): field(s, into: &out)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    static func field(_ text: String, into out: inout [UInt8]) {
        var utf8 = Array(text.utf8)
        if let first = utf8.first, Self.startsFormula(first) { utf8.insert(UInt8(ascii: "'"), at: 0) }
        guard utf8.contains(where: Self.needsQuotes) else {
            out += utf8
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    // Switches, not sets: a set lookup hashes every byte of every field.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A: true
        default: false
        }
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}

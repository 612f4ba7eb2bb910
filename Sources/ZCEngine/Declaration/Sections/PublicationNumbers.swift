import Foundation

/// Checks of the numbers printed on publications and patents: ISSN, ISBN and Chinese patent numbers.
enum PublicationNumbers {
    /// `NNNN-NNNC` (the hyphen may be left out) with the ISSN check digit (weights 8…2, mod 11, 10 = X).
    static func isISSN(_ text: String) -> Bool {
        let chars = Array(text.uppercased().filter { $0 != "-" })
        guard text.count == 9 ? Array(text)[4] == "-" : text.count == 8, chars.count == 8 else { return false }
        var sum = 0
        for (i, c) in chars.prefix(7).enumerated() {
            guard let d = c.wholeNumberValue, c.isASCII else { return false }
            sum += d * (8 - i)
        }
        let check = (11 - sum % 11) % 11
        return chars[7] == (check == 10 ? "X" : Character(String(check)))
    }

    /// ISBN-10 or ISBN-13, hyphens and spaces allowed, with its check digit.
    static func isISBN(_ text: String) -> Bool {
        let chars = Array(text.uppercased().filter { $0 != "-" && $0 != " " })
        guard chars.allSatisfy({ $0.isASCII }) else { return false }
        switch chars.count {
        case 10:
            var sum = 0
            for (i, c) in chars.enumerated() {
                if i == 9 && c == "X" {
                    sum += 10
                } else if let d = c.wholeNumberValue {
                    sum += d * (10 - i)
                } else {
                    return false
                }
            }
            return sum % 11 == 0
        case 13:
            var sum = 0
            for (i, c) in chars.enumerated() {
                guard let d = c.wholeNumberValue else { return false }
                sum += d * (i % 2 == 0 ? 1 : 3)
            }
            return sum % 10 == 0 && (chars.starts(with: ["9", "7", "8"]) || chars.starts(with: ["9", "7", "9"]))
        default:
            return false
        }
    }

    /// The kind a Chinese patent (application) number encodes: `ZL` (optional), then 12 digits since October 2003
    /// (year, kind digit, serial) or 8 digits before (two-digit year, kind digit, serial), a dot and a check digit
    /// or X. Kind digit: 1 or 8 invention, 2 or 9 utility model, 3 design. Nil when the text is not such a number.
    static func patentKind(_ text: String) -> PatentKind? {
        var s = Substring(text.uppercased().filter { $0 != " " })
        if s.hasPrefix("ZL") { s = s.dropFirst(2) }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let body = parts.first, let check = parts.last, check.count == 1,
            check.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "X") }),
            body.count == 12 || body.count == 8, body.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let kindDigit = Array(body)[body.count == 12 ? 4 : 2]
        switch kindDigit {
        case "1", "8": return .invention
        case "2", "9": return .utilityModel
        case "3": return .design
        default: return nil
        }
    }
}

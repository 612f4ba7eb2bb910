import Foundation

/// Valid, made-up resident ID numbers (身份证号码, GB 11643) for benchmark applicants: region 130102 (石家庄市长安区),
/// a birth date counting up from 1975-01-01 every 500 numbers, a sequence of 100–599, and the check character.
enum ResidentIDs {
    static let region = "130102"
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// The `index`-th ID number (0-based); distinct for distinct indexes below 500 × 10,000.
    static func make(_ index: Int) -> String {
        let start =
            DateComponents(calendar: calendar, year: 1975, month: 1, day: 1).date ?? Date(timeIntervalSince1970: 0)
        let birth = start.addingTimeInterval(Double(index / 500) * 86400)
        let parts = calendar.dateComponents([.year, .month, .day], from: birth)
        let body =
            region + pad(parts.year ?? 1975, 4) + pad(parts.month ?? 1, 2) + pad(parts.day ?? 1, 2)
            + pad(100 + index % 500, 3)
        return body + String(check(body))
    }

    /// The ISO 7064 MOD 11-2 check character of the first 17 digits.
    static func check(_ first17: String) -> Character {
        let digits = first17.compactMap { $0.wholeNumberValue }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = .gmt
        return c
    }()

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

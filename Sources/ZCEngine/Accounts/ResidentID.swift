public import Foundation

/// 居民身份证号码 — a validated 18-character resident identity number (GB 11643-1999): a 6-digit region code,
/// the birth date as 8 digits, a 3-digit sequence whose last digit gives the gender, and an ISO 7064 MOD 11-2 check
/// character (0–9 or X). Applicants log in with it. [manual, practice]
///
/// Decisions: the old 15-digit form is refused; surrounding spaces are not trimmed (the caller decides); the region
/// code is not checked against a list of divisions; a wrong check character is reported without revealing the
/// expected one, since a typo is as likely among the first 17 digits and "fixing" only the last would hide it.
public struct ResidentID: Hashable, Sendable, CustomStringConvertible {
    /// The 18 characters, with a lower-case `x` normalised to `X`.
    public let value: String
    /// The birth date encoded in characters 7–14.
    public let birthDate: BirthDate
    /// The gender encoded in character 17.
    public let gender: Gender

    /// 性别 — the gender the number encodes: odd 17th digit male, even female.
    public enum Gender: String, Sendable, CaseIterable, Codable {
        /// 男
        case male
        /// 女
        case female

        /// 男 or 女.
        public var chineseName: String {
            switch self {
            case .male: "男"
            case .female: "女"
            }
        }
    }

    /// 出生日期 — a calendar day, with no time or zone.
    public struct BirthDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
        public let year: Int
        public let month: Int
        public let day: Int

        /// As date components (Gregorian calendar, no time).
        public var dateComponents: DateComponents {
            DateComponents(calendar: ResidentID.calendar, year: year, month: month, day: day)
        }

        /// `1980-01-01`.
        public var description: String {
            "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }

        public static func < (lhs: BirthDate, rhs: BirthDate) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }

    /// The earliest birth year accepted.
    public static let earliestBirthYear = 1900
    /// The weights of the first 17 digits. [GB 11643, ISO 7064 MOD 11-2]
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check character for each weighted sum mod 11.
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)
    /// China Standard Time: "today" is the day in Beijing, wherever the daemon runs.
    public static let chinaTimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chinaTimeZone
        return calendar
    }()

    /// Validates `text`, checking in this order: 18 characters; 17 ASCII digits then a digit or X/x; characters
    /// 7–14 a real Gregorian date from 1900 on and not after the day `today` falls on in China; the check character.
    /// Throws `invalidArgument` on `field`, with a reason naming the rule that failed.
    public init(validating text: String, today: Date = Date(), field: String = "idNumber") throws(EngineError) {
        let count = text.count
        guard count == 18 else {
            throw .invalid(field, "a resident ID number has 18 characters, got \(count)")
        }
        var bytes = Array(text.utf8)
        guard bytes.count == 18, bytes[0..<17].allSatisfy(Self.isDigit) else {
            throw .invalid(field, "a resident ID number has 17 digits (0–9) followed by a digit or X")
        }
        if bytes[17] == UInt8(ascii: "x") { bytes[17] = UInt8(ascii: "X") }
        guard Self.isDigit(bytes[17]) || bytes[17] == UInt8(ascii: "X") else {
            throw .invalid(field, "a resident ID number has 17 digits (0–9) followed by a digit or X")
        }
        let birth = try Self.birthDate(bytes, today: today, field: field)
        var sum = 0
        for (index, weight) in Self.weights.enumerated() { sum += Self.value(bytes[index]) * weight }
        guard Self.checkCharacters[sum % 11] == bytes[17] else {
            throw .invalid(field, "the check character (the 18th) does not match the first 17 digits")
        }
        self.value = String(decoding: bytes, as: UTF8.self)
        self.birthDate = birth
        self.gender = Self.value(bytes[16]) % 2 == 1 ? .male : .female
    }

    /// For display: the region code and the last four characters, the birth date hidden —
    /// `340524********001X`.
    public var masked: String { String(value.prefix(6)) + String(repeating: "*", count: 8) + String(value.suffix(4)) }

    /// The masked form, so that interpolating an ID into a log line does not leak it; use ``value`` for the digits.
    public var description: String { masked }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func value(_ byte: UInt8) -> Int { Int(byte) - 0x30 }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 * 10 + value($1) } }

    private static func birthDate(_ bytes: [UInt8], today: Date, field: String) throws(EngineError) -> BirthDate {
        let digits = String(decoding: bytes[6..<14], as: UTF8.self)
        let year = number(bytes[6..<10])
        let month = number(bytes[10..<12])
        let day = number(bytes[12..<14])
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            throw .invalid(field, "characters 7–14 (\(digits)) are not a real date")
        }
        let birth = BirthDate(year: year, month: month, day: day)
        guard year >= earliestBirthYear else {
            throw .invalid(field, "birth date \(birth) is before \(earliestBirthYear)")
        }
        let now = calendar.dateComponents([.year, .month, .day], from: today)
        let todayDate = BirthDate(year: now.year ?? 0, month: now.month ?? 0, day: now.day ?? 0)
        guard birth <= todayDate else {
            throw .invalid(field, "birth date \(birth) is in the future")
        }
        return birth
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

import Foundation

/// The small values of generated sections: months, numbers with their check digits, verification addresses.
extension GeneratedSections {

    /// `YYYY-MM`, never after this month.
    func month(_ year: Int, _ month: Int) -> String {
        let clamped =
            YearMonth(year: year, month: month) > YearMonth(today)
            ? YearMonth(today) : YearMonth(year: year, month: month)
        return clamped.description
    }

    mutating func position() -> String {
        switch applicant.family {
        case .teacher: random.pick(["教师", "班主任", "教研组长"])
        case .medical: random.pick(["医师", "护士", "技师", "药师"])
        case .engineering: random.pick(["技术员", "工程师", "项目负责人"])
        case .general: random.pick(["科员", "业务主管", "会计"])
        }
    }

    /// Each `%@` of `pattern` replaced by the next of `values` (the last one repeats).
    func fill(_ pattern: String, _ values: String...) -> String {
        var out = [UInt8]()
        var index = 0
        let bytes = Array(pattern.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "@") {
                if !values.isEmpty { out += values[min(index, values.count - 1)].utf8 }
                index += 1
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func digits(_ count: Int) -> String {
        var text = String(random.int(1...9))
        for _ in 1..<count { text += String(random.int(0...9)) }
        return text
    }

    /// 16 upper-case letters and digits (current 学信网 codes) or 12 digits (the manual's).
    mutating func xuexinCode() -> String {
        if random.chance(0.2) { return digits(12) }
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        return String((0..<16).map { _ in random.pick(alphabet) })
    }

    /// A well-formed ISSN with its check digit.
    mutating func issn() -> String {
        let body = (0..<7).map { _ in random.int(0...9) }
        let sum = body.enumerated().reduce(0) { $0 + $1.element * (8 - $1.offset) }
        let check = (11 - sum % 11) % 11
        let text = body.map(String.init).joined()
        return String(text.prefix(4)) + "-" + String(text.dropFirst(4)) + (check == 10 ? "X" : String(check))
    }

    /// An ISBN-13 of a Chinese publisher (978-7-…) with its check digit.
    mutating func isbn() -> String {
        let publisher = String(random.int(5000...5599))
        let item = GeneratedResidentID.pad(random.int(0...9999), 4)
        let twelve = "9787" + publisher + item
        let sum = twelve.utf8.enumerated().reduce(0) { $0 + Int($1.element - 0x30) * ($1.offset % 2 == 0 ? 1 : 3) }
        return "978-7-\(publisher)-\(item)-\((10 - sum % 10) % 10)"
    }

    mutating func verificationURL(year: Int) -> String {
        switch random.int(0...2) {
        case 0: "https://kns.cnki.net/kcms2/article/abstract?v=\(digits(10))"
        case 1:
            "https://d.wanfangdata.com.cn/periodical/\(random.pick(["zxxjy", "hbyy", "jzjg", "kjzy"]))\(year)\(digits(5))"
        default: "http://www.cqvip.com/qk/\(digits(5))x/\(year)\(random.int(10...12))/\(digits(10)).html"
        }
    }
}

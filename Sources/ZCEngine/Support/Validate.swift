import Foundation

/// Field checks shared by every family. Each returns the violation it finds, so a caller can report them all at once.
enum Validate {
    /// Trimmed text of 1…`max` characters, or a violation.
    static func text(_ value: String, field: String, max: Int, into violations: inout [Violation]) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            violations.append(Violation(field: field, reason: "is required"))
        } else if trimmed.count > max {
            violations.append(Violation(field: field, reason: "must be at most \(max) characters"))
        } else if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            violations.append(Violation(field: field, reason: "must not contain control characters"))
        }
        return trimmed
    }

    /// Optional text: nil or blank stays nil.
    static func optionalText(_ value: String?, field: String, max: Int, into violations: inout [Violation]) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text(value, field: field, max: max, into: &violations)
    }

    /// A mainland mobile number (11 digits starting 13–19) or a landline with area code (e.g. 0311-87654321).
    static func phone(_ value: String?, field: String, required: Bool = false, into violations: inout [Violation])
        -> String?
    {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            if required { violations.append(Violation(field: field, reason: "is required")) }
            return nil
        }
        let digits = Array(raw.utf8)
        func allDigits<S: Sequence>(_ s: S) -> Bool where S.Element == UInt8 { s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        let mobile = digits.count == 11 && digits[0] == UInt8(ascii: "1") && (51...57).contains(digits[1])
            && allDigits(digits)
        var landline = false
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let area = parts.first, let local = parts.last {
            landline = area.hasPrefix("0") && (3...4).contains(area.count) && allDigits(area.utf8)
                && (7...8).contains(local.count) && allDigits(local.utf8)
        } else if digits.first == UInt8(ascii: "0"), (10...12).contains(digits.count), allDigits(digits) {
            landline = true
        }
        guard mobile || landline else {
            violations.append(
                Violation(
                    field: field, reason: "must be an 11-digit mobile number or a landline with area code, e.g. 0311-87654321"))
            return nil
        }
        return raw
    }

    /// An account name chosen by an admin: 3–32 ASCII letters, digits, `.`, `_` or `-`, starting with a letter.
    static func login(_ value: String, field: String, into violations: inout [Violation]) -> String {
        let v = value.trimmingCharacters(in: .whitespaces)
        let ok =
            (3...32).contains(v.count) && v.first.map { $0.isASCII && $0.isLetter } == true
            && v.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
        if !ok {
            violations.append(
                Violation(
                    field: field,
                    reason: "must be 3 to 32 ASCII letters, digits, '.', '_' or '-', starting with a letter"))
        }
        return v
    }
}

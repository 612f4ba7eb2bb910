import Foundation

/// Field rules of applicants that need no store.
enum ApplicantRules {
    /// Characters of a person's name.
    static let nameMaximumLength = 50
    /// Characters of a list query.
    static let queryMaximumLength = 50

    /// A login typed as an ID number: 18 characters ending in a lower-case `x` have it made upper case, so that
    /// `…001x` logs in as `…001X`. Anything else is left as it is.
    static func normalizedLogin(_ login: String) -> String {
        guard login.utf8.count == 18, login.hasSuffix("x") else { return login }
        return String(login.dropLast()) + "X"
    }

    /// What an applicant list query means.
    enum Search: Equatable {
        /// 1–18 characters of digits (the last may be X): the start of an ID number.
        case idPrefix(String)
        /// Anything else: part of the name.
        case name(String)
    }

    /// Parses a list query: blank means none; digits (with a final X or x) search ID numbers by prefix; anything
    /// else searches names by substring.
    static func search(_ query: String?, field: String, into violations: inout [Violation]) -> Search? {
        guard let query = query?.trimmingCharacters(in: .whitespaces), !query.isEmpty else { return nil }
        guard query.count <= queryMaximumLength else {
            violations.append(Violation(field: field, reason: "must be at most \(queryMaximumLength) characters"))
            return nil
        }
        let bytes = Array(query.utf8)
        let digits = bytes.dropLast().allSatisfy { (0x30...0x39).contains($0) }
        let last = bytes.last.map { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }
        if bytes.count <= 18, digits, last == true {
            return .idPrefix(query.uppercased())
        }
        return .name(query)
    }

    /// `text` for a LIKE pattern with `\` as the escape character.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

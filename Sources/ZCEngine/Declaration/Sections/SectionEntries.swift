import Foundation

/// What the list sections of the form share: trimming, bounds, evidence lists, periods.
///
/// Every helper reports into a list so that a section can name all its problems at once.
enum SectionEntries {
    /// At most this many entries in one list of a section.
    static let maximumEntries = 50
    /// At most this many evidence files on one entry (a project's full set of 立项/结题 pages fits).
    static let maximumFiles = 30

    /// Trimmed single-line text.
    static func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Trimmed optional text; blank becomes nil.
    static func trim(_ text: String?) -> String? {
        guard let text else { return nil }
        let t = trim(text)
        return t.isEmpty ? nil : t
    }

    /// Multi-line text: line ends made `\n`, trimmed at both ends.
    static func paragraph(_ text: String) -> String {
        trim(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// A list of at most `maximumEntries`.
    static func bound(_ count: Int, field: String, into v: inout [Violation]) {
        if count > maximumEntries {
            v.append(Violation(field: field, reason: "must have at most \(maximumEntries) entries"))
        }
    }

    /// `missing` when a required list is empty.
    static func atLeastOne(_ count: Int, field: String = "entries", what: String, into m: inout [Violation]) {
        if count == 0 { m.append(Violation(field: field, reason: "at least one \(what) entry is needed")) }
    }

    /// The references of one evidence list, each with its path (`entries[2].evidence[0]`).
    static func references(
        _ files: [Int64], field: String, accepts: Set<String> = EvidenceReference.anyEvidence
    ) -> [EvidenceReference] {
        files.enumerated().map {
            EvidenceReference(field: "\(field)[\($0.offset)]", fileID: $0.element, accepts: accepts)
        }
    }

    /// At most `maximumFiles`, none twice.
    static func checkFiles(_ files: [Int64], field: String, into v: inout [Violation]) {
        if files.count > maximumFiles {
            v.append(Violation(field: field, reason: "must list at most \(maximumFiles) files"))
        }
        var seen = Set<Int64>()
        for (i, id) in files.enumerated() where !seen.insert(id).inserted {
            v.append(Violation(field: "\(field)[\(i)]", reason: "file \(id) is listed twice"))
        }
    }

    /// `missing` when an entry has no evidence yet; `needs` names the documents the manual asks for.
    static func requireFiles(_ files: [Int64], field: String, needs: String, into m: inout [Violation]) {
        if files.isEmpty { m.append(Violation(field: field, reason: "evidence is missing: upload \(needs)")) }
    }

    /// A period of months: `from` required, `to` optional (nil = until now) unless `toRequired`; neither in the
    /// future, `from` not after `to`. `prefix` is the entry's path, e.g. `entries[2]`.
    @discardableResult
    static func period(
        from: String, to: String?, prefix: String, toRequired: Bool = false, today: CalendarDay,
        into v: inout [Violation]
    ) -> (from: YearMonth?, to: YearMonth?) {
        let f = DateRules.month(from, field: "\(prefix).from", today: today, into: &v)
        var t: YearMonth?
        if toRequired, to?.isEmpty ?? true {
            v.append(Violation(field: "\(prefix).to", reason: "is required"))
        } else {
            t = DateRules.optionalMonth(to, field: "\(prefix).to", today: today, into: &v)
        }
        DateRules.order(f, t, field: "\(prefix).to", into: &v)
        return (f, t)
    }

    /// An optional period: either end may be left out.
    static func optionalPeriod(
        from: String?, to: String?, prefix: String, today: CalendarDay, into v: inout [Violation]
    ) {
        let f = DateRules.optionalMonth(from, field: "\(prefix).from", today: today, into: &v)
        let t = DateRules.optionalMonth(to, field: "\(prefix).to", today: today, into: &v)
        DateRules.order(f, t, field: "\(prefix).to", into: &v)
    }

    /// A whole number in `range`.
    static func number(_ value: Int, field: String, in range: ClosedRange<Int>, into v: inout [Violation]) {
        if !range.contains(value) {
            v.append(Violation(field: field, reason: "must be from \(range.lowerBound) to \(range.upperBound)"))
        }
    }
}

extension Validate {
    /// Trimmed text of 1…`max` characters that may span lines (`\n` and tabs allowed, other control characters not).
    static func paragraph(_ value: String, field: String, max: Int, into violations: inout [Violation]) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            violations.append(Violation(field: field, reason: "is required"))
        } else if trimmed.count > max {
            violations.append(
                Violation(field: field, reason: "must be at most \(max) characters (now \(trimmed.count))"))
        } else if trimmed.unicodeScalars.contains(where: {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F
        }) {
            violations.append(Violation(field: field, reason: "must not contain control characters"))
        }
    }
}

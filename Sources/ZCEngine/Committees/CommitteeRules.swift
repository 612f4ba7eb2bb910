/// The field rules of a committee that need no store. [manual: 评委会编码 is its own code system; decisions for
/// the rest]
enum CommitteeRules {
    /// Code length bounds: 3–20 characters.
    static let codeLength = 3...20
    /// Specialties per committee.
    static let specialtyCount = 1...100
    /// Characters per specialty.
    static let specialtyMaximumLength = 50
    /// Characters of a committee's name.
    static let nameMaximumLength = 100

    /// `^[A-Z0-9][A-Z0-9-]{2,19}$`: upper-case ASCII letters, digits and hyphens, not starting with a hyphen.
    /// Decision: independent of organisation codes, so letters are allowed (e.g. `HB-GJ-JY01`); no case folding,
    /// so that one committee has exactly one spelling.
    static func code(_ value: String, field: String, into violations: inout [Violation]) -> String {
        let bytes = Array(value.utf8)
        func allowed(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) }
        let ok = codeLength.contains(bytes.count) && bytes.first.map(allowed) == true
            && bytes.allSatisfy { allowed($0) || $0 == UInt8(ascii: "-") }
        if !ok {
            violations.append(
                Violation(
                    field: field,
                    reason: "must be 3 to 20 upper-case letters, digits or '-', not starting with '-' (e.g. HB-GJ-JY01)"))
        }
        return value
    }

    /// 1–100 specialties of 1–50 characters each (trimmed), none twice. Each bad entry is reported on `field[i]`.
    static func specialties(_ values: [String], field: String, into violations: inout [Violation]) -> [String] {
        if !specialtyCount.contains(values.count) {
            violations.append(
                Violation(
                    field: field,
                    reason: "must list \(specialtyCount.lowerBound) to \(specialtyCount.upperBound) specialties, "
                        + "got \(values.count)"))
        }
        var seen: [String: Int] = [:]
        var out: [String] = []
        for (index, value) in values.enumerated() {
            let path = "\(field)[\(index)]"
            var local: [Violation] = []
            let text = Validate.text(value, field: path, max: specialtyMaximumLength, into: &local)
            violations += local
            guard local.isEmpty else { continue }
            if let first = seen[text] {
                violations.append(Violation(field: path, reason: "repeats \(field)[\(first)] (\(text))"))
                continue
            }
            seen[text] = index
            out.append(text)
        }
        return out
    }
}

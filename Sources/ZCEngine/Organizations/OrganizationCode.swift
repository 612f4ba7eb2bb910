/// 机构编码 — an organisation's hierarchical code: the province's 2 digits, then 4 digits per level below it. [manual]
///
/// `13` is the provincial office; `131301` a child of it; `1313011001` a grandchild; employers under a city department
/// or a county office reach 14 digits, the most the placement table allows (``OrganizationKind/maximumCodeDepth``).
/// Employer codes extend their parent's code the same way. [decision] A code's digits are its parent's code plus its
/// own ``OrganizationSerial``; so a code's prefix is its ancestry, and ordering codes as strings lists the tree
/// depth-first.
public struct OrganizationCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The digits.
    public let value: String

    /// Digits of the province part.
    public static let provinceLength = 2
    /// The default province code: Hebei, `13`.
    public static let hebei = OrganizationCode(trusted: "13")

    private init(trusted value: String) { self.value = value }

    /// The number of digits of a code at `depth` (0 = the provincial office): 2 + 4·depth.
    public static func length(atDepth depth: Int) -> Int { provinceLength + OrganizationSerial.length * depth }

    /// The code lengths that exist: 2, 6, 10, 14.
    public static var allowedLengths: [Int] { (0...OrganizationKind.maximumCodeDepth).map(length(atDepth:)) }

    /// Parses a full code: ASCII digits only, one of the ``allowedLengths``, province part not `00`, no own part
    /// `0000`. Throws `invalidArgument` on `field`.
    public init(validating text: String, field: String = "code") throws(EngineError) {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw .invalid(field, "an organisation code consists of ASCII digits (0–9) only")
        }
        let count = text.utf8.count
        guard Self.allowedLengths.contains(count) else {
            let lengths = Self.allowedLengths.map(String.init).joined(separator: ", ")
            throw .invalid(field, "an organisation code has \(lengths) digits, got \(count)")
        }
        let digits = Array(text.utf8)
        if digits.prefix(Self.provinceLength).allSatisfy({ $0 == 0x30 }) {
            throw .invalid(field, "province code 00 is not allowed")
        }
        var start = Self.provinceLength
        while start < count {
            if digits[start..<start + OrganizationSerial.length].allSatisfy({ $0 == 0x30 }) {
                throw .invalid(field, "digits \(start + 1)–\(start + 4) of the code are 0000, which no serial may be")
            }
            start += OrganizationSerial.length
        }
        self.value = text
    }

    /// Parses a full code that must sit at `depth` (0 = the provincial office).
    public init(validating text: String, depth: Int, field: String = "code") throws(EngineError) {
        try self.init(validating: text, field: field)
        guard self.depth == depth else {
            let expected = Self.length(atDepth: depth)
            throw .invalid(field, "an organisation code at depth \(depth) has \(expected) digits, got \(value.count)")
        }
    }

    /// Parses a code that must suit `kind`: its depth is one of ``OrganizationKind/codeDepths``.
    public init(validating text: String, for kind: OrganizationKind, field: String = "code") throws(EngineError) {
        try self.init(validating: text, field: field)
        let depths = kind.codeDepths.sorted()
        guard depths.contains(depth) else {
            let lengths = depths.map { String(Self.length(atDepth: $0)) }.joined(separator: " or ")
            throw .invalid(field, "the code of a \(kind.label) has \(lengths) digits, got \(value.count)")
        }
    }

    /// 0 for the provincial office, +1 per level below it.
    public var depth: Int { (value.utf8.count - Self.provinceLength) / OrganizationSerial.length }

    /// The parent's code: this one without its last 4 digits; nil for the provincial office.
    public var parent: OrganizationCode? {
        guard depth > 0 else { return nil }
        return OrganizationCode(trusted: String(value.dropLast(OrganizationSerial.length)))
    }

    /// The own serial (the last 4 digits); nil for the provincial office.
    public var serial: OrganizationSerial? {
        guard depth > 0, let number = Int(value.suffix(OrganizationSerial.length)) else { return nil }
        return OrganizationSerial(number: number)
    }

    /// True when `other` lies strictly below this organisation.
    public func isAncestor(of other: OrganizationCode) -> Bool {
        other.value.utf8.count > value.utf8.count && other.value.hasPrefix(value)
    }

    /// True when `other` is this organisation or lies below it: the scope check for "within my tree".
    public func isSelfOrAncestor(of other: OrganizationCode) -> Bool { other == self || isAncestor(of: other) }

    /// The code of the child with `serial`. Throws `failedPrecondition` when this code is already at the maximum
    /// depth.
    public func child(_ serial: OrganizationSerial) throws(EngineError) -> OrganizationCode {
        guard depth < OrganizationKind.maximumCodeDepth else {
            throw .failedPrecondition(
                "organisation \(value) is at the deepest level (\(value.count) digits) and can have no children")
        }
        return OrganizationCode(trusted: value + serial.text)
    }

    public var description: String { value }

    public static func < (lhs: OrganizationCode, rhs: OrganizationCode) -> Bool { lhs.value < rhs.value }
}

extension OrganizationCode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension OrganizationCode {
    /// The code for a new organisation of `kind` (with `category`) under `parent` (of `parentKind`): checks the
    /// placement, the category and the serial, then composes parent + serial.
    ///
    /// - `requestedSerial`: the caller's own 4 digits, checked by
    ///   ``OrganizationSerial/validate(_:kind:category:field:)``; nil to allocate the lowest free one
    ///   (``OrganizationSerial/nextFree(kind:category:taken:under:)``).
    /// - `takenSerials`: the serials of all existing children of `parent`, whatever their kind — siblings share the
    ///   parent's code space (a city office's division serial 1301 and a government department's 1301 collide).
    /// - Throws `invalidArgument` (`parent`, `category`, `serial`), `alreadyExists(entity: "organization", key: code)`
    ///   when the requested serial is taken, `resourceExhausted` when the range is full.
    public static func assign(
        kind: OrganizationKind, category: OrganizationCategory?, under parent: OrganizationCode,
        parentKind: OrganizationKind, requestedSerial: String?, takenSerials: Set<String>
    ) throws(EngineError) -> OrganizationCode {
        try kind.validatePlacement(under: parentKind)
        try kind.validateCategory(category)
        let serial: OrganizationSerial
        if let requestedSerial {
            serial = try OrganizationSerial.validate(requestedSerial, kind: kind, category: category)
            if takenSerials.contains(serial.text) {
                throw .alreadyExists(entity: "organization", key: parent.value + serial.text)
            }
        } else {
            serial = try OrganizationSerial.nextFree(kind: kind, category: category, taken: takenSerials, under: parent)
        }
        let code = try parent.child(serial)
        guard kind.codeDepths.contains(code.depth) else {
            throw .failedPrecondition(
                "parent code \(parent.value) has \(parent.value.count) digits, which a \(parentKind.label) cannot have")
        }
        return code
    }
}

/// 流水号 — the 4-digit own part of an organisation's code, 0001–9999.
public struct OrganizationSerial: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The number, 1...9999.
    public let number: Int

    /// Digits per serial.
    public static let length = 4
    /// Every serial there is; offices and employers may take any free one.
    public static let anyRange: ClosedRange<Int> = 1...9999

    /// Nil unless `number` is in 1...9999.
    public init?(number: Int) {
        guard Self.anyRange.contains(number) else { return nil }
        self.number = number
    }

    /// Parses the form only: exactly 4 ASCII digits, not 0000. Throws `invalidArgument` on `field`.
    public init(validating text: String, field: String = "serial") throws(EngineError) {
        let count = text.count
        guard count == Self.length else {
            throw .invalid(field, "serial must be exactly 4 digits, got \(count) characters")
        }
        guard text.utf8.count == Self.length, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let number = Int(text)
        else {
            throw .invalid(field, "serial must consist of 4 ASCII digits (0–9)")
        }
        guard let serial = OrganizationSerial(number: number) else {
            throw .invalid(field, "serial 0000 is not allowed; serials start at 0001")
        }
        self = serial
    }

    /// The zero-padded 4 digits.
    public var text: String { Self.padded(number) }

    public var description: String { text }

    public static func < (lhs: OrganizationSerial, rhs: OrganizationSerial) -> Bool { lhs.number < rhs.number }

    /// The serials open to an organisation with `category`: its range, or 0001–9999 without one.
    public static func range(for category: OrganizationCategory?) -> ClosedRange<Int> {
        category?.serialRange ?? anyRange
    }

    /// A caller-given serial for a new organisation of `kind` with `category`: the category must suit the kind
    /// (field `category`), and the serial (field `field`) must be well formed and inside the category's range.
    public static func validate(
        _ text: String, kind: OrganizationKind, category: OrganizationCategory?, field: String = "serial"
    ) throws(EngineError) -> OrganizationSerial {
        try kind.validateCategory(category)
        let serial = try OrganizationSerial(validating: text, field: field)
        guard let category, !category.serialRange.contains(serial.number) else { return serial }
        throw .invalid(field, outsideMessage(serial, category))
    }

    /// The lowest serial in the range of `category` (0001–9999 without one) not among `taken`, the serials of all
    /// of `parent`'s existing children. Throws `alreadyExists` for a second talent centre (its range is the single
    /// serial 5000), `resourceExhausted` when a wider range is full, `invalidArgument` when the category does not
    /// suit the kind.
    public static func nextFree(
        kind: OrganizationKind, category: OrganizationCategory?, taken: Set<String>, under parent: OrganizationCode
    ) throws(EngineError) -> OrganizationSerial {
        try kind.validateCategory(category)
        let range = range(for: category)
        for number in range where !taken.contains(padded(number)) {
            if let serial = OrganizationSerial(number: number) { return serial }
        }
        if range.count == 1 {
            throw .alreadyExists(entity: "organization", key: parent.value + padded(range.lowerBound))
        }
        let name = category.map { "\($0.label) range" } ?? "the serial range"
        throw .resourceExhausted("no free serial left under \(parent.value): \(name) \(rangeText(range)) is full")
    }

    static func outsideMessage(_ serial: OrganizationSerial, _ category: OrganizationCategory) -> String {
        let range = category.serialRange
        if range.count == 1 {
            let only = padded(range.lowerBound)
            return "serial \(serial.text) is not allowed for \(category.label), whose serial is always \(only)"
        }
        return "serial \(serial.text) is outside \(category.label) range \(rangeText(range))"
    }

    /// `0101–0999`.
    static func rangeText(_ range: ClosedRange<Int>) -> String {
        "\(padded(range.lowerBound))–\(padded(range.upperBound))"
    }

    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, length - digits.count)) + digits
    }
}

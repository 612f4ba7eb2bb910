/// A validating JSON scanner that builds no values.
///
/// The daemon reads the JSON-RPC envelope with it: one pass checks the whole frame (syntax, UTF-8, nesting depth)
/// and returns where each top-level member's value lies, so the envelope costs no allocations beyond its keys and
/// `params` is decoded once, into its typed request. It never recurses: nesting deeper than the limit is refused the
/// moment the limit is crossed, whatever follows.
public enum JSONScanner {
    /// Nesting depth accepted unless a caller says otherwise: objects and arrays inside one another, the outermost
    /// being depth 1.
    public static let defaultMaximumDepth = 64

    /// Checks that `bytes` hold exactly one JSON value (surrounded by optional white space) and returns its kind.
    public static func validate(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = defaultMaximumDepth)
        throws(JSONSyntaxError) -> JSONKind
    {
        var c = Cursor(bytes)
        c.skipWhitespace()
        let kind = try c.skipValue(maximumDepth: maximumDepth)
        c.skipWhitespace()
        guard c.atEnd else { throw c.error("unexpected data after the JSON value") }
        return kind
    }

    /// Validates `bytes` as one JSON object and returns its members in order, each with the byte range of its value.
    ///
    /// - Throws: `JSONSyntaxError.notAnObject` when the text is valid JSON of another kind.
    public static func objectMembers(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = defaultMaximumDepth)
        throws(JSONSyntaxError) -> [JSONMember]
    {
        var c = Cursor(bytes)
        c.skipWhitespace()
        guard c.peek() == UInt8(ascii: "{") else {
            let kind = try c.skipValue(maximumDepth: maximumDepth)
            c.skipWhitespace()
            guard c.atEnd else { throw c.error("unexpected data after the JSON value") }
            throw .notAnObject(kind)
        }
        guard maximumDepth >= 1 else { throw .tooDeep(maximum: maximumDepth) }
        c.index += 1
        var members: [JSONMember] = []
        c.skipWhitespace()
        if c.peek() == UInt8(ascii: "}") {
            c.index += 1
        } else {
            while true {
                guard c.peek() == UInt8(ascii: "\"") else { throw c.error("expected a member name in quotes") }
                let keyRange = try c.skipString()
                let key = decodeString(bytes, keyRange)
                c.skipWhitespace()
                guard c.peek() == UInt8(ascii: ":") else { throw c.error("expected ':' after a member name") }
                c.index += 1
                c.skipWhitespace()
                let start = c.index
                let kind = try c.skipNested(maximumDepth: maximumDepth)
                members.append(JSONMember(key: key, valueRange: start..<c.index, kind: kind))
                c.skipWhitespace()
                switch c.peek() {
                case UInt8(ascii: ","):
                    c.index += 1
                    c.skipWhitespace()
                case UInt8(ascii: "}"):
                    c.index += 1
                    c.skipWhitespace()
                    guard c.atEnd else { throw c.error("unexpected data after the JSON value") }
                    return members
                default:
                    throw c.error("expected ',' or '}' in an object")
                }
            }
        }
        c.skipWhitespace()
        guard c.atEnd else { throw c.error("unexpected data after the JSON value") }
        return members
    }

    /// Validates `bytes` as one JSON array and returns the byte range and kind of each element.
    public static func arrayElements(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = defaultMaximumDepth)
        throws(JSONSyntaxError) -> [(range: Range<Int>, kind: JSONKind)]
    {
        var c = Cursor(bytes)
        c.skipWhitespace()
        guard c.peek() == UInt8(ascii: "[") else { throw c.error("expected an array") }
        guard maximumDepth >= 1 else { throw .tooDeep(maximum: maximumDepth) }
        c.index += 1
        var elements: [(range: Range<Int>, kind: JSONKind)] = []
        c.skipWhitespace()
        if c.peek() == UInt8(ascii: "]") {
            c.index += 1
        } else {
            while true {
                let start = c.index
                let kind = try c.skipNested(maximumDepth: maximumDepth)
                elements.append((start..<c.index, kind))
                c.skipWhitespace()
                if c.peek() == UInt8(ascii: ",") {
                    c.index += 1
                    c.skipWhitespace()
                } else if c.peek() == UInt8(ascii: "]") {
                    c.index += 1
                    break
                } else {
                    throw c.error("expected ',' or ']' in an array")
                }
            }
        }
        c.skipWhitespace()
        guard c.atEnd else { throw c.error("unexpected data after the JSON value") }
        return elements
    }

    /// Decodes the contents of a string token (the range excludes the quotes); the token was validated.
    public static func decodeString(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if !slice.contains(UInt8(ascii: "\\")) {
            return String(decoding: slice, as: UTF8.self)
        }
        var out = [UInt8]()
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let b = slice[i]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            let e = slice[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(slice, i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= slice.count, slice[i] == UInt8(ascii: "\\"),
                    slice[i + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(slice, i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: out.append(e)  // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(_ s: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        var v: UInt32 = 0
        for k in 0..<4 { v = v << 4 | UInt32(hexValue(s[at + k]) ?? 0) }
        return v
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// The kind of a JSON value.
public enum JSONKind: String, Sendable, Equatable {
    case object, array, string, number, bool, null
}

/// One member of a scanned object: its decoded name and where its value lies.
public struct JSONMember: Sendable, Equatable {
    /// The member name, unescaped.
    public var key: String
    /// Byte range of the value in the scanned buffer (for a string, including its quotes).
    public var valueRange: Range<Int>
    public var kind: JSONKind
}

/// Why a text is not acceptable JSON.
public enum JSONSyntaxError: Error, Equatable, Sendable {
    /// Not JSON: `offset` is the byte where scanning stopped.
    case invalid(offset: Int, reason: String)
    /// Objects and arrays nested deeper than `maximum`.
    case tooDeep(maximum: Int)
    /// Valid JSON, but not an object.
    case notAnObject(JSONKind)
}

private struct Cursor {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func error(_ reason: String) -> JSONSyntaxError { .invalid(offset: index, reason: reason) }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips a value inside a container at depth 1, reporting a depth error against the caller's whole limit.
    mutating func skipNested(maximumDepth: Int) throws(JSONSyntaxError) -> JSONKind {
        do {
            return try skipValue(maximumDepth: maximumDepth - 1)
        } catch .tooDeep {
            throw .tooDeep(maximum: maximumDepth)
        }
    }

    /// Skips one value of any depth without recursion; containers are tracked on a small explicit stack.
    mutating func skipValue(maximumDepth: Int) throws(JSONSyntaxError) -> JSONKind {
        var stack: [Bool] = []  // true: inside an object, false: inside an array
        var first: JSONKind?
        while true {
            // A value is expected here.
            guard let b = peek() else { throw error("unexpected end of JSON") }
            var kind: JSONKind
            var opened = false
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = b == UInt8(ascii: "{")
                kind = isObject ? .object : .array
                guard stack.count < maximumDepth else { throw .tooDeep(maximum: maximumDepth) }
                stack.append(isObject)
                index += 1
                skipWhitespace()
                if peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    stack.removeLast()
                } else {
                    opened = true
                    if isObject { try skipMemberName() }
                }
            case UInt8(ascii: "\""):
                kind = .string
                _ = try skipString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                kind = .number
                try skipNumber()
            case UInt8(ascii: "t"):
                kind = .bool
                try skipLiteral("true")
            case UInt8(ascii: "f"):
                kind = .bool
                try skipLiteral("false")
            case UInt8(ascii: "n"):
                kind = .null
                try skipLiteral("null")
            default:
                throw error("expected a JSON value")
            }
            if first == nil { first = kind }
            if opened { continue }
            // After a value: close containers or move to the next element.
            while true {
                guard let inObject = stack.last else { return first ?? kind }
                skipWhitespace()
                guard let n = peek() else { throw error("unexpected end of JSON") }
                if n == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                    if inObject { try skipMemberName() }
                    break
                }
                if n == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    stack.removeLast()
                    continue
                }
                throw error(inObject ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
            }
        }
    }

    /// `"name"` then `:` then white space, leaving the cursor at the member's value.
    private mutating func skipMemberName() throws(JSONSyntaxError) {
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
        _ = try skipString()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
        index += 1
        skipWhitespace()
    }

    /// Skips a string token and returns the range of its contents (without quotes).
    mutating func skipString() throws(JSONSyntaxError) -> Range<Int> {
        index += 1
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return start..<(index - 1)
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw error("unterminated escape") }
                let e = bytes[index + 1]
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= bytes.count else { throw error("unterminated \\u escape") }
                    for k in 2..<6 where JSONScanner.hexValue(bytes[index + k]) == nil {
                        throw error("invalid \\u escape")
                    }
                    index += 6
                default:
                    throw error("invalid escape")
                }
            case 0x00..<0x20:
                throw error("control character in a string")
            case 0x80...:
                try skipUTF8Scalar()
            default:
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// Checks one multi-byte UTF-8 sequence (no overlong forms, no surrogates, nothing above U+10FFFF).
    private mutating func skipUTF8Scalar() throws(JSONSyntaxError) {
        let b0 = bytes[index]
        let count: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: count = 3; upper = 0x9F
        case 0xF0: count = 4; lower = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; upper = 0x8F
        default: throw error("invalid UTF-8")
        }
        guard index + count <= bytes.count else { throw error("invalid UTF-8") }
        let b1 = bytes[index + 1]
        guard b1 >= lower && b1 <= upper else { throw error("invalid UTF-8") }
        for k in 2..<count where bytes[index + k] & 0xC0 != 0x80 {
            throw error("invalid UTF-8")
        }
        index += count
    }

    private mutating func skipNumber() throws(JSONSyntaxError) {
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let d = peek(), isDigit(d) else { throw error("invalid number") }
        index += 1
        if d != UInt8(ascii: "0") {
            while let x = peek(), isDigit(x) { index += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let x = peek(), isDigit(x) else { throw error("invalid number") }
            while let x = peek(), isDigit(x) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let x = peek(), isDigit(x) else { throw error("invalid number") }
            while let x = peek(), isDigit(x) { index += 1 }
        }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func skipLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard index + n <= bytes.count else { throw error("invalid literal") }
        let p = word.utf8Start
        for k in 0..<n where bytes[index + k] != p[k] {
            throw error("invalid literal")
        }
        index += n
    }
}

import Foundation
import Testing
import ZCProtocol

/// Runs `body` over the bytes of `text` (or raw bytes) as the scanner sees them.
private func scan<T>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(JSONSyntaxError) -> T)
    throws(JSONSyntaxError) -> T
{
    let result = bytes.withUnsafeBytes { raw in Result { () throws(JSONSyntaxError) in try body(raw) } }
    return try result.get()
}

private func validate(_ text: String, maximumDepth: Int = JSONScanner.defaultMaximumDepth)
    throws(JSONSyntaxError) -> JSONKind
{
    try validate(Array(text.utf8), maximumDepth: maximumDepth)
}

private func validate(_ bytes: [UInt8], maximumDepth: Int = JSONScanner.defaultMaximumDepth)
    throws(JSONSyntaxError) -> JSONKind
{
    try scan(bytes) { raw throws(JSONSyntaxError) in try JSONScanner.validate(raw, maximumDepth: maximumDepth) }
}

private func members(_ text: String, maximumDepth: Int = JSONScanner.defaultMaximumDepth)
    throws(JSONSyntaxError) -> [JSONMember]
{
    try scan(Array(text.utf8)) { raw throws(JSONSyntaxError) in
        try JSONScanner.objectMembers(raw, maximumDepth: maximumDepth)
    }
}

private func elements(_ text: String, maximumDepth: Int = JSONScanner.defaultMaximumDepth)
    throws(JSONSyntaxError) -> [(range: Range<Int>, kind: JSONKind)]
{
    try scan(Array(text.utf8)) { raw throws(JSONSyntaxError) in
        try JSONScanner.arrayElements(raw, maximumDepth: maximumDepth)
    }
}

/// The text of `range` in `text`.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

/// True when scanning fails with `.invalid` (wherever and for whatever reason).
private func isInvalid(_ bytes: [UInt8]) -> Bool {
    do {
        _ = try validate(bytes)
        return false
    } catch {
        if case .invalid = error { return true }
        return false
    }
}

private func nested(_ depth: Int, open: String = "[", close: String = "]", inner: String = "") -> String {
    String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
}

@Suite struct JSONScannerValidTests {
    @Test(arguments: [
        ("{}", JSONKind.object), (#"{"a":1}"#, .object), ("[]", .array), ("[1, 2 ,3]", .array),
        (#""""#, .string), (#""text""#, .string), ("0", .number), ("-0", .number), ("12", .number),
        ("-12.5", .number), ("1e10", .number), ("1E+2", .number), ("1.25e-3", .number), ("true", .bool),
        ("false", .bool), ("null", .null), (" \t\r\n{ } \n", .object),
        (#"{"a":[1,{"b":null}],"c":"\u00e9\\\"\/\b\f\n\r\t","d":true}"#, .object),
        (#""\u0000""#, .string), ("\"\u{7F}\"", .string),
    ])
    func validValueOfEveryKind(text: String, kind: JSONKind) throws {
        #expect(try validate(text) == kind)
    }

    @Test(arguments: ["中文", "é", "€", "😀", "\u{10FFFF}", "\u{E000}", "\u{D7FF}", "\u{800}", "\u{80}"])
    func validUTF8InStrings(text: String) throws {
        #expect(try validate("\"\(text)\"") == .string)
    }
}

@Suite struct JSONScannerInvalidTests {
    @Test(arguments: [
        "", "   ", "[1,]", #"{"a":1,}"#, "[,1]", "{,}", #"{"a"}"#, #"{"a" 1}"#, "{a:1}", "{'a':1}", #"{"a":}"#,
        #""unterminated"#, #"["unterminated]"#, #""\x""#, #""\u12G4""#, #""\u12""#, #""\"#, #""\u""#,
        "01", "-01", "00", "-", "- 1", "+1", ".5", "1.", "1.e3", "1e", "1e+", "0x10", "NaN", "Infinity",
        "tru", "nul", "True", "nulll", "1 2", "{} {}", "[] x", "{}}", "[[]", "[1 2]", "[", "{", "]", "}",
        #"{"a":1 "b":2}"#, #"{"a":1}x"#, #"{"a"::1}"#,
    ])
    func invalidJSON(text: String) {
        #expect(isInvalid(Array(text.utf8)), "accepted: \(text)")
    }

    @Test(arguments: [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F] as [UInt8])
    func controlCharacterInAStringIsRefused(byte: UInt8) {
        let bytes = Array(#"{"a":"x"#.utf8) + [byte] + Array(#"y"}"#.utf8)
        #expect(isInvalid(bytes))
    }

    @Test(arguments: [
        [0x80],  // a continuation byte alone
        [0xBF],
        [0xC0, 0x80],  // overlong NUL
        [0xC1, 0xBF],  // overlong
        [0xE0, 0x80, 0x80],  // overlong 3-byte
        [0xE0, 0x9F, 0xBF],
        [0xF0, 0x80, 0x80, 0x80],  // overlong 4-byte
        [0xF0, 0x8F, 0xBF, 0xBF],
        [0xED, 0xA0, 0x80],  // U+D800, a surrogate
        [0xED, 0xBF, 0xBF],  // U+DFFF
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],
        [0xFE], [0xFF],
        [0xE4, 0xB8],  // truncated 中
        [0xC3],  // truncated é
        [0xE4, 0x41, 0x8D],  // bad continuation
        [0xF0, 0x9F, 0x98],  // truncated 😀
        [0xF0, 0x9F, 0x98, 0x41],
    ] as [[UInt8]])
    func invalidUTF8InAStringIsRefused(sequence: [UInt8]) {
        #expect(isInvalid([UInt8(ascii: "\"")] + sequence + [UInt8(ascii: "\"")]), "accepted \(sequence)")
        // Also in a member name, and at the very end of the input.
        #expect(isInvalid(Array(#"{""#.utf8) + sequence + Array(#"":1}"#.utf8)))
        #expect(isInvalid([UInt8(ascii: "\"")] + sequence))
    }

    @Test func bytesOutsideAStringAreRefused() {
        #expect(isInvalid([0xEF, 0xBB, 0xBF] + Array("{}".utf8)), "a byte order mark is not JSON")
        #expect(isInvalid(Array("{}".utf8) + [0x00]))
    }

    @Test func errorsSayWhereScanningStopped() {
        #expect(throws: JSONSyntaxError.invalid(offset: 3, reason: "expected a JSON value")) {
            try validate("[1,]")
        }
        #expect(throws: JSONSyntaxError.invalid(offset: 3, reason: "unexpected data after the JSON value")) {
            try validate("{} x")
        }
    }
}

@Suite struct JSONScannerDepthTests {
    @Test(arguments: [1, 2, 5, 64])
    func exactlyTheLimitPassesAndOneMoreIsRefused(limit: Int) {
        #expect(throws: Never.self) { try validate(nested(limit), maximumDepth: limit) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: limit)) {
            try validate(nested(limit + 1), maximumDepth: limit)
        }
        // Mixed objects and arrays count alike.
        let mixed = String(repeating: #"{"k":["#, count: limit / 2) + (limit % 2 == 1 ? "{}" : "1")
            + String(repeating: "]}", count: limit / 2)
        #expect(throws: Never.self) { try validate(mixed, maximumDepth: limit) }
    }

    @Test(arguments: [1, 2, 5, 64])
    func objectMembersCountsTheOuterObjectAsDepthOne(limit: Int) {
        let fits = #"{"a":"# + nested(limit - 1, inner: "1") + "}"
        let tooDeep = #"{"a":"# + nested(limit, inner: "1") + "}"
        #expect(throws: Never.self) { try members(fits, maximumDepth: limit) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: limit)) { try members(tooDeep, maximumDepth: limit) }
    }

    @Test func defaultLimitIsSixtyFour() {
        #expect(JSONScanner.defaultMaximumDepth == 64)
        #expect(throws: Never.self) { try validate(nested(64)) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 64)) { try validate(nested(65)) }
    }

    @Test func arrayElementsCountsTheOuterArrayAsDepthOne() {
        #expect(throws: Never.self) { try elements(nested(3), maximumDepth: 3) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 3)) { try elements(nested(4), maximumDepth: 3) }
    }

    @Test func aMillionOpenBracketsAreRefusedWithoutRecursion() {
        let deep = String(repeating: "[", count: 1_000_000)
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 64)) { try validate(deep) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 64)) { try members(#"{"params":"# + deep) }
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 64)) { try elements(deep) }
    }

    @Test func aMillionLevelsWithinAHugeLimitDoNotOverflowTheStack() throws {
        // The scanner keeps its own stack: even a limit nobody would configure costs no recursion.
        let deep = nested(1_000_000)
        #expect(try validate(deep, maximumDepth: 2_000_000) == .array)
        let deepObjects = nested(200_000, open: #"{"a":"#, close: "}", inner: "0")
        #expect(try validate(deepObjects, maximumDepth: 200_000) == .object)
        #expect(throws: JSONSyntaxError.tooDeep(maximum: 199_999)) {
            try validate(deepObjects, maximumDepth: 199_999)
        }
    }
}

@Suite struct JSONScannerMembersTests {
    @Test func objectMembersGivesKeysKindsAndValueRanges() throws {
        let text = #" { "a" : 1 , "b":"x\"y", "c":[1,[2]],"d":{"e":null},"f":true, "g":-0.5e1 } "#
        let found = try members(text)
        #expect(found.map(\.key) == ["a", "b", "c", "d", "f", "g"])
        #expect(found.map(\.kind) == [.number, .string, .array, .object, .bool, .number])
        #expect(
            found.map { slice(text, $0.valueRange) }
                == ["1", #""x\"y""#, "[1,[2]]", #"{"e":null}"#, "true", "-0.5e1"])
    }

    @Test func objectMembersUnescapesKeysAndKeepsDuplicates() throws {
        let found = try members(#"{"a\nb":1,"\u0041":2,"A":3}"#)
        #expect(found.map(\.key) == ["a\nb", "A", "A"])
    }

    @Test func emptyObjectHasNoMembers() throws {
        #expect(try members(" {} ").isEmpty)
    }

    @Test(arguments: [("[1]", JSONKind.array), (#""s""#, .string), ("3", .number), ("null", .null), ("true", .bool)])
    func notAnObjectSaysWhatItIs(text: String, kind: JSONKind) {
        #expect(throws: JSONSyntaxError.notAnObject(kind)) { try members(text) }
    }

    @Test(arguments: [#"{"a":1,}"#, #"{"a":1} 1"#, #"{"a":1"#, #"{"a":[}"#, "[1", #"{"a":1}}"#, "{1:2}"])
    func objectMembersRefusesBrokenObjects(text: String) {
        let outcome = Result { () throws(JSONSyntaxError) in try members(text) }
        guard case .failure(let error) = outcome else {
            Issue.record("accepted: \(text)")
            return
        }
        guard case .invalid = error else {
            Issue.record("\(text): expected .invalid, got \(error)")
            return
        }
    }

    @Test func arrayElementsGivesRangesAndKinds() throws {
        let text = #"[ 1, "two" ,[3], {"four":4},null,false ]"#
        let found = try elements(text)
        #expect(found.map(\.kind) == [.number, .string, .array, .object, .null, .bool])
        #expect(found.map { slice(text, $0.range) } == ["1", #""two""#, "[3]", #"{"four":4}"#, "null", "false"])
        #expect(try elements(" [ ] ").isEmpty)
    }

    @Test(arguments: ["{}", "[1,]", "[1] 2", "[1", #""x""#])
    func arrayElementsRefusesNonArraysAndBrokenArrays(text: String) {
        #expect(throws: JSONSyntaxError.self) { try elements(text) }
    }
}

@Suite struct JSONScannerDecodeStringTests {
    /// Decodes the string token `quoted` (with quotes) after validating it.
    private func decode(_ quoted: String) throws -> String {
        let bytes = Array(quoted.utf8)
        #expect(try validate(bytes) == .string)
        return bytes.withUnsafeBytes { JSONScanner.decodeString($0, 1..<(bytes.count - 1)) }
    }

    @Test(arguments: [
        (#""plain""#, "plain"), (#""""#, ""), (#""中文""#, "中文"),
        (#""a\"b\\c\/d""#, "a\"b\\c/d"), (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u00e9\u4E2D""#, "é中"), (#""\u0000""#, "\u{0}"),
        (#""\ud83d\ude00""#, "😀"), (#""x\uD83D\uDE00y""#, "x😀y"),
        (#""\ud800""#, "\u{FFFD}"), (#""\udc00x""#, "\u{FFFD}x"), (#""\ud800\u0041""#, "\u{FFFD}A"),
    ])
    func decodesEscapesAndSurrogatePairs(quoted: String, expected: String) throws {
        #expect(try decode(quoted) == expected)
    }

    @Test func decodesARangeInsideALargerBuffer() throws {
        let text = #"{"k":"v\tw"}"#
        let found = try members(text)
        let range = found[0].valueRange
        let value = Array(text.utf8).withUnsafeBytes {
            JSONScanner.decodeString($0, (range.lowerBound + 1)..<(range.upperBound - 1))
        }
        #expect(value == "v\tw")
    }
}

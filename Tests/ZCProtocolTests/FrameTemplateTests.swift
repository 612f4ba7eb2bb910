import Testing
import ZCProtocol

/// Request frames built from a template: only the integers in the holes change, and the result is a request the
/// daemon reads exactly as if it had been encoded in full.
@Suite struct FrameTemplateTests {
    private func envelope(_ body: [UInt8]) throws -> RequestEnvelope {
        try body.withUnsafeBytes { try RequestEnvelope.parse($0) }
    }

    @Test func aPingFrameIsThePingRequestWithItsLengthPrefix() throws {
        let template = FrameTemplate.request(method: "rpc.ping")
        var out: [UInt8] = []
        template.append(id: 7, to: &out)
        let expected = Array(#"{"jsonrpc":"2.0","id":7,"method":"rpc.ping"}"#.utf8)
        #expect(out == Frame.header(length: expected.count) + expected)
        #expect(template.holeCount == 1)
    }

    @Test func paramsHolesAndTheSessionComeOutWhereTheyBelong() throws {
        let template = FrameTemplate.request(
            method: "review.pass", params: [#"{"items":[{"application":"#, #","step":"#, "}]}"],
            session: String(repeating: "ab", count: 32))
        #expect(template.holeCount == 3)
        let body = template.body(123_456_789_012, 42, 3)
        let e = try envelope(body)
        #expect(e.id == Array("123456789012".utf8))
        #expect(e.method == "review.pass")
        #expect(e.params == Array(#"{"items":[{"application":42,"step":3}]}"#.utf8))
        #expect(e.session == String(repeating: "ab", count: 32))
    }

    @Test func framesAppendBackToBackAndEachPrefixCountsItsOwnBody() throws {
        let template = FrameTemplate.request(method: "application.show", params: [#"{"application":5}"#])
        var out: [UInt8] = []
        for id: Int64 in [1, 10, 100_000] { template.append(id: id, to: &out) }
        var reader = FrameReader()
        reader.append(out)
        var ids: [[UInt8]?] = []
        while let body = try reader.next() { ids.append(try envelope(body).id) }
        #expect(ids == [Array("1".utf8), Array("10".utf8), Array("100000".utf8)])
        #expect(reader.pendingByteCount == 0)
    }

    @Test func decimalsCoverZeroNegativesAndTheExtremes() {
        for value: Int64 in [0, 9, 10, -1, -907, Int64.max, Int64.min] {
            var out: [UInt8] = []
            FrameTemplate.appendDecimal(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }

    @Test func missingValuesAreZeroAndExtraOnesIgnored() {
        let template = FrameTemplate(parts: [Array("a".utf8), Array("b".utf8), Array("c".utf8)])
        #expect(String(decoding: template.body(1), as: UTF8.self) == "a1b0c")
        #expect(String(decoding: template.body(1, 2, 3), as: UTF8.self) == "a1b2c")
    }
}

/// Reading an answer's id and outcome without decoding it.
@Suite struct ResponseProbeTests {
    private func probe(_ text: String) -> ResponseProbe.Probe? { ResponseProbe.probe(Array(text.utf8)) }

    @Test func aResultAsZcdWritesItGivesTheIdAndTheResultsBytes() throws {
        let text = #"{"jsonrpc":"2.0","id":42,"result":{"a":[1,2]}}"#
        let p = try #require(probe(text))
        #expect(p.id == 42)
        #expect(p.errorCode == nil)
        #expect(Array(Array(text.utf8)[p.result]) == Array(#"{"a":[1,2]}"#.utf8))
    }

    @Test func anErrorAsZcdWritesItGivesItsCode() throws {
        let body = ResponseBody.failure(id: Array("9".utf8), error: WireError(code: .failedPrecondition, message: "x"))
        let p = try #require(ResponseProbe.probe(body))
        #expect(p.id == 9)
        #expect(p.errorCode == 1006)
        let negative = ResponseBody.failure(id: Array("3".utf8), error: WireError(code: .invalidParams, message: "y"))
        #expect(ResponseProbe.probe(negative)?.errorCode == -32602)
    }

    @Test func otherShapesAreReadTheSlowWayWithTheSameAnswer() throws {
        let reordered = try #require(probe(#"{"result":{},"id":5,"jsonrpc":"2.0"}"#))
        #expect(reordered.id == 5)
        #expect(reordered.errorCode == nil)
        let spaced = try #require(probe(#"{ "jsonrpc": "2.0", "id": 6, "error": {"message": "m", "code": 1011} }"#))
        #expect(spaced.id == 6)
        #expect(spaced.errorCode == 1011)
        let stringID = try #require(probe(#"{"jsonrpc":"2.0","id":"abc","result":{}}"#))
        #expect(stringID.id == nil)
        let nullID = try #require(probe(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"m"}}"#))
        #expect(nullID.id == nil)
        #expect(nullID.errorCode == -32000)
    }

    @Test func somethingThatIsNoResponseIsNil() {
        #expect(probe("not json") == nil)
        #expect(probe(#"{"jsonrpc":"2.0","id":1}"#) == nil)
        #expect(probe("[1,2]") == nil)
        #expect(probe(#"{"jsonrpc":"2.0","id":1"#) == nil)
    }
}

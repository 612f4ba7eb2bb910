import Testing
import ZCProtocol

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func parse(_ text: String) -> Result<RequestEnvelope, EnvelopeError> {
    bytes(text).withUnsafeBytes { raw in
        Result { () throws(EnvelopeError) in try RequestEnvelope.parse(raw) }
    }
}

/// The refusal of `text`, or a recorded issue when it was accepted.
private func refusal(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> EnvelopeError? {
    switch parse(text) {
    case .success(let envelope):
        Issue.record("accepted \(text) as \(envelope)", sourceLocation: sourceLocation)
        return nil
    case .failure(let error):
        return error
    }
}

@Suite struct RequestEnvelopeTests {
    @Test func validRequest() throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","id":1,"method":"session.login","params":{"account":"a"}}"#).get()
        #expect(envelope.id == bytes("1"))
        #expect(envelope.method == "session.login")
        #expect(envelope.params == bytes(#"{"account":"a"}"#))
        #expect(envelope.session == nil)
    }

    @Test func membersMayComeInAnyOrderWithWhiteSpace() throws {
        let text = " {\n \"params\" : { } , \"method\":\"rpc.ping\",\"id\" : 7,\"jsonrpc\":\"2.0\" }\n"
        let envelope = try parse(text).get()
        #expect(envelope == RequestEnvelope(id: bytes("7"), method: "rpc.ping", params: bytes("{ }")))
    }

    @Test func notificationHasNoID() throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","method":"rpc.ping"}"#).get()
        #expect(envelope.id == nil)
        #expect(envelope.params == nil)
    }

    @Test(arguments: [#""abc""#, #""a\"b""#, "42", "-1.5e3", "0", "null", #""""#])
    func idIsEchoedRaw(id: String) throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","id":\#(id),"method":"rpc.ping"}"#).get()
        #expect(envelope.id == bytes(id))
    }

    @Test(arguments: ["[]", #"[{"jsonrpc":"2.0","id":1,"method":"rpc.ping"}]"#, #""rpc.ping""#, "17", "true", "null"])
    func nonObjectIsAnInvalidRequestWithNullID(text: String) {
        guard let e = refusal(text) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.error.data.name == "invalid_request")
        #expect(e.id == nil)
        #expect(!e.notification)
    }

    @Test(arguments: [#"{"jsonrpc":"2.0","id":1,"method":"#, "{", "", "not json", #"{"jsonrpc":"2.0",}"#, "\u{1}"])
    func brokenJSONIsAParseErrorWithNullID(text: String) {
        guard let e = refusal(text) else { return }
        #expect(e.error.code == .parseError)
        #expect(e.error.code.rawValue == -32700)
        #expect(e.id == nil)
    }

    @Test func invalidUTF8IsAParseError() {
        let body: [UInt8] = bytes(#"{"jsonrpc":"2.0","id":1,"method":""#) + [0xC0, 0xAF] + bytes(#""}"#)
        let result = body.withUnsafeBytes { raw in
            Result { () throws(EnvelopeError) in try RequestEnvelope.parse(raw) }
        }
        guard case .failure(let e) = result else {
            Issue.record("accepted an overlong UTF-8 sequence")
            return
        }
        #expect(e.error.code == .parseError)
    }

    @Test func tooDeepIsAnInvalidRequest() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        guard let e = refusal(#"{"jsonrpc":"2.0","id":1,"method":"rpc.ping","params":{"a":\#(deep)}}"#) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.id == nil)
    }

    @Test(arguments: [
        #"{"id":3,"method":"rpc.ping"}"#, #"{"jsonrpc":"1.0","id":3,"method":"rpc.ping"}"#,
        #"{"jsonrpc":2.0,"id":3,"method":"rpc.ping"}"#, #"{"jsonrpc":null,"id":3,"method":"rpc.ping"}"#,
        #"{"jsonrpc":"2.0 ","id":3,"method":"rpc.ping"}"#,
    ])
    func missingOrWrongVersionIsAnInvalidRequestToTheID(text: String) {
        guard let e = refusal(text) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.id == bytes("3"))
    }

    @Test(arguments: [
        #"{"jsonrpc":"2.0","id":3}"#, #"{"jsonrpc":"2.0","id":3,"method":5}"#,
        #"{"jsonrpc":"2.0","id":3,"method":null}"#, #"{"jsonrpc":"2.0","id":3,"method":["rpc.ping"]}"#,
    ])
    func methodMustBeAString(text: String) {
        guard let e = refusal(text) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.id == bytes("3"))
    }

    @Test(arguments: [#"{"a":1}"#, "[1]", "true", "{}x"])
    func idOfTheWrongKindIsRefused(id: String) {
        guard let e = refusal(#"{"jsonrpc":"2.0","id":\#(id),"method":"rpc.ping"}"#) else { return }
        #expect(e.id == nil)
        #expect(e.error.code == (id == "{}x" ? .parseError : .invalidRequest))
    }

    @Test(arguments: ["[1,2]", #""x""#, "3", "true"])
    func paramsThatAreNotAnObjectAreInvalidParams(params: String) {
        guard let e = refusal(#"{"jsonrpc":"2.0","id":"p","method":"rpc.ping","params":\#(params)}"#) else { return }
        #expect(e.error.code == .invalidParams)
        #expect(e.error.code.rawValue == -32602)
        #expect(e.error.data.field == "params")
        #expect(e.error.data.name == "invalid_params")
        #expect(e.id == bytes(#""p""#))
    }

    @Test func nullParamsMeanNone() throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","id":1,"method":"rpc.ping","params":null}"#).get()
        #expect(envelope.params == nil)
    }

    @Test func unknownMemberIsRefused() {
        guard let e = refusal(#"{"jsonrpc":"2.0","id":9,"method":"rpc.ping","parms":{}}"#) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.error.message.contains("parms"))
        #expect(e.id == bytes("9"))
    }

    @Test(arguments: [
        #"{"jsonrpc":"2.0","id":9,"id":10,"method":"rpc.ping"}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"rpc.ping","method":"session.logout"}"#,
        #"{"jsonrpc":"2.0","jsonrpc":"2.0","id":9,"method":"rpc.ping"}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"rpc.ping","params":{},"params":{}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"rpc.ping","\u0069d":9}"#,
    ])
    func duplicateMemberIsRefused(text: String) {
        guard let e = refusal(text) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.error.message.contains("twice"))
    }

    @Test func sessionMemberIsRead() throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","id":1,"method":"session.whoami","session":"ab\u0063"}"#).get()
        #expect(envelope.session == "abc")
        guard let e = refusal(#"{"jsonrpc":"2.0","id":1,"method":"session.whoami","session":12}"#) else { return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.id == bytes("1"))
    }

    @Test func escapedMethodNameIsUnescaped() throws {
        let envelope = try parse(#"{"jsonrpc":"2.0","id":1,"method":"rpc.p\u0069ng"}"#).get()
        #expect(envelope.method == "rpc.ping")
    }

    @Test func memberNamesAreTheDocumentedOnes() {
        #expect(RequestEnvelope.memberNames == ["jsonrpc", "id", "method", "params", "session"])
    }
}

@Suite struct ResponseBodyTests {
    @Test func successBytes() {
        #expect(
            ResponseBody.success(id: bytes("7"), result: bytes("{}"))
                == bytes(#"{"jsonrpc":"2.0","id":7,"result":{}}"#))
        #expect(
            ResponseBody.success(id: bytes(#""a-1""#), result: bytes(#"{"x":[1]}"#))
                == bytes(#"{"jsonrpc":"2.0","id":"a-1","result":{"x":[1]}}"#))
        #expect(
            ResponseBody.success(id: nil, result: bytes("{}")) == bytes(#"{"jsonrpc":"2.0","id":null,"result":{}}"#))
    }

    @Test func appendKeepsWhatWasThere() {
        var out = bytes("XY")
        ResponseBody.appendSuccess(id: bytes("1"), result: bytes("{}"), to: &out)
        #expect(out == bytes(#"XY{"jsonrpc":"2.0","id":1,"result":{}}"#))
    }

    @Test func failureBytes() {
        let error = WireError(code: .methodNotFound, message: "no method named x.y")
        #expect(
            ResponseBody.failure(id: bytes("3"), error: error)
                == bytes(
                    #"{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"data":{"name":"method_not_found"},"message":"no method named x.y"}}"#
                ))
        let locked = WireError(
            code: .lockedOut, message: "locked", data: ErrorData(name: "locked_out", retryAfterSeconds: 900))
        #expect(
            ResponseBody.failure(id: nil, error: locked)
                == bytes(
                    #"{"jsonrpc":"2.0","id":null,"error":{"code":1008,"data":{"name":"locked_out","retryAfterSeconds":900},"message":"locked"}}"#
                ))
    }

    @Test func parseSuccess() throws {
        let parsed = try ResponseBody.parse(bytes(#"{"jsonrpc":"2.0","id":"q","result":{"a":[1,2]}}"#))
        #expect(parsed.id == bytes(#""q""#))
        #expect(parsed.outcome == .success(bytes(#"{"a":[1,2]}"#)))
    }

    @Test func parseFailure() throws {
        let parsed = try ResponseBody.parse(
            bytes(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"too big","data":{"name":"frame_rejected"}}}"#))
        #expect(parsed.id == bytes("null"))
        #expect(parsed.outcome == .failure(WireError(code: .frameRejected, message: "too big")))
    }

    @Test func parseFailureWithoutDataFillsInTheName() throws {
        let parsed = try ResponseBody.parse(bytes(#"{"jsonrpc":"2.0","id":1,"error":{"code":1001,"message":"m"}}"#))
        guard case .failure(let e) = parsed.outcome else {
            Issue.record("expected a failure")
            return
        }
        #expect(e.data.name == "unauthenticated")
    }

    @Test func whatWeBuildWeCanRead() throws {
        let error = WireError(
            code: .invalidArgument, message: "bad",
            data: ErrorData(name: "invalid_argument", field: "params.code", violations: [
                FieldViolation(field: "params.code", reason: "two digits")
            ]))
        let failure = try ResponseBody.parse(ResponseBody.failure(id: bytes("5"), error: error))
        #expect(failure.id == bytes("5"))
        #expect(failure.outcome == .failure(error))
        let success = try ResponseBody.parse(ResponseBody.success(id: bytes("6"), result: bytes("[true]")))
        #expect(success.id == bytes("6"))
        #expect(success.outcome == .success(bytes("[true]")))
    }

    @Test(arguments: ["[]", #"{"jsonrpc":"2.0","id":1}"#, "{", #""result""#])
    func parseRefusesWhatIsNotAResponse(text: String) {
        #expect(throws: (any Error).self) { try ResponseBody.parse(bytes(text)) }
    }
}

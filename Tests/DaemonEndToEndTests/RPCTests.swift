import Foundation
import Testing
import ZCProtocol

/// `rpc.*` and the JSON-RPC rules, through the client library and through the zcctl binary.
@Suite struct RPCTests {
    @Test func pingThroughTheClient() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        #expect(try client.call(PingRequest()) == Empty())
        // With params it takes the dispatcher's path instead of the inline one; same answer.
        #expect(try client.callRaw(method: "rpc.ping", params: Array("{}".utf8)) == .success(Array("{}".utf8)))
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    @Test func describeThroughTheClientListsEveryMethod() throws {
        let daemon = try Daemon()
        let description = try daemon.connect().call(DescribeRequest())
        #expect(description.methods.map(\.method) == MethodRegistry.all.map { $0.method })
        #expect(description == MethodRegistry.describe())
        #expect(description.errors.map(\.code) == ErrorCode.all.map(\.rawValue))
    }

    @Test func helloReportsVersionLimitsAndCaller() throws {
        let daemon = try Daemon(config: ["max_frame_bytes": "65536", "max_requests_in_flight": "8"])
        let hello = try daemon.connect().call(HelloRequest(client: "e2e", protocolVersions: [1]))
        #expect(hello.product == "zcd")
        #expect(hello.protocolVersion == MethodRegistry.protocolVersion)
        #expect(hello.limits.maxFrameBytes == 65536)
        #expect(hello.limits.maxRequestsInFlight == 8)
        #expect(hello.caller.uid == Int(getuid()))
        #expect(hello.caller.pid == Int(getpid()))
        #expect(hello.caller.isOperator, "the daemon runs as our uid, so we are an operator")
        #expect(hello.caller.account == nil)
        let refused = remoteError { try daemon.connect().call(HelloRequest(protocolVersions: [99])) }
        #expect(refused?.code == .unsupportedVersion)
    }

    @Test func pingAndDescribeThroughZcctl() throws {
        let daemon = try Daemon()
        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)

        let ping = try zcctl.run(["ping"], json: true)
        #expect(ping.status == 0, "\(ping)")
        let pong = try JSONSerialization.jsonObject(with: Data(ping.stdout.utf8)) as? [String: Any]
        #expect(pong?["socket"] as? String == daemon.socketPath, "\(ping)")
        #expect(pong?["roundTripMicroseconds"] is Int, "\(ping)")

        let human = try zcctl.run(["ping"])
        #expect(human.status == 0)
        #expect(human.stdout.hasPrefix("zcd at \(daemon.socketPath) answered in "), "\(human)")

        let describe = try zcctl.run(["describe"], json: true)
        #expect(describe.status == 0, "\(describe)")
        let description = try ZCJSON.decode(DescribeResult.self, from: Array(describe.stdout.utf8))
        #expect(description.methods.map(\.method) == MethodRegistry.all.map { $0.method })

        let table = try zcctl.run(["describe"])
        #expect(table.status == 0)
        for method in MethodRegistry.all {
            #expect(table.stdout.contains(method.method), "\(method.method) missing from `zcctl describe`")
        }

        let one = try zcctl.run(["describe", "session.login"], json: true)
        #expect(one.status == 0, "\(one)")
        let login = try ZCJSON.decode(MethodDescription.self, from: Array(one.stdout.utf8))
        #expect(login.method == "session.login")
        #expect(login.params == SchemaRecorder.schema(of: LoginRequest.self))

        let unknown = try zcctl.run(["describe", "rpc.nothing"])
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.stderr.contains("rpc.nothing"))
    }

    @Test func callAndVersionThroughZcctl() throws {
        let daemon = try Daemon()
        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)

        let call = try zcctl.run(["call", "rpc.ping", "{}"], json: true)
        #expect(call.status == 0, "\(call)")
        #expect(call.stdout == "{}\n")

        let fromStdin = try zcctl.run(["call", "session.whoami", "-"], json: true, stdin: "{}")
        #expect(fromStdin.status == 0, "\(fromStdin)")
        let me = try ZCJSON.decode(CallerInfo.self, from: Array(fromStdin.stdout.utf8))
        #expect(me.isOperator)

        let missing = try zcctl.run(["call", "rpc.nothing"])
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("[method_not_found]"), "\(missing)")

        let missingJSON = try zcctl.run(["call", "rpc.nothing"], json: true)
        #expect(missingJSON.status == 1)
        let body = try JSONSerialization.jsonObject(with: Data(missingJSON.stdout.utf8)) as? [String: Any]
        #expect((body?["error"] as? [String: Any])?["code"] as? Int == -32601, "\(missingJSON)")

        let notAnObject = try zcctl.run(["call", "rpc.ping", "[1]"])
        #expect(notAnObject.status == 2, "\(notAnObject)")

        let version = try zcctl.run(["version"], json: true)
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout.contains(#""protocolVersion":1"#), "\(version)")
    }

    @Test func pipelinedRequestsAllGetTheirAnswers() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        // Mixed: pings are answered on the event loop, whoami and describe-with-params go through the dispatcher.
        let methods = ["rpc.ping", "session.whoami", "rpc.hello", "rpc.describe"]
        for id in 1...20 {
            try client.send(id: id, method: methods[id % methods.count], params: id % 3 == 0 ? "{}" : nil)
        }
        var seen: [String: ParsedResponse] = [:]
        for _ in 1...20 {
            let response = try client.receiveResponse()
            #expect(seen[response.idText] == nil, "id \(response.idText) answered twice")
            seen[response.idText] = response
        }
        #expect(Set(seen.keys) == Set((1...20).map(String.init)))
        for (id, response) in seen {
            #expect(response.error == nil, "request \(id) failed: \(String(describing: response.error))")
        }
        // The connection is still in step: one more call gets its own answer.
        #expect(try client.call(PingRequest()) == Empty())
    }

    @Test func aNotificationGetsNoAnswer() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        try client.send(id: nil, method: "rpc.ping")
        try client.send(id: 1, method: "rpc.ping")
        #expect(try client.receiveResponse().idText == "1")
        // Notifications through the dispatcher, failing ones included, are not answered either.
        try client.send(id: nil, method: "session.whoami")
        try client.send(id: nil, method: "rpc.nothing")
        try client.send(id: nil, method: "system.init", params: #"{"code":"x"}"#)
        try client.send(id: 2, method: "session.whoami")
        try client.send(id: 3, method: "rpc.ping")
        var ids: Set<String> = []
        for _ in 0..<2 { ids.insert(try client.receiveResponse().idText) }
        #expect(ids == ["2", "3"])
        try client.send(id: 4, method: "rpc.ping")
        #expect(try client.receiveResponse().idText == "4")
    }

    @Test func idsAreEchoedAsSent() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        for id in [#""abc""#, #""中""#, "-7", "1.5", "null", "12345678901234567890"] {
            try client.sendFrame(#"{"jsonrpc":"2.0","id":\#(id),"method":"rpc.ping"}"#)
            #expect(try client.receiveResponse().idText == id)
        }
        try client.sendFrame(#"{"jsonrpc":"2.0","id":"w","method":"session.whoami"}"#)
        #expect(try client.receiveResponse().idText == #""w""#)
    }

    @Test func unknownMethodIsMethodNotFound() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        try client.send(id: 5, method: "rpc.nothing")
        let response = try client.receiveResponse()
        #expect(response.idText == "5")
        #expect(response.error?.code == .methodNotFound)
        #expect(response.error?.code.rawValue == -32601)
        #expect(response.error?.data.name == "method_not_found")
    }

    @Test func paramsThatDoNotFitAreInvalidParamsNamingTheField() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        let cases: [(method: String, params: String, field: String)] = [
            ("session.login", #"{"account":"a"}"#, "params.password"),
            ("session.login", #"{"account":1,"password":"p"}"#, "params.account"),
            ("session.login", #"{"account":"a","password":"p","passwrd":"x"}"#, "params.passwrd"),
            ("rpc.ping", #"{"x":1}"#, "params.x"),
            ("rpc.hello", #"{"protocolVersions":["1"]}"#, "params.protocolVersions[0]"),
            ("session.login", #"{"account":null,"password":"p"}"#, "params.account"),
        ]
        for (i, c) in cases.enumerated() {
            try client.send(id: i, method: c.method, params: c.params)
            let response = try client.receiveResponse()
            #expect(response.error?.code == .invalidParams, "\(c.method) \(c.params): \(response)")
            #expect(response.error?.data.field == c.field, "\(c.method) \(c.params): \(response)")
        }
        try client.sendFrame(#"{"jsonrpc":"2.0","id":9,"method":"session.login","params":[1]}"#)
        let array = try client.receiveResponse()
        #expect(array.error?.code == .invalidParams)
        #expect(array.error?.data.field == "params")
    }

    @Test func accountMethodsNeedALogin() throws {
        let daemon = try Daemon()
        let client = try daemon.connect()
        let change = remoteError { try client.call(ChangePasswordRequest(oldPassword: "a", newPassword: "b")) }
        #expect(change?.code == .unauthenticated)
        #expect(remoteError { try client.call(LogoutRequest()) }?.code == .unauthenticated)
        client.session = String(repeating: "ab", count: 32)
        #expect(remoteError { try client.call(WhoAmIRequest()) }?.code == .unauthenticated)
        client.session = "not a token"
        #expect(remoteError { try client.call(WhoAmIRequest()) }?.code == .unauthenticated)
    }
}

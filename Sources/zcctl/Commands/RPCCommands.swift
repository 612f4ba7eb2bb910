import ArgumentParser
import Foundation
import ZCProtocol

struct Ping: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ping", abstract: "Check that zcd answers (rpc.ping).")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let client = try options.connect(withSession: false)
        let start = ContinuousClock.now
        _ = try options.call(PingRequest(), on: client)
        let elapsed = ContinuousClock.now - start
        let micros = elapsed.components.attoseconds / 1_000_000_000_000 + elapsed.components.seconds * 1_000_000
        struct Pong: Encodable { var socket: String; var roundTripMicroseconds: Int64 }
        options.emit(Pong(socket: client.path, roundTripMicroseconds: micros)) {
            out("zcd at \(client.path) answered in \(micros) µs")
        }
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Show the versions of zcctl and of the daemon."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let hello = try options.call(HelloRequest(client: "zcctl/\(ZCCtl.version)", protocolVersions: [1]))
        struct Versions: Encodable { var zcctl: String; var zcd: String; var protocolVersion: Int }
        options.emit(Versions(zcctl: ZCCtl.version, zcd: hello.version, protocolVersion: hello.protocolVersion)) {
            out("zcctl \(ZCCtl.version)")
            out("zcd   \(hello.version) (protocol \(hello.protocolVersion))")
        }
    }
}

struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "List the daemon's methods, or show one method's params and result.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "A method name, e.g. session.login.") var method: String?

    func run() throws {
        let description = try options.call(DescribeRequest())
        if let method {
            guard let m = description.methods.first(where: { $0.method == method }) else {
                throw CLIError.usage("zcd has no method \(method); `zcctl describe` lists them")
            }
            options.emit(m) {
                out("\(m.method) — \(m.summary)")
                out("roles: \(m.access.roles.map(\.rawValue).joined(separator: ", "))")
                if let scope = m.access.scope { out("scope: \(scope)") }
                if let permission = m.access.permission { out("permission: \(permission)") }
                out("params:\n" + ((try? ZCJSON.encodePretty(m.params)) ?? ""))
                out("result:\n" + ((try? ZCJSON.encodePretty(m.result)) ?? ""))
            }
            return
        }
        options.emit(description) {
            var table = TextTable(["METHOD", "ROLES", "SUMMARY"])
            for m in description.methods {
                table.add([m.method, m.access.roles.map(\.rawValue).joined(separator: ","), m.summary])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
        }
    }
}

struct Call: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call any method with raw JSON params and print the raw result.",
        discussion: "Example: zcctl call session.whoami '{}'. Params are read from standard input when given as -.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The method name.") var method: String
    @Argument(help: "Params as one JSON object (default {}; - reads standard input).") var params: String?

    func run() throws {
        var text = params ?? "{}"
        if text == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let bytes = Array(text.utf8)
        let kind = bytes.withUnsafeBytes { try? JSONScanner.validate($0) }
        guard kind == .object else { throw CLIError.usage("params must be one JSON object, e.g. '{}'") }
        let client = try options.connect()
        defer { client.close() }
        let outcome: ParsedResponse.Outcome
        do {
            outcome = try client.callRaw(method: method, params: bytes)
        } catch {
            throw options.translate(error, client: client)
        }
        switch outcome {
        case .success(let result):
            if options.json {
                FileHandle.standardOutput.write(Data(result + [0x0A]))
            } else {
                let pretty = (try? JSONSerialization.jsonObject(with: Data(result), options: [.fragmentsAllowed]))
                    .flatMap {
                        try? JSONSerialization.data(
                            withJSONObject: $0, options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
                    }
                FileHandle.standardOutput.write((pretty ?? Data(result)) + Data([0x0A]))
            }
        case .failure(let e):
            throw CLIError.remote(e, json: options.json)
        }
    }
}

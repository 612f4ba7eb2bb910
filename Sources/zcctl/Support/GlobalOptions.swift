import ArgumentParser
import Foundation
import ZCProtocol

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The daemon's socket (default: $ZC_SOCKET, /run/zcd/zcd.sock, ./.zcd/zcd.sock).", valueName: "path"))
    var socket: String?

    @Flag(name: .long, help: "Print results as JSON for scripts.")
    var json = false

    /// Connects, sending the saved session token with every call unless `withSession` is false.
    func connect(withSession: Bool = true) throws(CLIError) -> ZCClient {
        let where_ = SocketLocator.resolve(flag: socket)
        let client: ZCClient
        do {
            client = try ZCClient.connect(where_.path)
        } catch {
            throw .unreachable(
                """
                cannot reach zcd at \(where_.path) (\(where_.reason)): \(error)
                Is zcd running? Start it from this folder with `swift run zcd`, or on a server with \
                `systemctl start zcd.socket`; or point zcctl at it with --socket PATH or ZC_SOCKET. \
                Permission denied means your user is not in the zcd group.
                """)
        }
        if withSession { client.session = SessionFile.token(for: client.path) }
        return client
    }

    /// Calls a typed method, turning client errors into zcctl's exit codes.
    func call<R: ZCRequest>(_ request: R, on client: ZCClient) throws(CLIError) -> R.Response {
        do {
            return try client.call(request)
        } catch {
            throw translate(error, client: client)
        }
    }

    /// Connects and calls in one step.
    func call<R: ZCRequest>(_ request: R) throws(CLIError) -> R.Response {
        let client = try connect()
        defer { client.close() }
        return try call(request, on: client)
    }

    func translate(_ error: ClientError, client: ZCClient) -> CLIError {
        switch error {
        case .remote(let e): return .remote(e, json: json)
        case .unreachable(let path, let reason): return .unreachable("cannot reach zcd at \(path): \(reason)")
        case .closed, .timedOut, .transport: return .unreachable("lost the connection to zcd at \(client.path): \(error)")
        case .malformed(let m): return .local("unreadable answer from zcd: \(m)")
        }
    }

    /// Prints `value` as compact JSON (with --json) or runs `human` to print it for people.
    func emit<T: Encodable>(_ value: T, human: () -> Void) {
        if json {
            let bytes = (try? ZCJSON.encode(value)) ?? Array("null".utf8)
            FileHandle.standardOutput.write(Data(bytes + [0x0A]))
        } else {
            human()
        }
    }
}

/// Writes a line to standard output (Swift's print buffers differently when stdout is a pipe; this does not).
func out(_ text: String = "") {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

import ArgumentParser
import Dispatch
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2Posix
import Logging
import ZCEngine
import ZCProtocol

/// `grpc-bench serve`: zcd's engine behind a grpc-swift 2 server on a Unix socket.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve zcd.Bench (Ping, Login, Read) over gRPC on a Unix socket, on a zcd state folder.")

    @Option(help: "The Unix socket to listen on (an existing file is replaced).")
    var socket: String

    @Option(help: "zcd's state folder (holds zcd.sqlite). zcd must not be running on it.")
    var stateDir: String

    func run() async throws {
        umask(0o027)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let logger = Logger(label: "grpc-bench")
        // As zcd opens its state folder (Daemon.run): the store, the engine with default settings, the migrations.
        // Password hashes carry their own scrypt cost, so verifying needs no configuration.
        try FileManager.default.createDirectory(
            atPath: stateDir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        let store = try Store(path: stateDir + "/zcd.sqlite")
        let engine = Engine(store: store, logger: logger)
        try engine.prepare()

        let transport = HTTP2ServerTransport.Posix(
            address: .unixDomainSocket(path: socket), transportSecurity: .plaintext)
        let server = GRPCServer(transport: transport, services: [BenchService(engine: engine)])

        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let signals = [SIGTERM, SIGINT].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for source in signals {
            source.setEventHandler { server.beginGracefulShutdown() }
            source.resume()
        }
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await server.serve() }
            if let address = try await transport.listeningAddress.unixDomainSocket {
                FileHandle.standardError.write(Data("grpc-bench: serving zcd.Bench on \(address.path)\n".utf8))
            }
        }
        for source in signals { source.cancel() }
        try store.close()
    }
}

/// The service: each method does what zcd's handler of the same request does, with the same engine calls.
struct BenchService: RegistrableRPCService {
    let engine: Engine
    /// zcd takes the peer from SO_PEERCRED; grpc-swift does not expose it, so the caller is this process's own user,
    /// which is what zcd sees when the client runs as the same user (and, like zcd, an operator when that user is
    /// root or the server's own).
    let peer = Peer(uid: getuid(), gid: getgid(), pid: 0)

    static let empty = Array("{}".utf8)

    func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
        unary(BenchMethods.ping, &router) { _ in Self.empty }
        unary(BenchMethods.login, &router) { bytes in try await login(bytes) }
        unary(BenchMethods.read, &router) { bytes in try await read(bytes) }
    }

    /// Registers a unary method over raw bytes; engine errors become gRPC statuses.
    private func unary<Transport: ServerTransport>(
        _ method: MethodDescriptor, _ router: inout RPCRouter<Transport>,
        _ body: @escaping @Sendable ([UInt8]) async throws -> [UInt8]
    ) {
        router.registerHandler(
            forMethod: method, deserializer: RawBytesDeserializer(), serializer: RawBytesSerializer()
        ) { stream, _ in
            let request = try await ServerRequest(stream: stream)
            do {
                return StreamingServerResponse(single: ServerResponse(message: try await body(request.message)))
            } catch {
                return StreamingServerResponse(single: ServerResponse(error: Self.status(of: error)))
            }
        }
    }

    /// `session.login` with `bindConnection: false`, as `zcctl bench` logs in (SessionHandlers.swift).
    private func login(_ bytes: [UInt8]) async throws -> [UInt8] {
        let params = try ZCJSON.decode(LoginParams.self, from: bytes)
        let outcome = try await engine.login(
            account: params.login, password: params.password, caller: Caller(peer: peer, isOperator: isOperator))
        return try ZCJSON.encode(LoginAnswer(token: outcome.token))
    }

    /// `application.show` with an explicit `session`, as zcd's dispatcher answers it inline (Dispatcher.handleInline):
    /// the session resolved without the writer when it can be, the role checked (applicants only), the forced
    /// password change refused, then the engine's document bytes as they are.
    private func read(_ bytes: [UInt8]) async throws -> [UInt8] {
        let params = try ZCJSON.decode(ReadParams.self, from: bytes)
        let principal: Principal
        if let p = try engine.authenticateInline(token: params.session) {
            principal = p
        } else {
            principal = try await engine.authenticate(token: params.session)
        }
        guard principal.kind == .applicant else {
            throw EngineError.permissionDenied("application.show may only be called by: applicant")
        }
        if principal.mustChangePassword { throw EngineError.passwordChangeRequired }
        let caller = Caller(peer: peer, isOperator: isOperator, principal: principal)
        return try engine.applicationDocument(id: params.application, caller: caller)
    }

    private var isOperator: Bool { peer.uid == 0 || peer.uid == geteuid() }

    static func status(of error: any Error) -> RPCError {
        if let rpc = error as? RPCError { return rpc }
        guard let engineError = error as? EngineError else {
            return RPCError(code: .invalidArgument, message: "\(error)")
        }
        let code: RPCError.Code =
            switch engineError {
            case .unauthenticated: .unauthenticated
            case .permissionDenied, .passwordChangeRequired: .permissionDenied
            case .notFound: .notFound
            case .alreadyExists: .alreadyExists
            case .invalidArgument: .invalidArgument
            case .failedPrecondition: .failedPrecondition
            case .lockedOut, .resourceExhausted: .resourceExhausted
            case .aborted: .aborted
            }
        return RPCError(code: code, message: engineError.description)
    }
}

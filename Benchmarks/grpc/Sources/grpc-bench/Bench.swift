import ArgumentParser
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2Posix
import Histogram
import ZCProtocol

/// `grpc-bench bench`: the load generator, shaped like `zcctl bench` (one request in flight per connection,
/// warm-up, HDR latencies, the same report), against `grpc-bench serve`.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a grpc-bench server with ping or read, as `zcctl bench` loads zcd.")

    enum Workload: String, ExpressibleByArgument, CaseIterable, Sendable {
        case ping, read
    }

    @Option(help: "The server's Unix socket.")
    var socket: String
    @Option(help: "ping or read.")
    var workload: Workload = .ping
    @Option(help: "Connections: separate clients, one HTTP/2 connection each, one request in flight on each.")
    var connections = 1
    @Option(help: "Seconds measured, after the warm-up.")
    var duration = 10.0
    @Option(help: "Seconds of requests before the measured interval (not counted).")
    var warmup = 0.0
    @Option(help: "A bench manifest (zcctl bench setup, or <state>/generated.json from zcd generate); read needs it.")
    var manifest: String?
    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard connections >= 1, connections <= 4096 else { throw ValidationError("--connections must be 1…4096") }
        guard duration > 0 else { throw ValidationError("--duration must be positive") }
        guard warmup >= 0 else { throw ValidationError("--warmup must not be negative") }
        if workload == .read && manifest == nil { throw ValidationError("--workload read needs --manifest PATH") }
    }

    func run() async throws {
        let applicants = try manifest.map(Self.loadApplicants) ?? []
        if workload == .read && applicants.isEmpty { throw BenchError("the manifest lists no applicants") }
        let method = workload == .ping ? BenchMethods.ping : BenchMethods.read
        var clients: [GRPCClient<HTTP2ClientTransport.Posix>] = []
        for _ in 0..<connections {
            let transport = try HTTP2ClientTransport.Posix(
                target: .unixDomainSocket(path: socket), transportSecurity: .plaintext)
            clients.append(GRPCClient(transport: transport))
        }
        let report = try await withThrowingTaskGroup(of: Void.self) { running in
            for client in clients { running.addTask { try await client.runConnections() } }
            defer { for client in clients { client.beginGracefulShutdown() } }

            // Before the run, as zcctl does: each connection logs in as its applicant (i mod the count) and builds
            // its request once.
            var bodies: [[UInt8]] = []
            for (i, client) in clients.enumerated() {
                switch workload {
                case .ping:
                    bodies.append(Array("{}".utf8))
                case .read:
                    let a = applicants[i % applicants.count]
                    let answer: [UInt8]
                    do {
                        answer = try await Self.call(
                            client, BenchMethods.login,
                            try ZCJSON.encode(LoginParams(login: a.login, password: a.password)))
                    } catch let error as RPCError {
                        throw BenchError("login as \(a.login) failed: \(error)")
                    }
                    let token = try ZCJSON.decode(LoginAnswer.self, from: answer).token
                    bodies.append(try ZCJSON.encode(ReadParams(session: token, application: a.application)))
                }
            }

            // One request per connection before the clock starts: a refusal here (a wrong manifest, a session the
            // server does not know) stops the run with the server's reason instead of counting errors.
            var answerBytes = 0
            for (client, body) in zip(clients, bodies) {
                do {
                    answerBytes = try await Self.call(client, method, body).count
                } catch let error as RPCError {
                    throw BenchError("the first \(method.fullyQualifiedMethod) failed: \(error)")
                }
            }

            let start = Clock.now()
            let measureFrom = start + UInt64(warmup * 1e9)
            let stop = measureFrom + UInt64(duration * 1e9)
            let results = await withTaskGroup(of: WorkerResult.self) { workers in
                for (client, body) in zip(clients, bodies) {
                    workers.addTask {
                        await Self.work(client, method, body, measureFrom: measureFrom, stop: stop)
                    }
                }
                var all: [WorkerResult] = []
                for await r in workers { all.append(r) }
                return all
            }
            return Report(
                workload: workload.rawValue, method: method.fullyQualifiedMethod, connections: connections,
                warmupSeconds: warmup, seconds: duration, answerBytes: answerBytes, results: results)
        }
        print(json ? try report.json() : report.render(), terminator: "")
        if report.requests == 0 || report.errors == report.requests { throw ExitCode(1) }
    }

    /// One unary call; the answer's bytes, or the RPCError the server answered with.
    static func call(
        _ client: GRPCClient<HTTP2ClientTransport.Posix>, _ method: MethodDescriptor, _ body: [UInt8]
    ) async throws -> [UInt8] {
        var options = CallOptions.defaults
        options.timeout = .seconds(30)
        return try await client.unary(
            request: ClientRequest(message: body), descriptor: method, serializer: RawBytesSerializer(),
            deserializer: RawBytesDeserializer(), options: options
        ) { response in try response.message }
    }

    /// One connection's loop: a request, its answer, the next. Requests sent before `measureFrom` are not measured;
    /// answers after `stop` are not counted.
    static func work(
        _ client: GRPCClient<HTTP2ClientTransport.Posix>, _ method: MethodDescriptor, _ body: [UInt8],
        measureFrom: UInt64, stop: UInt64
    ) async -> WorkerResult {
        var result = WorkerResult()
        while true {
            let sent = Clock.now()
            if sent >= stop { break }
            var code: RPCError.Code?
            do {
                _ = try await call(client, method, body)
            } catch let error as RPCError {
                code = error.code
            } catch {
                result.failure = "\(error)"
                break
            }
            let answered = Clock.now()
            if sent >= measureFrom && answered <= stop {
                result.record(nanoseconds: answered - sent, errorCode: code)
            }
        }
        return result
    }

    struct Applicant: Decodable {
        var login: String
        var password: String
        var application: Int64
    }

    /// The applicants of a bench manifest (docs/performance.md); other members are ignored.
    static func loadApplicants(_ path: String) throws -> [Applicant] {
        struct Manifest: Decodable {
            var version: Int?
            var applicants: [Applicant]
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read the manifest \(path)")
        }
        let manifest: Manifest
        do {
            manifest = try ZCJSON.decode(Manifest.self, from: Array(data))
        } catch {
            throw BenchError("\(path) is not a bench manifest: \(error)")
        }
        if let v = manifest.version, v != 1 { throw BenchError("\(path) has manifest version \(v); this reads 1") }
        return manifest.applicants
    }
}

/// The monotonic clock in nanoseconds, as zcctl bench reads it.
enum Clock {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

/// What one connection measured.
struct WorkerResult: Sendable {
    static let highestTrackable: UInt64 = 60_000_000_000
    var histogram = WorkerResult.newHistogram()
    var errorCodes: [Int: (name: String, count: Int)] = [:]
    var failure: String?

    static func newHistogram() -> Histogram<UInt64> {
        Histogram<UInt64>(
            lowestDiscernibleValue: 1, highestTrackableValue: highestTrackable, numberOfSignificantValueDigits: .three)
    }

    mutating func record(nanoseconds: UInt64, errorCode: RPCError.Code?) {
        _ = histogram.record(min(max(nanoseconds, 1), Self.highestTrackable))
        if let errorCode { errorCodes[errorCode.rawValue, default: ("\(errorCode)", 0)].count += 1 }
    }
}

/// A reason the run could not start, said in one line (without the usage text a ValidationError brings).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

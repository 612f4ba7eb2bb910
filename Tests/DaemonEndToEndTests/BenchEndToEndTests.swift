import Foundation
import Testing
import ZCProtocol

/// `zcctl bench` against a started daemon: it completes, counts what it sent, and reports in the documented shape.
/// No figure is asserted: a benchmark is not a test, and this machine is shared.
@Suite struct BenchEndToEndTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/declaration").standardizedFileURL.path

    /// The JSON report of a run that must have completed.
    private func report(_ zcctl: Zcctl, _ arguments: [String]) throws -> [String: Any] {
        let run = try zcctl.run(["bench"] + arguments, json: true)
        #expect(run.status == 0, "\(run)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run)")
    }

    private func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    @Test func pingCountsExactlyTheRequestsAskedFor() throws {
        let daemon = try Daemon()
        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)
        let r = try report(zcctl, ["--workload", "ping", "--requests", "200"])
        #expect(int(r["requests"]) == 200)
        #expect(int(r["errors"]) == 0)
        #expect(r["workload"] as? String == "ping")
        let latency = try #require(r["latencyMicroseconds"] as? [String: Any])
        #expect(Set(latency.keys) == ["p50", "p90", "p99", "p99_9", "max", "mean"])

        let piped = try report(
            zcctl, ["--requests", "300", "--connections", "3", "--pipeline", "8", "--warmup", "0.2"])
        #expect(int(piped["requests"]) == 300)
        #expect(int(piped["errors"]) == 0)

        // Several connections on one thread are served through poll; uneven deals (5 over 2) leave no connection out.
        for threads in ["1", "2"] {
            let shared = try report(
                zcctl, ["--requests", "503", "--connections", "5", "--threads", threads, "--pipeline", "3"])
            #expect(int(shared["requests"]) == 503, "\(threads) threads")
            #expect(int(shared["errors"]) == 0)
            #expect(int(shared["threads"]) == Int(threads))
            #expect((shared["connectionFailures"] as? [Any])?.isEmpty == true, "\(shared)")
        }

        let human = try zcctl.run(["bench", "--duration", "0.3"])
        #expect(human.status == 0, "\(human)")
        #expect(human.stdout.hasPrefix("zcctl bench: ping, 1 connection on 1 thread, pipeline 1"), "\(human)")
        #expect(human.stdout.contains("ping (rpc.ping)"), "\(human)")
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    @Test func wrongUsageExitsTwoAndNoDaemonExitsThree() throws {
        let folder = try TempFolder()
        let zcctl = Zcctl(folder: folder, socket: folder.file("none.sock"))
        let unreachable = try zcctl.run(["bench", "--requests", "10"])
        #expect(unreachable.status == 3, "\(unreachable)")
        #expect(unreachable.stderr.contains("none.sock"), "\(unreachable)")
        for bad in [["--connections", "0"], ["--connections", "2", "--threads", "3"], ["--workload", "pong"], ["--duration", "1", "--requests", "5"]] {
            let run = try zcctl.run(["bench"] + bad)
            #expect(run.status == 2, "\(bad): \(run)")
        }
        let noAccounts = try zcctl.run(["bench", "--workload", "read", "--requests", "10"])
        #expect(noAccounts.status == 2, "\(noAccounts)")
    }

    @Test func setupThenEveryWorkloadRunsWithoutErrors() throws {
        let daemon = try Daemon()
        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)
        let manifestPath = daemon.folder.file("bench.json")
        let setup = try zcctl.run(
            ["bench", "setup", "--drafts", "2", "--cases", "6", "--examples", Self.examples, "--output", manifestPath])
        #expect(setup.status == 0, "\(setup)\n\(daemon.log)")
        let manifest = try ZCJSON.decode(
            SetupManifest.self, from: Array(try Data(contentsOf: URL(fileURLWithPath: manifestPath))))
        #expect(manifest.applicants.count == 8)
        #expect(manifest.applicants.filter { $0.state == "draft" }.count == 2)
        #expect(manifest.reviewers.map(\.login) == ["bench.handler", "bench.leader"])

        let m = ["--manifest", manifestPath]
        for workload in ["read", "queue", "save"] {
            let r = try report(zcctl, ["--workload", workload, "--requests", "20", "--connections", "2"] + m)
            #expect(int(r["requests"]) == 20, "\(workload)")
            #expect(int(r["errors"]) == 0, "\(workload): \(r)")
        }
        let decide = try report(zcctl, ["--workload", "decide", "--requests", "4", "--connections", "2"] + m)
        #expect(int(decide["requests"]) == 4)
        #expect(int(decide["errors"]) == 0, "\(decide)")

        // Two cases are left: a pure decide run stops when they are used up, and says so.
        let rest = try report(zcctl, ["--workload", "decide", "--requests", "10"] + m)
        #expect(int(rest["requests"]) == 2, "\(rest)")
        #expect(rest["casesExhausted"] as? Bool == true)

        let mixed = try report(zcctl, ["--workload", "mixed", "--requests", "60", "--connections", "2"] + m)
        #expect(int(mixed["requests"]) == 60)
        #expect(int(mixed["errors"]) == 0, "\(mixed)")
        let operations = try #require(mixed["operations"] as? [[String: Any]])
        #expect(operations.map { $0["operation"] as? String } == ["read", "queue", "save", "decide"])

        let again = try zcctl.run(["bench", "setup", "--examples", Self.examples, "--output", manifestPath])
        #expect(again.status == 2, "a second setup is refused: \(again)")
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    /// The members of the manifest this test reads.
    struct SetupManifest: Decodable {
        struct Account: Decodable {
            var login: String
            var state: String?
        }
        var batch: Int64
        var applicants: [Account]
        var reviewers: [Account]
    }
}

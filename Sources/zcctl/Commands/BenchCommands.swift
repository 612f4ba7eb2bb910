import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl bench …` — a load generator in the spirit of redis-benchmark and pgbench (docs/performance.md).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Load zcd with a workload and report requests/s and latency percentiles.",
        discussion: "See docs/performance.md for the workloads, the manifest format and how each figure is measured.",
        subcommands: [BenchRun.self, BenchSetup.Command.self],
        defaultSubcommand: BenchRun.self)
}

struct BenchRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a workload (the default subcommand: `zcctl bench --workload ping`).",
        discussion: """
            Workloads: ping (rpc.ping); read (application.show by its applicant); queue (review.queue, 50 rows, \
            filtered by batch); save (application.saveBasicInfo of a draft, durable); decide (review.pass of a \
            waiting case, which it consumes); mixed (60% read, 20% queue, 15% save, 5% decide).
            All but ping act as accounts: give --manifest (from `zcctl bench setup` or `zcd generate`), or \
            --applicants FILE with --applicant-password and --reviewer LOGIN with --staff-password.
            Exit codes: 0 the run completed (errors are reported); 1 every request failed; 2 wrong usage; \
            3 zcd unreachable.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "Connections, dealt among the --threads.") var connections = 1
    @Option(help: "Load threads (default: one per vCPU, at most --connections).") var threads: Int?
    @Option(help: "Requests in flight per connection.") var pipeline = 1
    @Option(help: ArgumentHelp("Measure for this long (default 10 s).", valueName: "seconds")) var duration: Double?
    @Option(help: "Measure this many requests instead of a duration.") var requests: Int?
    @Option(help: ArgumentHelp("Run unmeasured for this long first.", valueName: "seconds")) var warmup = 0.0
    @Option(help: "ping, read, queue, save, decide or mixed.") var workload = "ping"
    @Option(help: ArgumentHelp("The accounts and ids to act on (bench setup's or zcd generate's).", valueName: "path"))
    var manifest: String?
    @Option(help: ArgumentHelp("Applicants to act as: one `LOGIN APPLICATION` per line.", valueName: "path"))
    var applicants: String?
    @Option(help: "The password of every applicant of --applicants.") var applicantPassword: String?
    @Option(name: .customLong("reviewer"), help: "A reviewer to act as (repeat for more).") var reviewers: [String] = []
    @Option(help: "The password of every --reviewer.") var staffPassword: String?
    @Option(help: "The batch to filter queues by (default: the manifest's).") var batch: Int64?

    func validate() throws {
        do {
            _ = try plan()
        } catch {
            throw ValidationError(error.description)
        }
        if manifest != nil && (applicants != nil || !reviewers.isEmpty) {
            throw ValidationError("give --manifest, or --applicants and --reviewer, not both")
        }
        if applicants != nil && applicantPassword == nil {
            throw ValidationError("--applicants needs --applicant-password")
        }
        if !reviewers.isEmpty && staffPassword == nil { throw ValidationError("--reviewer needs --staff-password") }
    }

    func plan() throws(BenchUsageError) -> BenchPlan {
        try BenchPlan.make(
            workload: workload, connections: connections, threads: threads, pipeline: pipeline, duration: duration, requests: requests,
            warmup: warmup)
    }

    func run() throws {
        let plan = try plan()
        let socket = SocketLocator.resolve(flag: options.socket).path
        var connectionPlans: [ConnectionPlan]
        if plan.workload == .ping {
            let template = BenchContent.template(.ping, applicant: nil, reviewer: nil, batch: nil)
            connectionPlans = (0..<plan.connections).map {
                ConnectionPlan(
                    templates: [template, nil, nil, nil, nil], single: .ping, quota: plan.quota(connection: $0))
            }
        } else {
            let inputs = try loadManifest()
            try BenchPreparation.check(plan.workload, inputs)
            let client = try options.connect(withSession: false)
            defer { client.close() }
            connectionPlans = try BenchPreparation(plan: plan, manifest: inputs, client: client).connectionPlans()
        }
        let report = try BenchRunner(plan: plan, socketPath: socket).run(connectionPlans)
        options.emit(report) { FileHandle.standardOutput.write(Data(report.render().utf8)) }
        if report.requests == 0 || report.errors == report.requests {
            throw CLIError.local(
                report.requests == 0 ? "no request completed" : "every request failed; see the error codes above")
        }
    }

    private func loadManifest() throws -> BenchManifest {
        var m: BenchManifest
        if let manifest {
            m = try BenchManifest.load(manifest)
        } else {
            var list: [BenchManifest.Applicant] = []
            if let applicants {
                let bytes = try readBytes(applicants)
                list = try BenchManifest.applicants(
                    list: String(decoding: bytes, as: UTF8.self), password: applicantPassword ?? "", source: applicants)
            }
            m = BenchManifest(
                batch: nil, applicants: list,
                reviewers: reviewers.map {
                    .init(login: $0, password: staffPassword ?? "", organization: nil, stage: nil)
                })
        }
        if let batch { m.batch = batch }
        return m
    }
}

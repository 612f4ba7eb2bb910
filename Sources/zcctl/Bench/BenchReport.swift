import Histogram
import ZCProtocol

/// Latency percentiles of one histogram, in microseconds.
struct LatencySummary: Encodable, Equatable, Sendable {
    var p50: Double
    var p90: Double
    var p99: Double
    var p99_9: Double
    var max: Double
    var mean: Double

    static let zero = LatencySummary(p50: 0, p90: 0, p99: 0, p99_9: 0, max: 0, mean: 0)

    /// From a histogram of nanoseconds. HDR reports each percentile as the highest value equivalent to the sample
    /// at that rank (within 0.1 %, three significant digits).
    init(nanoseconds h: Histogram<UInt64>) {
        guard h.totalCount > 0 else {
            self = .zero
            return
        }
        func micros(_ ns: UInt64) -> Double { (Double(ns) / 100).rounded() / 10 }
        p50 = micros(h.valueAtPercentile(50))
        p90 = micros(h.valueAtPercentile(90))
        p99 = micros(h.valueAtPercentile(99))
        p99_9 = micros(h.valueAtPercentile(99.9))
        max = micros(h.max)
        mean = (h.mean / 100).rounded() / 10
    }

    init(p50: Double, p90: Double, p99: Double, p99_9: Double, max: Double, mean: Double) {
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.p99_9 = p99_9
        self.max = max
        self.mean = mean
    }
}

/// The figures of a run: `--json` prints this object; the table shows the same numbers.
struct BenchReport: Encodable, Sendable {
    var workload: String
    var connections: Int
    var threads: Int
    var pipeline: Int
    var warmupSeconds: Double
    /// The measured interval: from the end of the warm-up to the stop (or to the last answer of a --requests run).
    var seconds: Double
    /// Measured requests answered, errors included.
    var requests: Int
    /// Of those, the ones answered with an error (or, for review.pass, with a failed case).
    var errors: Int
    var requestsPerSecond: Double
    var latencyMicroseconds: LatencySummary
    var errorCodes: [ErrorCount]
    var operations: [OperationReport]
    /// Connections that ended before the run did, with why.
    var connectionFailures: [String]
    /// True when a decide connection ran out of waiting cases.
    var casesExhausted: Bool

    struct ErrorCount: Encodable, Equatable, Sendable {
        var code: Int
        var name: String
        var count: Int
    }

    struct OperationReport: Encodable, Sendable {
        var operation: String
        var method: String
        var requests: Int
        var errors: Int
        var latencyMicroseconds: LatencySummary
    }

    /// Merges the connections' results.
    init(plan: BenchPlan, seconds: Double, results: [WorkerResult]) {
        workload = plan.workload.rawValue
        connections = plan.connections
        threads = plan.threads
        pipeline = plan.pipeline
        warmupSeconds = plan.warmupSeconds
        self.seconds = (seconds * 1_000_000).rounded() / 1_000_000
        var total = WorkerResult.newHistogram()
        var codes: [Int: Int] = [:]
        operations = []
        requests = 0
        errors = 0
        for operation in BenchOperation.allCases {
            var merged = WorkerResult.newHistogram()
            var count = 0
            var failed = 0
            for r in results {
                if let h = r.histograms[operation.rawValue] { merged.add(h) }
                count += r.completed[operation.rawValue]
                failed += r.failed[operation.rawValue]
            }
            guard count > 0 || plan.workload.operations.contains(operation) else { continue }
            total.add(merged)
            requests += count
            errors += failed
            operations.append(
                OperationReport(
                    operation: operation.name, method: operation.method, requests: count, errors: failed,
                    latencyMicroseconds: LatencySummary(nanoseconds: merged)))
        }
        for r in results {
            for (code, n) in r.errorCodes { codes[code, default: 0] += n }
        }
        errorCodes = codes.sorted { $0.key < $1.key }.map {
            ErrorCount(code: $0.key, name: ErrorCode(rawValue: $0.key).name, count: $0.value)
        }
        latencyMicroseconds = LatencySummary(nanoseconds: total)
        requestsPerSecond = seconds > 0 ? (Double(requests) / seconds * 10).rounded() / 10 : 0
        connectionFailures = results.compactMap(\.failure)
        casesExhausted = results.contains { $0.casesExhausted }
    }

    /// The human table.
    func render() -> String {
        var lines: [String] = []
        let warm = warmupSeconds > 0 ? ", warm-up \(Self.number(warmupSeconds)) s" : ""
        lines.append(
            "zcctl bench: \(workload), \(connections) connection\(connections == 1 ? "" : "s") on \(threads) "
                + "thread\(threads == 1 ? "" : "s"), pipeline \(pipeline), "
                + "\(Self.number(seconds)) s measured\(warm)")
        lines.append("requests  \(requests)  (\(Self.number(requestsPerSecond)) requests/s)")
        lines.append(
            "errors    \(errors)"
                + (errors > 0
                    ? "  (" + errorCodes.map { "\($0.count) × \($0.code) \($0.name)" }.joined(separator: ", ") + ")"
                    : ""))
        lines.append("")
        var table = TextTable(["LATENCY", "REQUESTS", "ERRORS", "P50", "P90", "P99", "P99.9", "MAX"])
        func row(_ name: String, _ n: Int, _ e: Int, _ l: LatencySummary) {
            table.add([name, String(n), String(e)] + [l.p50, l.p90, l.p99, l.p99_9, l.max].map(Self.duration))
        }
        for o in operations { row(o.operation + " (" + o.method + ")", o.requests, o.errors, o.latencyMicroseconds) }
        if operations.count > 1 { row("all", requests, errors, latencyMicroseconds) }
        lines.append(table.render().trimmingSuffixNewlines())
        if casesExhausted { lines.append("note: cases ran out: some connections had no case left to decide") }
        for f in connectionFailures { lines.append("connection ended early: \(f)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Microseconds as people read them: `85.3 µs`, `1.25 ms`, `2.10 s`.
    static func duration(_ micros: Double) -> String {
        if micros < 1000 { return formatted(micros, decimals: 1) + " µs" }
        if micros < 1_000_000 { return formatted(micros / 1000, decimals: 2) + " ms" }
        return formatted(micros / 1_000_000, decimals: 2) + " s"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : formatted(value, decimals: value < 10 ? 2 : 1)
    }

    static func formatted(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        guard decimals > 0 else { return String(whole) }
        return "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}

import Foundation
import GRPCCore
import Histogram

/// Latency percentiles in microseconds, rounded to 0.1 µs, as `zcctl bench` reports them.
struct LatencySummary: Encodable, Sendable {
    var p50 = 0.0
    var p90 = 0.0
    var p99 = 0.0
    var p99_9 = 0.0
    var max = 0.0
    var mean = 0.0

    init(nanoseconds h: Histogram<UInt64>) {
        guard h.totalCount > 0 else { return }
        func micros(_ ns: UInt64) -> Double { (Double(ns) / 100).rounded() / 10 }
        p50 = micros(h.valueAtPercentile(50))
        p90 = micros(h.valueAtPercentile(90))
        p99 = micros(h.valueAtPercentile(99))
        p99_9 = micros(h.valueAtPercentile(99.9))
        max = micros(h.max)
        mean = (h.mean / 100).rounded() / 10
    }
}

/// The figures of a run, in the shape of `zcctl bench --json` (the members that apply here).
struct Report: Encodable, Sendable {
    var workload: String
    var method: String
    var connections: Int
    var pipeline = 1
    var warmupSeconds: Double
    var seconds: Double
    /// The size of one answer's message (the last connection's, taken before the run).
    var answerBytes: Int
    var requests: Int
    var errors: Int
    var requestsPerSecond: Double
    var latencyMicroseconds: LatencySummary
    var errorCodes: [ErrorCount]
    var connectionFailures: [String]

    struct ErrorCount: Encodable, Sendable {
        var code: Int
        var name: String
        var count: Int
    }

    init(
        workload: String, method: String, connections: Int, warmupSeconds: Double, seconds: Double, answerBytes: Int,
        results: [WorkerResult]
    ) {
        self.workload = workload
        self.method = method
        self.connections = connections
        self.warmupSeconds = warmupSeconds
        self.seconds = seconds
        self.answerBytes = answerBytes
        var total = WorkerResult.newHistogram()
        var codes: [Int: (name: String, count: Int)] = [:]
        for r in results {
            total.add(r.histogram)
            for (code, e) in r.errorCodes { codes[code, default: (e.name, 0)].count += e.count }
        }
        requests = Int(total.totalCount)
        errors = codes.values.reduce(0) { $0 + $1.count }
        requestsPerSecond = (Double(requests) / seconds * 10).rounded() / 10
        latencyMicroseconds = LatencySummary(nanoseconds: total)
        errorCodes = codes.sorted { $0.key < $1.key }.map { ErrorCount(code: $0.key, name: $0.value.name, count: $0.value.count) }
        connectionFailures = results.compactMap(\.failure)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    func render() -> String {
        let warm = warmupSeconds > 0 ? ", warm-up \(warmupSeconds) s" : ""
        var lines = [
            "grpc-bench: \(workload), \(connections) connection\(connections == 1 ? "" : "s"), \(seconds) s measured\(warm)",
            "requests  \(requests)  (\(requestsPerSecond) requests/s)",
            "answer    \(answerBytes) bytes",
            "errors    \(errors)"
                + (errors > 0 ? "  (" + errorCodes.map { "\($0.count) × \($0.name)" }.joined(separator: ", ") + ")" : ""),
            "",
        ]
        let l = latencyMicroseconds
        let header = ["LATENCY", "REQUESTS", "ERRORS", "P50", "P90", "P99", "P99.9", "MAX"]
        let row = ["\(workload) (\(method))", "\(requests)", "\(errors)"]
            + [l.p50, l.p90, l.p99, l.p99_9, l.max].map(Self.duration)
        let widths = zip(header, row).map { max($0.count, $1.count) }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
        }
        lines.append(line(header))
        lines.append(line(row))
        for f in connectionFailures { lines.append("connection ended early: \(f)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Microseconds as people read them: `85.3 µs`, `1.25 ms`, `2.10 s`.
    static func duration(_ micros: Double) -> String {
        if micros < 1000 { return String(format: "%.1f µs", micros) }
        if micros < 1_000_000 { return String(format: "%.2f ms", micros / 1000) }
        return String(format: "%.2f s", micros / 1_000_000)
    }
}

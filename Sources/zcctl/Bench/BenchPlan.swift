import Foundation

/// When a run ends: after a time, or after a number of measured requests (warm-up not counted).
enum BenchStop: Equatable, Sendable {
    case duration(seconds: Double)
    case requests(Int)
}

/// The checked shape of a run: every number in range before anything connects.
struct BenchPlan: Equatable, Sendable {
    var workload: BenchWorkload
    var connections: Int
    /// Load threads; the connections are dealt among them (`BenchThread`).
    var threads: Int
    var pipeline: Int
    var stop: BenchStop
    var warmupSeconds: Double

    static let maximumConnections = 1024
    /// zcd processes up to `limits.maxRequestsInFlight` (default 32) requests of one connection at once and leaves
    /// further frames unread; a deeper pipeline only queues in the socket.
    static let maximumPipeline = 4096
    static let defaultSeconds = 10.0

    /// Checks the options as given on the command line; the message names the option.
    static func make(
        workload: String, connections: Int, threads: Int? = nil, pipeline: Int, duration: Double?, requests: Int?,
        warmup: Double, processors: Int = defaultProcessors()
    ) throws(BenchUsageError) -> BenchPlan {
        guard let w = BenchWorkload(rawValue: workload) else {
            throw BenchUsageError(
                "--workload must be one of "
                    + "\(BenchWorkload.allCases.map(\.rawValue).joined(separator: ", ")), not \(workload)"
            )
        }
        guard (1...maximumConnections).contains(connections) else {
            throw BenchUsageError("--connections must be 1 to \(maximumConnections), not \(connections)")
        }
        if let threads, !(1...connections).contains(threads) {
            throw BenchUsageError("--threads must be 1 to --connections (\(connections)), not \(threads)")
        }
        guard (1...maximumPipeline).contains(pipeline) else {
            throw BenchUsageError("--pipeline must be 1 to \(maximumPipeline), not \(pipeline)")
        }
        guard warmup >= 0, warmup <= 3600, warmup.isFinite else {
            throw BenchUsageError("--warmup must be 0 to 3600 seconds")
        }
        let stop: BenchStop
        switch (duration, requests) {
        case (.some, .some):
            throw BenchUsageError("give --duration or --requests, not both")
        case (.some(let seconds), nil):
            guard seconds > 0, seconds <= 86400, seconds.isFinite else {
                throw BenchUsageError("--duration must be more than 0 and at most 86400 seconds")
            }
            stop = .duration(seconds: seconds)
        case (nil, .some(let count)):
            guard count >= connections else {
                throw BenchUsageError("--requests (\(count)) must be at least --connections (\(connections))")
            }
            stop = .requests(count)
        case (nil, nil):
            stop = .duration(seconds: defaultSeconds)
        }
        return BenchPlan(
            workload: w, connections: connections, threads: threads ?? min(connections, max(processors, 1)),
            pipeline: pipeline, stop: stop, warmupSeconds: warmup)
    }

    /// The vCPUs this process may run on (its affinity, as `taskset` sets it): one load thread each by default,
    /// since a thread per connection spends the CPU the daemon needs on waking threads.
    static func defaultProcessors() -> Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// How many measured requests connection `index` sends in a `--requests` run: the total split evenly, the first
    /// connections taking one more when it does not divide.
    func quota(connection index: Int) -> Int? {
        guard case .requests(let total) = stop else { return nil }
        return total / connections + (index < total % connections ? 1 : 0)
    }
}

/// A bench option that is wrong; zcctl exits with 2.
struct BenchUsageError: Error, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

import Dispatch
import Foundation

/// Runs a plan: its connections dealt round-robin to its threads, all connected before any sends, a warm-up, then
/// the measured interval.
struct BenchRunner {
    let plan: BenchPlan
    let socketPath: String

    /// Connects every connection, runs them and merges what they measured.
    ///
    /// - Throws: `CLIError.unreachable` when a connection cannot be opened.
    func run(_ connections: [ConnectionPlan]) throws(CLIError) -> BenchReport {
        let control = RunControl(warmingUp: plan.warmupSeconds > 0)
        var workers: [BenchWorker] = []
        for (i, connection) in connections.enumerated() {
            let socket: BenchSocket
            do {
                socket = try BenchSocket(path: socketPath)
            } catch {
                throw .unreachable("cannot open connection \(i + 1) to zcd at \(socketPath): \(error)")
            }
            workers.append(BenchWorker(socket: socket, plan: connection, control: control, depth: plan.pipeline))
        }
        let threads = (0..<plan.threads).map { t in
            BenchThread(workers: stride(from: t, to: workers.count, by: plan.threads).map { workers[$0] })
        }
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for benchThread in threads {
            done.enter()
            let thread = Thread {
                go.wait()
                benchThread.run()
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        var measuredFrom = monotonicNanoseconds()
        for _ in threads { go.signal() }
        if plan.warmupSeconds > 0 {
            _ = done.wait(timeout: .now() + plan.warmupSeconds)
            measuredFrom = monotonicNanoseconds()
            control.measure()
        }
        var measuredTo: UInt64?
        if case .duration(let seconds) = plan.stop {
            if done.wait(timeout: .now() + seconds) == .timedOut {
                measuredTo = monotonicNanoseconds()
                control.stop()
            }
        }
        done.wait()
        let results = workers.map(\.result)
        // A --requests run (or one whose connections all ran out of work) ends with its last answer.
        let end = measuredTo ?? results.map(\.lastAnswerAt).max() ?? measuredFrom
        let seconds = end > measuredFrom ? Double(end - measuredFrom) / 1e9 : 0
        return BenchReport(plan: plan, seconds: seconds, results: results)
    }
}

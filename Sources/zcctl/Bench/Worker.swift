import Histogram
import Synchronization
import ZCProtocol

/// The run's phase, shared by every connection: requests sent while warming up are not measured, and nothing is
/// sent once the run stops.
final class RunControl: Sendable {
    static let warmingUp = 0
    static let measuring = 1
    static let stopping = 2
    let phase: Atomic<Int>

    init(warmingUp: Bool) {
        phase = Atomic(warmingUp ? Self.warmingUp : Self.measuring)
    }

    /// Ends the warm-up: requests sent from now on are measured.
    func measure() { phase.store(Self.measuring, ordering: .relaxed) }

    /// Ends the run: no more requests are sent.
    func stop() { phase.store(Self.stopping, ordering: .relaxed) }
}

/// What one connection sends: a frame template per operation, the cases it may decide, and how it picks.
struct ConnectionPlan: Sendable {
    /// Templates by `BenchOperation.rawValue`; the first hole is the id, `decide` has two more (case, step).
    var templates: [FrameTemplate?]
    /// The cases this connection decides, in order; each is used once.
    var cases: [CaseStep] = []
    /// Set for `mixed`; otherwise every request is `single`.
    var chooser: OperationChooser?
    var single: BenchOperation
    /// Measured requests to send in a `--requests` run.
    var quota: Int?
}

/// One connection's load: keep `depth` requests in flight, and send the next one for every answer that comes back.
/// A `BenchThread` drives it, alone or with other connections.
///
/// Each in-flight request holds a slot; its id is `slot + 1 + depth × k`, so an answer finds its slot by
/// arithmetic, whatever order answers come in. Frames that one `recv` completes are answered together by one
/// `send`, and one clock reading stamps them all.
final class BenchWorker: @unchecked Sendable {
    // @unchecked: a worker is built by the main thread, then used only by its thread until that thread ends.
    let socket: BenchSocket
    private var plan: ConnectionPlan
    private let control: RunControl
    private let depth: Int
    private(set) var result: WorkerResult

    private var slotID: [Int64]
    private var slotOperation: [BenchOperation]
    private var slotSentAt: [UInt64]
    private var slotMeasured: [Bool]
    private var slotBusy: [Bool]
    private var outstanding = 0
    private var measuredSent = 0
    private var nextCase = 0
    private var freed: [Int] = []
    private var out: [UInt8] = []
    private var buffer: ReceiveBuffer?

    init(socket: BenchSocket, plan: ConnectionPlan, control: RunControl, depth: Int) {
        self.socket = socket
        self.plan = plan
        self.control = control
        self.depth = depth
        result = WorkerResult()
        slotID = (0..<depth).map { Int64($0 + 1) - Int64(depth) }
        slotOperation = Array(repeating: plan.single, count: depth)
        slotSentAt = Array(repeating: 0, count: depth)
        slotMeasured = Array(repeating: false, count: depth)
        slotBusy = Array(repeating: false, count: depth)
        freed.reserveCapacity(depth)
        out.reserveCapacity(depth * 512)
    }

    deinit { buffer?.deallocate() }

    /// Sends the first `depth` requests; false when the connection is already done (nothing to send, or it failed).
    func begin() -> Bool {
        buffer = ReceiveBuffer(capacity: 64 * 1024)
        let start = monotonicNanoseconds()
        for slot in 0..<depth where !issue(slot, at: start) { break }
        do {
            try flush()
        } catch {
            result.failure = "\(error)"
            return false
        }
        return outstanding > 0
    }

    /// One `recv` — waiting for it, or only taking what has arrived — then the answers it completes and the requests
    /// that replace them. False when the connection is done: nothing left in flight, or it failed.
    func receive(wait: Bool) -> Bool {
        guard var buffer else { return false }
        defer { self.buffer = buffer }
        do {
            guard let n = try socket.receive(into: buffer.freeSpace, wait: wait) else { return true }
            if n == 0 { throw BenchSocketError("the daemon closed the connection") }
            buffer.filled(n)
            let now = monotonicNanoseconds()
            let phase = control.phase.load(ordering: .relaxed)
            freed.removeAll(keepingCapacity: true)
            while let body = try buffer.nextFrame() {
                if let slot = complete(body, at: now, phase: phase) { freed.append(slot) }
            }
            let sendAt = monotonicNanoseconds()
            for slot in freed where !issue(slot, at: sendAt) { break }
            try flush()
        } catch {
            result.failure = "\(error)"
            return false
        }
        return outstanding > 0
    }

    /// Ends a connection that its thread gave up waiting for.
    func fail(_ reason: String) { result.failure = reason }

    /// Sends the next request in `slot`; false when this connection has nothing more to send.
    private func issue(_ slot: Int, at now: UInt64) -> Bool {
        let phase = control.phase.load(ordering: .relaxed)
        if phase == RunControl.stopping { return false }
        let measured = phase == RunControl.measuring
        if measured, let quota = plan.quota, measuredSent >= quota { return false }
        var operation = plan.chooser?.next() ?? plan.single
        var caseStep: CaseStep?
        if operation == .decide {
            if nextCase < plan.cases.count {
                caseStep = plan.cases[nextCase]
                nextCase += 1
            } else {
                result.casesExhausted = true
                // A blend keeps its pace with a reviewer's other call; a pure decide run has nothing left to do.
                guard plan.chooser != nil else { return false }
                operation = .queue
            }
        }
        guard let template = plan.templates[operation.rawValue] else { return false }
        let id = slotID[slot] + Int64(depth)
        if let caseStep {
            template.append(values: [id, caseStep.application, Int64(caseStep.step)], to: &out)
        } else {
            template.append(id: id, to: &out)
        }
        slotID[slot] = id
        slotOperation[slot] = operation
        slotSentAt[slot] = now
        slotMeasured[slot] = measured
        slotBusy[slot] = true
        outstanding += 1
        if measured { measuredSent += 1 }
        return true
    }

    /// Records one answer; returns its slot, or nil for an answer to no request of ours.
    private func complete(_ body: UnsafeRawBufferPointer, at now: UInt64, phase: Int) -> Int? {
        guard let probe = ResponseProbe.probe(body), let id = probe.id, id >= 1 else {
            result.strayAnswers += 1
            return nil
        }
        let slot = Int((id - 1) % Int64(depth))
        guard slotBusy[slot], slotID[slot] == id else {
            result.strayAnswers += 1
            return nil
        }
        slotBusy[slot] = false
        outstanding -= 1
        guard slotMeasured[slot], phase == RunControl.measuring else { return slot }
        let operation = slotOperation[slot]
        var code = probe.errorCode
        if code == nil, operation == .decide {
            code = DecisionCheck.failedItemCode(UnsafeRawBufferPointer(rebasing: body[probe.result]))
        }
        result.record(operation, nanoseconds: now &- slotSentAt[slot], errorCode: code, at: now)
        return slot
    }

    private func flush() throws(BenchSocketError) {
        guard !out.isEmpty else { return }
        try socket.send(out)
        out.removeAll(keepingCapacity: true)
    }
}

/// What one connection measured.
struct WorkerResult: Sendable {
    /// Latency histograms in nanoseconds, by `BenchOperation.rawValue`.
    var histograms: [Histogram<UInt64>?] = Array(repeating: nil, count: BenchOperation.allCases.count)
    var completed = Array(repeating: 0, count: BenchOperation.allCases.count)
    var failed = Array(repeating: 0, count: BenchOperation.allCases.count)
    /// Failed requests by error code.
    var errorCodes: [Int: Int] = [:]
    /// Answers whose id matched no request in flight.
    var strayAnswers = 0
    /// Why the connection ended early, if it did.
    var failure: String?
    /// Set when a decide connection used up its cases.
    var casesExhausted = false
    /// When the last measured answer arrived (monotonic ns).
    var lastAnswerAt: UInt64 = 0

    /// Values above a minute are recorded as a minute.
    static let highestTrackable: UInt64 = 60_000_000_000

    static func newHistogram() -> Histogram<UInt64> {
        Histogram<UInt64>(
            lowestDiscernibleValue: 1, highestTrackableValue: highestTrackable, numberOfSignificantValueDigits: .three)
    }

    mutating func record(_ operation: BenchOperation, nanoseconds: UInt64, errorCode: Int?, at now: UInt64) {
        let i = operation.rawValue
        if histograms[i] == nil { histograms[i] = Self.newHistogram() }
        _ = histograms[i]?.record(min(max(nanoseconds, 1), Self.highestTrackable))
        completed[i] += 1
        if let errorCode {
            failed[i] += 1
            errorCodes[errorCode, default: 0] += 1
        }
        lastAnswerAt = now
    }
}

/// What `zcctl bench` asks the daemon, one kind of request per operation.
enum BenchOperation: Int, CaseIterable, Sendable {
    /// `rpc.ping`: the envelope alone, answered on zcd's event loop.
    case ping
    /// `application.show` of the caller's own whole declaration, by its applicant.
    case read
    /// `review.queue`: the first page (50 rows) of a reviewer's queue, filtered by batch, longest waiting first.
    case queue
    /// `application.saveBasicInfo` of the caller's own draft: a durable write.
    case save
    /// `review.pass` of one case waiting for the reviewer: a durable write that consumes the case.
    case decide

    var name: String {
        switch self {
        case .ping: "ping"
        case .read: "read"
        case .queue: "queue"
        case .save: "save"
        case .decide: "decide"
        }
    }

    var method: String {
        switch self {
        case .ping: "rpc.ping"
        case .read: "application.show"
        case .queue: "review.queue"
        case .save: "application.saveBasicInfo"
        case .decide: "review.pass"
        }
    }

    /// Whether the operation acts as an applicant (else as a reviewer, or as nobody for ping).
    var needsApplicant: Bool { self == .read || self == .save }
    var needsReviewer: Bool { self == .queue || self == .decide }
}

/// A workload: one operation, or the blend `mixed`.
enum BenchWorkload: String, CaseIterable, Sendable {
    case ping, read, queue, save, decide, mixed

    /// The blend of `mixed`, in percent: a reviewer-heavy day near a batch's close. Reads dominate (applicants and
    /// reviewers open declarations far more often than they change them); one request in twenty is a decision.
    static let mixedBlend: [(BenchOperation, Int)] = [(.read, 60), (.queue, 20), (.save, 15), (.decide, 5)]

    /// The operations this workload sends.
    var operations: [BenchOperation] {
        switch self {
        case .ping: [.ping]
        case .read: [.read]
        case .queue: [.queue]
        case .save: [.save]
        case .decide: [.decide]
        case .mixed: Self.mixedBlend.map(\.0)
        }
    }

    var needsApplicants: Bool { operations.contains { $0.needsApplicant } }
    var needsReviewers: Bool { operations.contains { $0.needsReviewer } }
    /// Saves need declarations that are still drafts.
    var needsDrafts: Bool { operations.contains(.save) }
}

/// Picks each next operation of a `mixed` connection by the blend's weights, from a seeded generator so that a run
/// is repeatable.
struct OperationChooser: Sendable {
    private var state: UInt64
    private let table: [BenchOperation]

    /// - Parameter blend: operations and their weights (whole percent or any positive integers).
    init(blend: [(BenchOperation, Int)], seed: UInt64) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
        table = blend.flatMap { Array(repeating: $0.0, count: max($0.1, 0)) }
    }

    /// SplitMix64: fast, and good enough to spread a blend.
    mutating func next() -> BenchOperation {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return table.isEmpty ? .ping : table[Int(z % UInt64(table.count))]
    }
}

/// The history of one generated declaration: its state, every submission and every decision along its review chain,
/// with times, in the order the engine would have recorded them. Positions follow the engine's rules: a case
/// enters at its employer's handler; a handler's pass goes to the leader; a leader's pass goes to the parent's
/// handler, or to 待公示 at the chain's end; return, reject and blacklist take it out of the chain.
struct GeneratedCase {
    /// One decision.
    struct Step {
        var round: Int
        /// Index into the chain (0 = the employer).
        var chainIndex: Int
        var stage: ReviewStage
        var outcome: ReviewOutcome
        var at: GeneratedTime
        var opinion: String?
        var marks: [SectionKey]
    }

    var state: ApplicationState
    var createdAt: GeneratedTime
    var updatedAt: GeneratedTime
    /// One per round, oldest first.
    var submissions: [GeneratedTime] = []
    var steps: [Step] = []
    /// Where a submitted case waits: (chain index, stage).
    var position: (chainIndex: Int, stage: ReviewStage)?
    var waitingSince: GeneratedTime?

    var round: Int { submissions.count }
    /// The engine's `review_seq`: +1 per submission (enterChain) and per decision.
    var reviewSeq: Int { submissions.count + steps.count }
    var lastReturn: Step? { state == .returned ? steps.last : nil }

    /// The states and how often each occurs in a batch a few weeks before it closes.
    static let stateWeights: [(ApplicationState, Double)] = [
        (.draft, 0.15), (.submitted, 0.62), (.returned, 0.06), (.rejected, 0.03), (.blacklisted, 0.005),
        (.awaitingPublicity, 0.135),
    ]

    /// A case whose chain has `chainLength` organisations, created between `opens` and `now`.
    static func make(
        chainLength: Int, opens: GeneratedTime, now: GeneratedTime, _ random: inout GeneratorRandom
    ) -> GeneratedCase {
        let state = random.weighted(stateWeights)
        let span = max(GeneratedTime.day, now.millis - opens.millis - 2 * GeneratedTime.day)
        let created = opens.adding(Int64(random.unit() * Double(span)))
        var c = GeneratedCase(state: state, createdAt: created, updatedAt: created)
        let positions = chainLength * 2
        guard state != .draft else {
            c.updatedAt = created.adding(Int64(random.unit() * Double(now.millis - created.millis)))
            return c
        }
        // Earlier rounds, each ended by a return; then the current round.
        let earlierRounds = state == .returned ? (random.chance(0.15) ? 1 : 0) : (random.chance(0.1) ? 1 : 0)
        var plan: [(round: Int, passes: Int, end: ReviewOutcome?)] = []
        for r in 0..<earlierRounds { plan.append((r + 1, returnPosition(positions, &random), .return)) }
        let round = earlierRounds + 1
        switch state {
        case .submitted:
            plan.append((round, waitingPosition(positions, &random), nil))
        case .awaitingPublicity:
            plan.append((round, positions, nil))
        case .returned:
            plan.append((round, returnPosition(positions, &random), .return))
        case .rejected:
            plan.append((round, returnPosition(positions, &random), .reject))
        case .blacklisted:
            plan.append((round, returnPosition(positions, &random), .blacklist))
        default:
            break
        }
        // Times: the events of all rounds spread in order between a while after creation and now.
        let events = plan.reduce(0) { $0 + 1 + $1.passes + ($1.end == nil ? 0 : 1) }
        let start = created.adding(GeneratedTime.hour + Int64(random.unit() * 2 * Double(GeneratedTime.day)))
        let end = now.adding(-10 * GeneratedTime.minute)
        var times = (0..<events).map { _ in
            start.millis + Int64(random.unit() * Double(max(1, end.millis - start.millis)))
        }
        times.sort()
        var t = times.makeIterator()
        func next() -> GeneratedTime { GeneratedTime(millis: t.next() ?? end.millis) }
        for item in plan {
            c.submissions.append(next())
            for p in 0..<item.passes {
                let stage: ReviewStage = p % 2 == 0 ? .handler : .leader
                let opinion = random.chance(0.4) ? random.pick(GeneratedText.passOpinions) : nil
                c.steps.append(
                    Step(
                        round: item.round, chainIndex: p / 2, stage: stage, outcome: .pass, at: next(),
                        opinion: opinion, marks: []))
            }
            if let outcome = item.end {
                let p = item.passes
                var opinion: String
                var marks: [SectionKey] = []
                switch outcome {
                case .return:
                    let reason = random.pick(GeneratedText.returnReasons)
                    opinion = reason.0
                    marks = reason.1.sorted { $0.rawValue < $1.rawValue }
                case .reject: opinion = random.pick(GeneratedText.rejectReasons)
                case .blacklist: opinion = random.pick(GeneratedText.blacklistReasons)
                case .pass, .published, .objectionDismissed, .routed, .entrusted: opinion = ""
                }
                c.steps.append(
                    Step(
                        round: item.round, chainIndex: p / 2, stage: p % 2 == 0 ? .handler : .leader, outcome: outcome,
                        at: next(), opinion: opinion, marks: marks))
            }
        }
        let last = max(c.submissions.last ?? created, c.steps.last?.at ?? created)
        c.waitingSince = last
        c.updatedAt = last
        if state == .submitted, let item = plan.last {
            c.position = (item.passes / 2, item.passes % 2 == 0 ? .handler : .leader)
        }
        return c
    }

    /// Where a case in review waits: handlers are the bottleneck, and the chain's last office (the city) most of all.
    static func waitingPosition(_ positions: Int, _ random: inout GeneratorRandom) -> Int {
        let weights = (0..<positions).map { p -> Double in
            if p == positions - 2 { return 4 }
            return p % 2 == 0 ? 3 : 1
        }
        return random.weighted(weights)
    }

    /// Where a case is returned, rejected or blacklisted: mostly by the employer, less often higher up.
    static func returnPosition(_ positions: Int, _ random: inout GeneratorRandom) -> Int {
        random.weighted((0..<positions).map { 1.0 / Double($0 + 1) })
    }
}

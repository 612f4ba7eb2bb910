import Testing

@testable import zcctl

/// `zcctl bench` options: every number is checked before anything connects, and the message names the option.
@Suite struct BenchPlanTests {
    private func plan(
        _ workload: String = "ping", connections: Int = 1, threads: Int? = nil, pipeline: Int = 1,
        duration: Double? = nil, requests: Int? = nil, warmup: Double = 0, processors: Int = 2
    ) throws(BenchUsageError) -> BenchPlan {
        try BenchPlan.make(
            workload: workload, connections: connections, threads: threads, pipeline: pipeline, duration: duration,
            requests: requests, warmup: warmup, processors: processors)
    }

    private func refusal(_ make: () throws -> BenchPlan) -> String? {
        do {
            _ = try make()
            return nil
        } catch let error as BenchUsageError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func withNothingGivenItPingsOverOneConnectionForTenSeconds() throws {
        let p = try plan()
        #expect(
            p
                == BenchPlan(
                    workload: .ping, connections: 1, threads: 1, pipeline: 1, stop: .duration(seconds: 10),
                    warmupSeconds: 0))
    }

    @Test func threadsDefaultToOnePerProcessorAndNeverExceedTheConnections() throws {
        #expect(try plan(connections: 32, processors: 2).threads == 2)
        #expect(try plan(connections: 32, processors: 1).threads == 1)
        #expect(try plan(connections: 3, processors: 8).threads == 3)
        #expect(try plan(connections: 32, threads: 32, processors: 2).threads == 32)
        #expect(try plan(connections: 5, threads: 1, processors: 2).threads == 1)
        #expect(BenchPlan.defaultProcessors() >= 1)
    }

    @Test func everyWorkloadNameIsAccepted() throws {
        for name in ["ping", "read", "queue", "save", "decide", "mixed"] {
            #expect(try plan(name).workload.rawValue == name)
        }
    }

    @Test func wrongValuesAreRefusedNamingTheOption() {
        #expect(refusal { try plan("pong") }?.hasPrefix("--workload must be one of ping, read") == true)
        #expect(refusal { try plan(connections: 0) }?.hasPrefix("--connections") == true)
        #expect(refusal { try plan(connections: 1025) }?.hasPrefix("--connections") == true)
        #expect(refusal { try plan(pipeline: 0) }?.hasPrefix("--pipeline") == true)
        #expect(refusal { try plan(connections: 4, threads: 0) } == "--threads must be 1 to --connections (4), not 0")
        #expect(refusal { try plan(connections: 4, threads: 5) }?.hasPrefix("--threads") == true)
        #expect(refusal { try plan(duration: 0) }?.hasPrefix("--duration") == true)
        #expect(refusal { try plan(duration: -3) }?.hasPrefix("--duration") == true)
        #expect(refusal { try plan(warmup: -1) }?.hasPrefix("--warmup") == true)
        #expect(refusal { try plan(duration: 5, requests: 100) } == "give --duration or --requests, not both")
        #expect(refusal { try plan(connections: 8, requests: 7) }?.hasPrefix("--requests (7) must be at least") == true)
    }

    @Test func requestsAreSplitEvenlyWithTheRemainderOnTheFirstConnections() throws {
        let p = try plan(connections: 3, requests: 200)
        #expect((0..<3).compactMap { p.quota(connection: $0) } == [67, 67, 66])
        #expect(try plan(duration: 1).quota(connection: 0) == nil)
    }

    @Test func theMixedBlendAddsUpToAHundredAndItsChooserFollowsIt() {
        #expect(BenchWorkload.mixedBlend.reduce(0) { $0 + $1.1 } == 100)
        var chooser = OperationChooser(blend: BenchWorkload.mixedBlend, seed: 1)
        var counts: [BenchOperation: Int] = [:]
        for _ in 0..<100_000 { counts[chooser.next(), default: 0] += 1 }
        for (operation, percent) in BenchWorkload.mixedBlend {
            let share = Double(counts[operation] ?? 0) / 1000
            #expect(abs(share - Double(percent)) < 1.0, "\(operation): \(share)%")
        }
        #expect(counts[.ping] == nil)
    }

    @Test func whatEachWorkloadNeeds() {
        #expect(!BenchWorkload.ping.needsApplicants && !BenchWorkload.ping.needsReviewers)
        #expect(BenchWorkload.read.needsApplicants && !BenchWorkload.read.needsDrafts)
        #expect(BenchWorkload.save.needsDrafts)
        #expect(BenchWorkload.decide.needsReviewers && !BenchWorkload.decide.needsApplicants)
        #expect(
            BenchWorkload.mixed.needsApplicants && BenchWorkload.mixed.needsReviewers && BenchWorkload.mixed.needsDrafts
        )
    }
}

import Foundation
import Histogram
import Testing
import ZCProtocol

@testable import zcctl

/// What a run reports: percentiles from the HDR histogram, merged connections, error codes, the JSON shape.
@Suite struct BenchReportTests {
    /// 1 µs … 1000 µs, once each: the p-th percentile is p × 10 µs, within HDR's 0.1 %.
    private func uniform() -> Histogram<UInt64> {
        var h = WorkerResult.newHistogram()
        for micros in 1...1000 { _ = h.record(UInt64(micros) * 1000) }
        return h
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= b * 0.001 + 0.1 }

    @Test func percentilesOfAKnownSetOfSamples() {
        let s = LatencySummary(nanoseconds: uniform())
        #expect(close(s.p50, 500), "\(s.p50)")
        #expect(close(s.p90, 900), "\(s.p90)")
        #expect(close(s.p99, 990), "\(s.p99)")
        #expect(close(s.p99_9, 999), "\(s.p99_9)")
        #expect(close(s.max, 1000), "\(s.max)")
        #expect(close(s.mean, 500.5), "\(s.mean)")
    }

    @Test func oneSlowRequestInAThousandShowsAtP99_9AndMaxOnly() {
        var h = WorkerResult.newHistogram()
        for _ in 0..<999 { _ = h.record(10_000) }
        _ = h.record(50_000_000)
        let s = LatencySummary(nanoseconds: h)
        #expect(close(s.p50, 10) && close(s.p99, 10))
        #expect(close(s.p99_9, 10))
        #expect(close(s.max, 50_000), "\(s.max)")
        #expect(LatencySummary(nanoseconds: WorkerResult.newHistogram()) == .zero)
    }

    @Test func connectionsAreMergedPerOperationAndInTotal() throws {
        var a = WorkerResult()
        var b = WorkerResult()
        for i in 1...600 { a.record(.read, nanoseconds: UInt64(i) * 1000, errorCode: nil, at: 1) }
        for i in 601...1000 { b.record(.read, nanoseconds: UInt64(i) * 1000, errorCode: nil, at: 2) }
        for _ in 0..<10 { b.record(.decide, nanoseconds: 2_000_000, errorCode: 1011, at: 3) }
        a.record(.save, nanoseconds: 3_000_000, errorCode: 1006, at: 4)
        let plan = BenchPlan(workload: .mixed, connections: 2, threads: 2, pipeline: 1, stop: .requests(1011), warmupSeconds: 0)
        let r = BenchReport(plan: plan, seconds: 2, results: [a, b])
        #expect(r.requests == 1011)
        #expect(r.errors == 11)
        #expect(r.requestsPerSecond == 505.5)
        #expect(r.operations.map(\.operation) == ["read", "queue", "save", "decide"])
        #expect(r.operations.map(\.requests) == [1000, 0, 1, 10])
        let read = try #require(r.operations.first)
        #expect(close(read.latencyMicroseconds.p50, 500))
        #expect(
            r.errorCodes == [
                .init(code: 1006, name: "failed_precondition", count: 1), .init(code: 1011, name: "aborted", count: 10),
            ])
        #expect(close(r.latencyMicroseconds.max, 3000))
    }

    @Test func theJSONShapeIsTheDocumentedOne() throws {
        var a = WorkerResult()
        a.record(.ping, nanoseconds: 9000, errorCode: nil, at: 1)
        let plan = BenchPlan(workload: .ping, connections: 1, threads: 1, pipeline: 1, stop: .requests(1), warmupSeconds: 0)
        let json = try ZCJSON.encode(BenchReport(plan: plan, seconds: 0.5, results: [a]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "workload", "connections", "threads", "pipeline", "warmupSeconds", "seconds", "requests", "errors",
                "requestsPerSecond", "latencyMicroseconds", "errorCodes", "operations", "connectionFailures",
                "casesExhausted",
            ])
        let latency = try #require(object["latencyMicroseconds"] as? [String: Any])
        #expect(Set(latency.keys) == ["p50", "p90", "p99", "p99_9", "max", "mean"])
        #expect((object["requests"] as? NSNumber)?.intValue == 1)
        #expect((object["requestsPerSecond"] as? NSNumber)?.doubleValue == 2)
    }

    @Test func durationsReadAsPeopleReadThem() {
        #expect(BenchReport.duration(85.34) == "85.3 µs")
        #expect(BenchReport.duration(1250) == "1.25 ms")
        #expect(BenchReport.duration(2_100_000) == "2.10 s")
        #expect(BenchReport.number(12345.67) == "12345.7")
        #expect(BenchReport.number(10) == "10")
    }

    @Test func aFailedCaseInsideAPassIsAnErrorWithItsCode() {
        let ok = #"[{"application":5,"case":{"step":3},"ok":true}]"#
        let failed = #"[{"application":5,"error":{"code":1011,"data":{"name":"aborted"},"message":"m"},"ok":false}]"#
        #expect(DecisionCheck.failedItemCode(Array(ok.utf8)) == nil)
        #expect(DecisionCheck.failedItemCode(Array(failed.utf8)) == 1011)
    }
}

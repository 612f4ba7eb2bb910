import Testing
import ZCProtocol

/// Every message of every method, compared byte for byte with its fixture and decoded back to the same value.
@Suite struct GoldenTests {
    private func check(_ message: GoldenMessage) throws {
        let encoded = try message.encode()
        guard let golden = try GoldenFiles.check(message.name, encoded: encoded) else { return }
        #expect(try message.decodesToSample(golden), "Golden/\(message.name).json does not decode to the sample")
    }

    @Test(arguments: MethodRegistry.all.map { $0.method })
    func paramsMatchTheirFixture(method: String) throws {
        let sample = try #require(Samples.byMethod[method], "no sample for \(method) in Samples.swift")
        try check(sample.params)
    }

    @Test(arguments: MethodRegistry.all.map { $0.method })
    func resultMatchesItsFixture(method: String) throws {
        let sample = try #require(Samples.byMethod[method], "no sample for \(method) in Samples.swift")
        try check(sample.result)
    }

    @Test func fullWireErrorMatchesItsFixture() throws {
        let error = WireError(
            code: .invalidArgument, message: "职称系列 is required",
            data: ErrorData(
                name: "invalid_argument", field: "params.entries[2].school", permission: "review.handler",
                scope: "admin of the parent organisation", state: "submitted", retryAfterSeconds: 60,
                violations: [
                    FieldViolation(field: "params.entries[2].school", reason: "must not be empty"),
                    FieldViolation(field: "params.code", reason: "must be 6 digits"),
                ]))
        try check(GoldenMessage(name: "error.full", sample: error))
    }

    @Test func minimalWireErrorMatchesItsFixture() throws {
        try check(GoldenMessage(name: "error.minimal", sample: WireError(code: .notFound, message: "no such thing")))
    }

    /// The whole contract as `rpc.describe` states it: any change to a method's shape shows up in this one diff.
    @Test func describeMatchesItsFixture() throws {
        try check(GoldenMessage(name: "contract.describe", sample: MethodRegistry.describe()))
    }
}

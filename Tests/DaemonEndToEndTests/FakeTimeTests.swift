import Foundation
import Testing
import ZCProtocol

/// The built zcd under libfaketime (`FakeTime`), which the review-chain scenario relies on to let a publicity end:
/// Swift's `Date()` in the daemon follows the fake clock, the daemon takes its config without flags, and it stops
/// cleanly on SIGTERM.
@Suite struct FakeTimeTests {
    @Test func zcdSeesTheFakeClockAndStopsOnSigterm() throws {
        let clock = FakeTime(offset: 400 * 86_400)
        let daemon = try Daemon(clock: clock)
        #expect(daemon.log.contains("state in \(daemon.stateDirectory)"), "\(daemon.log)")
        let province = Zcctl(daemon, as: "province")
        let initialized = try province.json(SystemInitResult.self, ["init"])
        try province.activate(
            initialized.admin.account, initialPassword: initialized.admin.initialPassword,
            password: ExampleTree.password)

        // A batch from 300 to 500 days ahead of the real clock is open now for zcd, 400 days ahead…
        let iso = ISO8601DateFormatter()
        let real = Date()
        let batch = try province.json(
            BatchInfo.self,
            [
                "batch", "create", "--year", "2027", "--name", "时钟检查", "--series", "zhongxiaoxue",
                "--opens", iso.string(from: real.addingTimeInterval(300 * 86_400)),
                "--closes", iso.string(from: real.addingTimeInterval(500 * 86_400)),
            ])
        #expect(batch.open, "zcd's Date() does not follow libfaketime")
        // …and one that closes 100 days ahead of the real clock has closed already.
        try province.refused(
            [
                "batch", "create", "--year", "2027", "--name", "时钟检查二", "--series", "zhongxiaoxue",
                "--opens", iso.string(from: real), "--closes", iso.string(from: real.addingTimeInterval(100 * 86_400)),
            ], "invalid_argument", mentions: ["params.closesAt"])
        #expect(try daemon.stop() == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
    }
}

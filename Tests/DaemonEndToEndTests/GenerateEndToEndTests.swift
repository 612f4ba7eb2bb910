import Foundation
import Testing

/// `zcd generate` writes a small province into a new state folder; the daemon serves it as it is, and a generated
/// reviewer logs in with the manifest's password, reads its queue and passes a case through the zcctl binary.
@Suite struct GenerateEndToEndTests {
    @Test func generatedProvinceIsServedAsIs() throws {
        let folder = try TempFolder()
        let state = folder.file("province")
        let args = ["generate", "--state-dir", state, "--applicants", "60", "--employers", "8", "--seed", "3"]
        let generated = try Zcctl.runBinary(try Binaries.zcd, args, stdin: "", environment: [:], seconds: 300)
        #expect(generated.status == 0, "\(generated)")
        #expect(generated.stdout.contains("rows per table:"))
        #expect(generated.stdout.contains("application_section"))

        let refused = try Zcctl.runBinary(try Binaries.zcd, args, stdin: "", environment: [:])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--force"))

        let data = try #require(FileManager.default.contents(atPath: state + "/generated.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["version"] as? Int == 1)
        let password = try #require(manifest["password"] as? String)
        let reviewers = try #require(manifest["reviewers"] as? [[String: Any]])
        let reviewer = try #require(reviewers.first)
        let login = try #require(reviewer["login"] as? String)
        let cases = try #require(reviewer["cases"] as? [[String: Any]])
        let first = try #require(cases.first?["application"] as? Int)

        let daemon = try Daemon(folder: folder, stateDirectory: state)
        let zcctl = Zcctl(folder: folder, socket: daemon.socketPath)
        let loggedIn = try zcctl.run(["login", login], stdin: password + "\n")
        #expect(loggedIn.status == 0, "\(loggedIn)")
        let queue = try zcctl.run(["review", "queue", "--limit", "50"])
        #expect(queue.status == 0, "\(queue)")
        #expect(queue.stdout.contains(String(first)))
        let passed = try zcctl.run(["review", "pass", String(first)])
        #expect(passed.status == 0, "\(passed)")
        let history = try zcctl.run(["history", String(first)])
        #expect(history.status == 0, "\(history)")
        #expect(try daemon.stop() == 0)
    }
}

import ArgumentParser
import Foundation
import ZCProtocol

/// zcctl — the operators' client for zcd.
@main
struct ZCCtl: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "zcctl",
        abstract: "Talk to zcd, the professional-title (职称) declaration and review daemon.",
        discussion: """
            Exit codes: 0 ok; 1 the daemon answered with an error; 2 wrong usage; 3 the daemon is unreachable.
            The session of `zcctl login` is kept in $XDG_CONFIG_HOME/zcctl/session (mode 0600).
            """,
        version: version,
        subcommands: [
            Ping.self, Version.self, Describe.self, Call.self,
            Org.self, Staff.self,
            Init.self, Login.self, Logout.self, WhoAmI.self, Passwd.self,
            Batch.self, Apply.self, Review.self, History.self,
            Ref.self, Committee.self, Applicant.self,
            FileCommands.self,
            CalendarCommand.self, PublicityCommand.self, RouteCommand.self,
            Export.self, Audit.self, Blacklist.self,
            Bench.self,
        ])

    /// Runs a subcommand and ends with the documented exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            report(error)
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                out(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            err(fullMessage(for: error))
            Foundation.exit(2)
        }
        Foundation.exit(0)
    }

    private static func report(_ error: CLIError) {
        switch error {
        case .remote(let e, let json):
            if json {
                let bytes = (try? ZCJSON.encode(["error": e])) ?? []
                FileHandle.standardOutput.write(Data(bytes + [0x0A]))
            }
            var text = "zcctl: \(e.message) [\(e.code.name)]"
            for v in e.data.violations ?? [] where v.reason != e.message {
                text += "\n  \(v.field): \(v.reason)"
            }
            if let p = e.data.permission { text += "\n  missing permission: \(p)" }
            if let s = e.data.scope { text += "\n  needed scope: \(s)" }
            if let s = e.data.retryAfterSeconds { text += "\n  retry after \(s) s" }
            err(text)
        case .unreachable(let m), .usage(let m), .local(let m):
            err("zcctl: \(m)")
        }
    }
}

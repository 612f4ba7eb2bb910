import ArgumentParser
import Testing

@testable import zcctl

/// zcctl starts in a few milliseconds only if no command's name is derived from its type: ArgumentParser derives it
/// with `String(describing:)`, a dynamic cast that scans every protocol conformance in the static binary, for every
/// command in the tree at every start — measured, half of `zcctl ping`'s CPU.
@Suite("zcctl command names")
struct CommandNameTests {
    @Test("Every command in zcctl's tree names itself")
    func explicitNames() {
        var missing: [String] = []
        var seen = 0
        func walk(_ command: any ParsableCommand.Type, path: String) {
            seen += 1
            let name = command.configuration.commandName
            if name == nil { missing.append("\(path) › \(command)") }
            for sub in command.configuration.subcommands {
                walk(sub, path: path + " " + (name ?? "?"))
            }
        }
        walk(ZCCtl.self, path: "")
        #expect(missing.isEmpty, "commands without commandName: \(missing)")
        #expect(seen > 90)
    }
}

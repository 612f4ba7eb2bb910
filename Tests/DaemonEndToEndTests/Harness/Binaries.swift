import Foundation

/// Finds the built `zcd` and `zcctl`: `$ZC_BIN_DIR`, else the folder of the running test executable, where
/// `swift build` puts the package's executables next to the test bundle.
enum Binaries {
    static var folder: URL {
        if let dir = ProcessInfo.processInfo.environment["ZC_BIN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        // /proc/self/exe is the test executable whatever the current folder or argv[0] say.
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
    }

    static func path(_ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw HarnessError(
                "\(name) is not built at \(url.path): run `swift build` first "
                    + "(or set ZC_BIN_DIR to the folder that holds zcd and zcctl)"
            )
        }
        return url.path
    }

    static var zcd: String { get throws { try path("zcd") } }
    static var zcctl: String { get throws { try path("zcctl") } }

    /// The environment for a child: this process's, without anything that would change how zcd or zcctl behave.
    static func cleanEnvironment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in [
            "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "JOURNAL_STREAM", "WATCHDOG_USEC",
            "WATCHDOG_PID", "STATE_DIRECTORY", "CONFIGURATION_DIRECTORY", "ZC_SOCKET", "XDG_CONFIG_HOME",
        ] {
            env[key] = nil
        }
        env.merge(extra) { _, new in new }
        return env
    }
}

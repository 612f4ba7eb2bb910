import Foundation

/// Where zcctl looks for the daemon: `--socket`, then `$ZC_SOCKET`, then the system socket `/run/zcd/zcd.sock` if it
/// exists, then the embedded default `./.zcd/zcd.sock` that `zcd` uses when started from a shell with no flags.
enum SocketLocator {
    static let systemSocket = "/run/zcd/zcd.sock"
    static let embeddedDefault = ".zcd/zcd.sock"

    struct Resolution {
        var path: String
        /// How the path was chosen, for the "cannot connect" message.
        var reason: String
    }

    static func resolve(flag: String?) -> Resolution {
        if let flag { return Resolution(path: flag, reason: "--socket") }
        if let env = ProcessInfo.processInfo.environment["ZC_SOCKET"], !env.isEmpty {
            return Resolution(path: env, reason: "$ZC_SOCKET")
        }
        if FileManager.default.fileExists(atPath: systemSocket) {
            return Resolution(path: systemSocket, reason: "the system socket")
        }
        return Resolution(path: embeddedDefault, reason: "the embedded default (zcd started from this folder)")
    }
}

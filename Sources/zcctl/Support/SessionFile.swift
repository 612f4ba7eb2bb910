import Foundation

/// Keeps the session token of `zcctl login` per socket in `$XDG_CONFIG_HOME/zcctl/session` (mode 0600), so that
/// later commands act as the logged-in account.
enum SessionFile {
    static var path: String {
        let env = ProcessInfo.processInfo.environment
        let base =
            env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (env["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/zcctl/session"
    }

    private static func load() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path),
            let map = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return map
    }

    /// The token saved for the daemon at `socket`, if any.
    static func token(for socket: String) -> String? {
        load()[key(socket)]
    }

    static func save(token: String?, for socket: String) throws {
        var map = load()
        map[key(socket)] = token
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = try JSONEncoder().encode(map)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else { throw CLIError.local("cannot write \(temporary)") }
        if rename(temporary, path) != 0 { throw CLIError.local("cannot replace \(path)") }
    }

    /// Sessions are kept per daemon, keyed by the socket's absolute path.
    private static func key(_ socket: String) -> String {
        socket.hasPrefix("/") ? socket : FileManager.default.currentDirectoryPath + "/" + socket
    }
}

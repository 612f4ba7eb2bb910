import ArgumentParser

/// zcd — the professional-title (职称) declaration and review daemon. Without a subcommand it serves (`zcd serve`),
/// so `zcd --socket … --state-dir …` runs the daemon as it always has.
@main
struct ZCD: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zcd",
        abstract: "The professional-title (职称) declaration and review daemon.",
        version: ZCDVersion.current,
        subcommands: [Serve.self, Generate.self],
        defaultSubcommand: Serve.self)
}

/// `zcd serve` (the default): the daemon.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the daemon (the default when no subcommand is given).",
        discussion: """
            Serves the zcd protocol (length-prefixed JSON-RPC 2.0) on a Unix socket and keeps its state in a \
            folder holding a SQLite database. From a shell with no flags it uses ./.zcd as its state folder and \
            ./.zcd/zcd.sock as its socket; under systemd it takes $STATE_DIRECTORY, \
            $CONFIGURATION_DIRECTORY/zcd.conf and the socket systemd passes. Flags override the config file.
            """)

    @Option(name: .long, help: ArgumentHelp("Unix socket to listen on.", valueName: "path"))
    var socket: String?

    @Option(name: .customLong("state-dir"), help: ArgumentHelp("State folder (database, files).", valueName: "dir"))
    var stateDir: String?

    @Option(name: .long, help: ArgumentHelp("Config file (key = value lines).", valueName: "file"))
    var config: String?

    @Option(
        name: .customLong("log-level"),
        help: ArgumentHelp("trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: String?

    func run() async throws {
        do {
            try await Daemon.run(self)
        } catch let error as DaemonStartError {
            printError("zcd: \(error)")
            throw ExitCode(1)
        }
    }
}

import Foundation
import Glibc
import Logging
import ServiceLifecycle
import UnixSignals
import ZCEngine
import ZCProtocol

/// A reason zcd could not start, said in one line.
struct DaemonStartError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The composition root: reads the configuration, assembles store, engine, handlers and server, and runs them.
/// Nothing else happens here.
enum Daemon {
    static func run(_ options: Serve) async throws {
        // The database holds password hashes: nothing zcd creates is readable by others.
        umask(0o027)
        let environment = ProcessInfo.processInfo.environment
        var config = DaemonConfig()
        do {
            if let path = options.config ?? defaultConfigFile(environment) {
                try config.load(file: path)
            }
            if let socket = options.socket { config.socketPath = socket }
            if let dir = options.stateDir { config.stateDirectory = dir }
            if let level = options.logLevel { try config.apply(key: "log_level", value: level) }
        } catch {
            throw DaemonStartError("configuration: \(error)")
        }
        let logger = makeLogger(level: config.logLevel)

        let stateDirectory =
            config.stateDirectory
            ?? environment["STATE_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
            ?? ".zcd"
        do {
            try FileManager.default.createDirectory(
                atPath: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw DaemonStartError("cannot create the state folder \(stateDirectory): \(error.localizedDescription)")
        }

        let store: Store
        do {
            store = try Store(path: stateDirectory + "/zcd.sqlite", durability: config.durability)
        } catch {
            throw DaemonStartError("cannot open the database in \(stateDirectory): \(error)")
        }
        let engine = Engine(store: store, config: config.engine, logger: logger)
        do {
            try engine.prepare()
        } catch {
            throw DaemonStartError("cannot prepare the database in \(stateDirectory): \(error)")
        }
        // Unfinished uploads idle for a day go, with their partial files; before serving, so no upload is in flight.
        await engine.sweepStaleUploads()

        let table = HandlerTable.all(engine: engine, limits: config.limits)
        let dispatcher = Dispatcher(engine: engine, table: table, logger: logger)

        let target: ListenTarget
        do {
            if let fd = try Systemd.activatedSocket() {
                target = .activated(fd)
            } else {
                let path = config.socketPath ?? stateDirectory + "/zcd.sock"
                try ListeningSocket.prepare(path: path)
                target = .path(path)
            }
        } catch {
            throw DaemonStartError("\(error)")
        }

        let server = RPCServer(
            target: target, config: config, dispatcher: dispatcher, logger: logger,
            limiter: ConnectionLimiter(maxTotal: config.maxConnections, maxPerUID: config.maxConnectionsPerUID),
            describeResult: try ZCJSON.encode(MethodRegistry.describe()))
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: server, successTerminationBehavior: .gracefullyShutdownGroup)
        ]
        if let interval = Systemd.watchdogInterval() {
            services.append(
                .init(service: WatchdogService(interval: interval, engine: engine), successTerminationBehavior: .ignore))
        }
        var groupConfig = ServiceGroupConfiguration(services: services, logger: logger)
        groupConfig.gracefulShutdownSignals = [.sigterm, .sigint]
        logger.info("zcd \(ZCDVersion.current) starting; state in \(stateDirectory)")
        try await ServiceGroup(configuration: groupConfig).run()
        try store.close()
        logger.info("zcd stopped")
    }

    private static func defaultConfigFile(_ environment: [String: String]) -> String? {
        guard let dir = environment["CONFIGURATION_DIRECTORY"]?.split(separator: ":").first else { return nil }
        let path = String(dir) + "/zcd.conf"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The journal under systemd (structured fields), stderr otherwise.
    private static func makeLogger(level: Logger.Level) -> Logger {
        let journal = Systemd.stderrIsJournal
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                journal ? JournalLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "zcd")
        logger.logLevel = level
        return logger
    }
}

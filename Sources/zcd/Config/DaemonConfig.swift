import Foundation
import Logging
import ZCEngine
import ZCProtocol

/// Everything zcd can be told, with its defaults. Sources, weakest first: defaults, the config file, flags.
struct DaemonConfig: Sendable {
    var socketPath: String?
    var stateDirectory: String?
    var maxFrameBytes = Frame.defaultMaximumLength
    var maxJSONDepth = JSONScanner.defaultMaximumDepth
    var maxConnections = 1024
    var maxConnectionsPerUID = 256
    var maxRequestsInFlight = 32
    var frameTimeoutSeconds = 10.0
    var durability = Store.Durability.full
    var logLevel = Logger.Level.info
    var engine = EngineConfig()

    /// The keys a config file may hold; documented in docs/operations.md and packaging/zcd.conf.
    static let keys: Set<String> = [
        "socket", "state_dir", "max_frame_bytes", "max_json_depth", "max_connections", "max_connections_per_uid",
        "max_requests_in_flight", "frame_timeout_seconds", "synchronous", "session_lifetime_seconds",
        "session_idle_seconds", "login_max_failures", "lockout_seconds", "scrypt_log_n", "scrypt_r", "scrypt_p",
        "max_upload_bytes", "max_declaration_bytes", "log_level",
    ]

    /// Applies one `key = value`; the value is checked here, with a message that says what is allowed.
    mutating func apply(key: String, value: String, line: Int = 0) throws(ConfigError) {
        func int(_ range: ClosedRange<Int>) throws(ConfigError) -> Int {
            guard let v = Int(value), range.contains(v) else {
                throw ConfigError(line: line, message: "`\(key)` must be a whole number in \(range), not `\(value)`")
            }
            return v
        }
        switch key {
        case "socket": socketPath = value
        case "state_dir": stateDirectory = value
        case "max_frame_bytes":
            maxFrameBytes = try int(1...Frame.absoluteMaximumLength)
            engine.uploadChunkBytes = Self.chunkBytes(forFrame: maxFrameBytes)
        case "max_json_depth": maxJSONDepth = try int(2...512)
        case "max_connections": maxConnections = try int(1...1_000_000)
        case "max_connections_per_uid": maxConnectionsPerUID = try int(1...1_000_000)
        case "max_requests_in_flight": maxRequestsInFlight = try int(1...4096)
        case "frame_timeout_seconds":
            guard let v = Double(value), v > 0, v <= 3600 else {
                throw ConfigError(line: line, message: "`frame_timeout_seconds` must be a number of seconds in (0, 3600]")
            }
            frameTimeoutSeconds = v
        case "synchronous":
            guard let d = Store.Durability(rawValue: value.lowercased()) else {
                throw ConfigError(line: line, message: "`synchronous` must be `full` or `normal`")
            }
            durability = d
        case "session_lifetime_seconds": engine.sessionLifetimeSeconds = try int(60...7 * 86400)
        case "session_idle_seconds": engine.sessionIdleSeconds = try int(60...7 * 86400)
        case "login_max_failures": engine.loginMaxFailures = try int(1...100)
        case "lockout_seconds": engine.lockoutSeconds = try int(1...86400)
        case "scrypt_log_n": engine.kdfLogN = try int(4...20)
        case "scrypt_r": engine.kdfBlockSize = try int(1...32)
        case "scrypt_p": engine.kdfParallelism = try int(1...16)
        case "max_upload_bytes": engine.maxUploadBytes = Int64(try int(1...1 << 30))
        case "max_declaration_bytes": engine.maxDeclarationBytes = Int64(try int(1...1 << 40))
        case "log_level":
            guard let l = Logger.Level(rawValue: value.lowercased()) else {
                throw ConfigError(
                    line: line,
                    message: "`log_level` must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            logLevel = l
        default:
            throw ConfigError(line: line, message: "unknown key `\(key)`")
        }
    }

    /// Reads a config file and applies every entry.
    mutating func load(file path: String) throws(ConfigError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(line: 0, message: "cannot read config file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(line: 0, message: "config file \(path) is not UTF-8")
        }
        for entry in try ConfigFile.parse(text, knownKeys: Self.keys) {
            try apply(key: entry.key, value: entry.value, line: entry.line)
        }
    }

    /// The largest file chunk (upload or download) whose base64, with the request or response around it, fits in
    /// a frame of `frame` bytes: 1 MiB with the default 4 MiB frames.
    static func chunkBytes(forFrame frame: Int) -> Int {
        max(1024, min(1 << 20, (frame - 4096) / 4 * 3))
    }

    var limits: ServerLimits {
        ServerLimits(
            maxFrameBytes: maxFrameBytes, maxJSONDepth: maxJSONDepth, maxRequestsInFlight: maxRequestsInFlight,
            frameTimeoutSeconds: frameTimeoutSeconds)
    }
}

/// The engine's tunables; zcd fills them from its config file and flags.
public struct EngineConfig: Sendable {
    /// scrypt cost: N = 2^kdfLogN. 15 in production (~100 ms); tests use a small value.
    public var kdfLogN: Int = 15
    public var kdfBlockSize: Int = 8
    public var kdfParallelism: Int = 1
    /// A session ends this long after login at the latest.
    public var sessionLifetimeSeconds: Int = 8 * 3600
    /// A session ends after this long without a request.
    public var sessionIdleSeconds: Int = 30 * 60
    /// Failed logins in a row that lock an account.
    public var loginMaxFailures: Int = 5
    /// How long a locked account stays locked.
    public var lockoutSeconds: Int = 15 * 60
    /// 材料: the largest evidence file, in bytes (config `max_upload_bytes`).
    public var maxUploadBytes: Int64 = 20 * 1024 * 1024
    /// 材料: all live evidence files of one declaration together, plus its unfinished uploads, in bytes
    /// (config `max_declaration_bytes`).
    public var maxDeclarationBytes: Int64 = 200 * 1024 * 1024
    /// The largest chunk of an upload or a download, in bytes (before base64). zcd derives it from its frame limit so
    /// that a chunk's base64 always fits in one frame.
    public var uploadChunkBytes: Int = 1024 * 1024
    /// Unfinished uploads one declaration may have at a time.
    public var maxPendingUploads: Int = 16
    /// An unfinished upload untouched this long is removed at start-up, with its partial file.
    public var staleUploadSeconds: Int = 86400

    public init() {}

    /// Cheap settings for tests: the KDF at N = 2^10.
    public static var testing: EngineConfig {
        var c = EngineConfig()
        c.kdfLogN = 10
        return c
    }
}

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

    public init() {}

    /// Cheap settings for tests: the KDF at N = 2^10.
    public static var testing: EngineConfig {
        var c = EngineConfig()
        c.kdfLogN = 10
        return c
    }
}

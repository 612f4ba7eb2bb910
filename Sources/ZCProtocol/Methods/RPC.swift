/// `rpc.*`: the connection itself — greeting, liveness, introspection.

/// 问候 — the optional first call: who the client is and which protocol versions it speaks.
public struct HelloRequest: ZCRequest, Hashable {
    public typealias Response = HelloResult
    public static let method = "rpc.hello"
    public static let summary = "Greet the daemon: server version, protocol version, limits, and the caller as seen"
    public static let access = Access.anyone

    /// A name for logs, e.g. `zcctl/0.1.0` or `portal`.
    public var client: String?
    /// Protocol versions the client speaks; the daemon answers `unsupported_version` if it speaks none of them.
    public var protocolVersions: [Int]?

    public init(client: String? = nil, protocolVersions: [Int]? = nil) {
        self.client = client
        self.protocolVersions = protocolVersions
    }
}

public struct HelloResult: Codable, Hashable, Sendable {
    /// Always `zcd`.
    public var product: String
    /// The daemon's release, e.g. `0.1.0`.
    public var version: String
    /// The protocol version this connection speaks.
    public var protocolVersion: Int
    public var limits: ServerLimits
    public var caller: CallerInfo

    public init(product: String, version: String, protocolVersion: Int, limits: ServerLimits, caller: CallerInfo) {
        self.product = product
        self.version = version
        self.protocolVersion = protocolVersion
        self.limits = limits
        self.caller = caller
    }
}

/// The limits a client must respect on this daemon.
public struct ServerLimits: Codable, Hashable, Sendable {
    /// Largest frame body the daemon accepts, in bytes.
    public var maxFrameBytes: Int
    /// Deepest JSON nesting accepted.
    public var maxJSONDepth: Int
    /// Requests one connection may have unanswered; further frames wait unread.
    public var maxRequestsInFlight: Int
    /// Seconds a started frame may take to arrive completely before the connection is dropped.
    public var frameTimeoutSeconds: Double

    public init(maxFrameBytes: Int, maxJSONDepth: Int, maxRequestsInFlight: Int, frameTimeoutSeconds: Double) {
        self.maxFrameBytes = maxFrameBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxRequestsInFlight = maxRequestsInFlight
        self.frameTimeoutSeconds = frameTimeoutSeconds
    }
}

/// 心跳 — liveness: answers `{}` at once, without touching the store.
public struct PingRequest: ZCRequest, Hashable {
    public typealias Response = Empty
    public static let method = "rpc.ping"
    public static let summary = "Check that the daemon answers"
    public static let access = Access.anyone
    public init() {}
}

/// 接口说明 — every method with its summary, params, result and who may call it.
public struct DescribeRequest: ZCRequest, Hashable {
    public typealias Response = DescribeResult
    public static let method = "rpc.describe"
    public static let summary = "List every method with its params and result shapes and the roles that may call it"
    public static let access = Access.anyone
    public init() {}
}

public struct DescribeResult: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    /// Sorted by method name.
    public var methods: [MethodDescription]
    /// The error code table.
    public var errors: [ErrorCodeDescription]

    public init(protocolVersion: Int, methods: [MethodDescription], errors: [ErrorCodeDescription]) {
        self.protocolVersion = protocolVersion
        self.methods = methods
        self.errors = errors
    }
}

public struct MethodDescription: Codable, Hashable, Sendable {
    public var method: String
    public var summary: String
    public var access: Access
    /// JSON Schema subset of `params`.
    public var params: Schema
    /// JSON Schema subset of `result`.
    public var result: Schema

    public init(method: String, summary: String, access: Access, params: Schema, result: Schema) {
        self.method = method
        self.summary = summary
        self.access = access
        self.params = params
        self.result = result
    }
}

public struct ErrorCodeDescription: Codable, Hashable, Sendable {
    public var code: Int
    public var name: String

    public init(code: Int, name: String) {
        self.code = code
        self.name = name
    }
}

import ZCProtocol

/// `rpc.*`, `session.*` and `system.*`: the connection, logging in, bootstrap.
extension Samples {
    static let rpc: [MethodSample] = [
        sample(DescribeRequest(), describeResult),
        sample(HelloRequest(client: "zcctl/0.1.0", protocolVersions: [1, 2]), helloResult),
        sample(PingRequest(), Empty()),
    ]

    static let session: [MethodSample] = [
        sample(ChangePasswordRequest(oldPassword: "Kq3#mZ8pLw2x", newPassword: "N3w-Passw0rd!"), Empty()),
        sample(LoginRequest(account: "wangqiang.jyj", password: "Kq3#mZ8pLw2x", bindConnection: false), loginResult),
        sample(LogoutRequest(), Empty()),
        sample(WhoAmIRequest(), caller),
    ]

    static let system: [MethodSample] = [
        sample(
            SystemInitRequest(code: "13", name: "河北省职称改革领导小组办公室"),
            SystemInitResult(organization: province, admin: credentials)),
        sample(ResetProvinceAdminPasswordRequest(), credentials),
    ]

    static let loginResult = LoginResult(
        token: String(repeating: "0123456789abcdef", count: 4), expiresAt: expiry, mustChangePassword: true,
        account: account)

    static let helloResult = HelloResult(
        product: "zcd", version: "0.1.0", protocolVersion: 1,
        limits: ServerLimits(
            maxFrameBytes: 4_194_304, maxJSONDepth: 64, maxRequestsInFlight: 32, frameTimeoutSeconds: 2.5),
        caller: caller)

    /// Uses every kind of schema once, so that the schema's own JSON form is pinned too. Properties are sorted by
    /// name, as decoding sorts them.
    static let describeResult = DescribeResult(
        protocolVersion: 1,
        methods: [
            MethodDescription(
                method: "review.decide", summary: "Decide a review step",
                access: Access(
                    [.handler, .leader], scope: "handler or leader of the reviewing organisation",
                    permission: "review.leader"),
                params: .object([
                    Schema.Property(name: "any", schema: .any, required: false),
                    Schema.Property(name: "at", schema: .string(format: "date-time"), required: true),
                    Schema.Property(name: "count", schema: .integer, required: true),
                    Schema.Property(name: "flag", schema: .boolean, required: false),
                    Schema.Property(
                        name: "kind", schema: .enumeration(["orgAdmin", "staff", "applicant"]), required: true),
                    Schema.Property(name: "notes", schema: .map(.string()), required: false),
                    Schema.Property(name: "score", schema: .number, required: false),
                    Schema.Property(name: "tags", schema: .array(.string()), required: true),
                ]),
                result: .object([]))
        ],
        errors: [ErrorCodeDescription(code: 1008, name: "locked_out")])
}

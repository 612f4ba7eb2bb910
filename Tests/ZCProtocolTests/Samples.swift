import Foundation
import ZCProtocol

/// One message of the golden tests, its type erased: how to encode the sample and whether a decoded fixture equals it.
struct GoldenMessage: Sendable {
    /// The fixture's name in `Golden/`, without `.json`: `<method>.params` or `<method>.result`.
    let name: String
    let encode: @Sendable () throws -> [UInt8]
    /// Decodes `bytes` as the message's type and says whether the value equals the sample.
    let decodesToSample: @Sendable (_ bytes: [UInt8]) throws -> Bool

    init<T: Codable & Equatable & Sendable>(name: String, sample: T) {
        self.name = name
        encode = { try ZCJSON.encode(sample) }
        decodesToSample = { bytes in try ZCJSON.decode(T.self, from: bytes) == sample }
    }
}

/// The params and result sample of one method.
struct MethodSample: Sendable {
    let method: String
    let params: GoldenMessage
    let result: GoldenMessage
}

/// A fully populated sample (every optional set) of the params and the result of every method, keyed by method name.
///
/// Adding a method to `MethodRegistry.all` without a sample here, and its two fixtures in `Golden/`, fails
/// `RegistryTests`. Run the tests once with `ZC_UPDATE_GOLDEN=1` to write the fixtures, then read them before
/// committing: they are the wire contract.
enum Samples {
    /// The samples in the order written below; `byMethod` is built from it.
    static let list: [MethodSample] = [
        // rpc
        sample(DescribeRequest(), describeResult),
        sample(HelloRequest(client: "zcctl/0.1.0", protocolVersions: [1, 2]), helloResult),
        sample(PingRequest(), Empty()),
        // session
        sample(ChangePasswordRequest(oldPassword: "Kq3#mZ8pLw2x", newPassword: "N3w-Passw0rd!"), Empty()),
        sample(LoginRequest(account: "admin13", password: "Kq3#mZ8pLw2x", bindConnection: false), loginResult),
        sample(LogoutRequest(), Empty()),
        sample(WhoAmIRequest(), caller),
        // system
        sample(
            SystemInitRequest(code: "13", name: "河北省职称改革领导小组办公室"),
            SystemInitResult(organization: province, admin: credentials)),
        sample(ResetProvinceAdminPasswordRequest(), credentials),
    ] + PublicitySamples.list

    static let byMethod: [String: MethodSample] = Dictionary(
        list.map { ($0.method, $0) }, uniquingKeysWith: { first, _ in first })

    /// Ties a request to its own `Response` type, so a sample cannot be paired with the wrong result.
    static func sample<R: ZCRequest & Equatable>(_ params: R, _ result: R.Response) -> MethodSample
    where R.Response: Equatable {
        MethodSample(
            method: R.method,
            params: GoldenMessage(name: R.method + ".params", sample: params),
            result: GoldenMessage(name: R.method + ".result", sample: result))
    }

    // MARK: Building blocks

    /// 2026-03-01T08:30:00Z: whole seconds, as ISO 8601 on the wire keeps no fractions.
    static let expiry = Date(timeIntervalSince1970: 1_772_353_800)

    static let province = OrganizationRef(code: "13", name: "河北省职称改革领导小组办公室")

    static let credentials = IssuedCredentials(account: "admin13", initialPassword: "Kq3#mZ8pLw2x")

    static let account = AccountInfo(
        id: 42, account: "130100-leader", displayName: "张三", kind: .staff, staffType: .leader,
        organization: OrganizationRef(code: "130100", name: "石家庄市人力资源和社会保障局"),
        permissions: ["review.handler", "review.leader"], mustChangePassword: true, disabled: false)

    static let caller = CallerInfo(uid: 1000, gid: 1001, pid: 4242, isOperator: true, account: account)

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

/// Every method of the protocol, sorted by name. zcd registers a handler for each; `rpc.describe` lists them.
public enum MethodRegistry {
    /// The protocol version this build speaks. Bumped only for incompatible changes; additions keep it.
    public static let protocolVersion = 1

    public static let all: [any ZCRequest.Type] = [
        // rpc
        DescribeRequest.self, HelloRequest.self, PingRequest.self,
        // session
        ChangePasswordRequest.self, LoginRequest.self, LogoutRequest.self, WhoAmIRequest.self,
        // system
        SystemInitRequest.self, ResetProvinceAdminPasswordRequest.self,
        // batch
        ArchiveBatchRequest.self, CreateBatchRequest.self, EditBatchRequest.self, ListBatchesRequest.self,
        ShowBatchRequest.self,
        // application
        GetApplicationRequest.self, ListApplicationsRequest.self, ReadSectionRequest.self, SaveBasicInfoRequest.self,
        SaveDeclarationRequest.self, ShowApplicationRequest.self, StartApplicationRequest.self,
        SubmitApplicationRequest.self, WithdrawApplicationRequest.self,
        // audit
        AuditCaseRequest.self, AuditOrganizationRequest.self,
        // blacklist
        BlacklistLiftRequest.self, BlacklistListRequest.self,
        // export
        ExportBeginRequest.self, ExportCancelRequest.self, ExportNextRequest.self,
    ].sorted { $0.method < $1.method }

    private static let byName: [String: any ZCRequest.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.method, $0) })

    /// The request type of a method name.
    public static func type(named method: String) -> (any ZCRequest.Type)? { byName[method] }

    /// The description `rpc.describe` returns.
    public static func describe() -> DescribeResult {
        DescribeResult(
            protocolVersion: protocolVersion,
            methods: all.map { describe($0) },
            errors: ErrorCode.all.map { ErrorCodeDescription(code: $0.rawValue, name: $0.name) })
    }

    private static func describe<R: ZCRequest>(_ type: R.Type) -> MethodDescription {
        MethodDescription(
            method: R.method, summary: R.summary, access: R.access,
            params: SchemaRecorder.schema(of: R.self), result: SchemaRecorder.schema(of: R.Response.self))
    }
}

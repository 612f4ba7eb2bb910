/// Every method of the protocol, sorted by name. zcd registers a handler for each; `rpc.describe` lists them.
public enum MethodRegistry {
    /// The protocol version this build speaks. Bumped only for incompatible changes; additions keep it.
    public static let protocolVersion = 1

    public static let all: [any ZCRequest.Type] = [
        // rpc
        DescribeRequest.self, HelloRequest.self, PingRequest.self,
        // session
        ChangePasswordRequest.self, LoginRequest.self, LogoutRequest.self, WhoAmIRequest.self,
        // org
        CreateOrganizationRequest.self, ListOrganizationsRequest.self, ShowOrganizationRequest.self,
        EditOrganizationRequest.self, RenameOrganizationRequest.self, DisableOrganizationRequest.self,
        EnableOrganizationRequest.self, ResetOrganizationAdminPasswordRequest.self,
        // staff
        CreateStaffRequest.self, ListStaffRequest.self, ShowStaffRequest.self, EditStaffRequest.self,
        SetStaffPermissionsRequest.self, DisableStaffRequest.self, EnableStaffRequest.self,
        ResetStaffPasswordRequest.self, GrantablePermissionsRequest.self,
        // system
        SystemInitRequest.self, ResetProvinceAdminPasswordRequest.self,
        // batch
        ArchiveBatchRequest.self, CreateBatchRequest.self, EditBatchRequest.self, ListBatchesRequest.self,
        ShowBatchRequest.self,
        // application
        GetApplicationRequest.self, ListApplicationsRequest.self, ReadSectionRequest.self, SaveBasicInfoRequest.self,
        SaveDeclarationRequest.self, ShowApplicationRequest.self, StartApplicationRequest.self,
        SubmitApplicationRequest.self, WithdrawApplicationRequest.self, HistoryRequest.self,
        // review
        ReviewBlacklistRequest.self, ReviewGetRequest.self, ReviewPassRequest.self, ReviewQueueRequest.self,
        ReviewRejectRequest.self, ReviewReturnRequest.self, ReviewShowRequest.self,
        // ref
        RefQualificationsRequest.self, RefSeriesRequest.self,
        // committee
        CreateCommitteeRequest.self, DisableCommitteeRequest.self, EditCommitteeRequest.self,
        EnableCommitteeRequest.self, ListCommitteesRequest.self, ShowCommitteeRequest.self,
        // applicant
        CreateApplicantRequest.self, DisableApplicantRequest.self, EditApplicantRequest.self,
        EnableApplicantRequest.self, ListApplicantsRequest.self, ResetApplicantPasswordRequest.self,
        ShowApplicantRequest.self,
        // application: the sections of the form
        SaveAwardsRequest.self, SaveBooksRequest.self, SaveCertificatesRequest.self, SaveEducationRequest.self,
        SaveEmploymentRequest.self, SaveExpertTitlesRequest.self, SaveOtherAchievementsRequest.self,
        SaveOtherMaterialsRequest.self, SavePapersRequest.self, SavePatentsRequest.self,
        SaveProfessionalExperienceRequest.self, SaveProjectsRequest.self, SaveSocietiesRequest.self,
        SaveWorkHistoryRequest.self, SaveWorkSummaryRequest.self,
        // file
        BeginUploadRequest.self, DeleteFileRequest.self, DownloadFileRequest.self, FinishUploadRequest.self,
        ListFilesRequest.self, UploadChunkRequest.self,
        // calendar
        ListCalendarDaysRequest.self, RemoveCalendarDaysRequest.self, SetCalendarDaysRequest.self,
        // publicity
        CreatePublicityRequest.self, ListPublicitiesRequest.self, RecordObjectionRequest.self,
        ResolveObjectionRequest.self, ShowPublicityRequest.self,
        // route
        CommitteeCasesRequest.self, DecideRouteRequest.self, RouteQueueRequest.self,
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

import Foundation
import ZCProtocol

/// Issue 3's example tree, made over the protocol for tests that need it as a given (the tree itself is tested
/// through zcctl in `OrganizationTreeTests`): 省职改办 `13` → 石家庄市职改办 `130100` → 石家庄市教育局 `1301001001`
/// → 石家庄市第一中学 (申报单位) with the applicant 张伟. Every account's initial password is changed to `password`.
struct ExampleTree {
    static let password = "Zc-e2e-Pass-2026"
    static let applicantID = "34052419800101001X"
    static let secondApplicantID = "53010219200508011X"

    static let provinceAdmin = "admin13"
    static let cityCode = "130100"
    static let cityAdmin = "admin130100"
    static let departmentCode = "1301001001"
    static let departmentAdmin = "admin1301001001"
    /// The school's code, as the department's admin got it (the next free serial).
    let schoolCode: String
    var schoolAdmin: String { "admin" + schoolCode }

    /// Builds the tree on a fresh daemon: `system.init` as the operator, then each organisation by its parent's
    /// admin, then the applicant by the school's admin.
    static func build(on daemon: Daemon) throws -> ExampleTree {
        let operatorClient = try daemon.connect()
        defer { operatorClient.close() }
        let province = try activate(daemon, try operatorClient.call(SystemInitRequest()).admin)
        defer { province.close() }
        let city = try create(
            daemon, by: province,
            CreateOrganizationRequest(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职称改革领导小组办公室"))
        defer { city.client.close() }
        let department = try create(
            daemon, by: city.client,
            CreateOrganizationRequest(
                parentCode: cityCode, kind: .cityDepartment, category: .governmentDepartment, serial: "1001",
                name: "石家庄市教育局"))
        defer { department.client.close() }
        let school = try create(
            daemon, by: department.client,
            CreateOrganizationRequest(
                parentCode: departmentCode, kind: .employer, name: "石家庄市第一中学", nature: .publicInstitution))
        defer { school.client.close() }
        let applicant = try school.client.call(CreateApplicantRequest(idNumber: applicantID, name: "张伟"))
        try activate(daemon, applicant.credentials).close()
        return ExampleTree(schoolCode: school.code)
    }

    /// Creates an organisation and activates its admin; returns its code and the admin's logged-in connection.
    private static func create(_ daemon: Daemon, by parent: ZCClient, _ request: CreateOrganizationRequest) throws
        -> (code: String, client: ZCClient)
    {
        let created = try parent.call(request)
        return (created.organization.code, try activate(daemon, created.admin))
    }

    /// Logs in with initial credentials, changes the password to `password`; returns the logged-in connection.
    @discardableResult
    static func activate(_ daemon: Daemon, _ issued: IssuedCredentials) throws -> ZCClient {
        let client = try daemon.connect()
        _ = try client.call(LoginRequest(account: issued.account, password: issued.initialPassword))
        _ = try client.call(ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: password))
        return client
    }

    /// A new connection logged in as `account` (with `password`).
    static func login(_ daemon: Daemon, _ account: String) throws -> ZCClient {
        try login(socket: daemon.socketPath, account)
    }

    /// The same on a socket path (for worker threads, which do not hold the `Daemon`).
    static func login(socket: String, _ account: String) throws -> ZCClient {
        let client = try ZCClient.connect(socket, timeoutSeconds: 60)
        _ = try client.call(LoginRequest(account: account, password: password))
        return client
    }

    /// The city office's batch for 中小学教师, open from a day ago for a year.
    static func openBatch(on daemon: Daemon) throws -> BatchInfo {
        let city = try login(daemon, cityAdmin)
        defer { city.close() }
        let now = Date()
        return try city.call(
            CreateBatchRequest(
                year: 2026, name: "2026年度石家庄市中小学教师职称申报", seriesCodes: ["zhongxiaoxue"],
                opensAt: now.addingTimeInterval(-86_400), closesAt: now.addingTimeInterval(365 * 86_400)))
    }

    /// The applicant's declaration in a newly opened batch, with the example's 申报信息; returns its id.
    static func startDeclaration(on daemon: Daemon) throws -> Int64 {
        let batch = try openBatch(on: daemon)
        let applicant = try login(daemon, applicantID)
        defer { applicant.close() }
        let declaration = try ZCJSON.decode(
            DeclarationInfo.self, from: try ExampleDeclaration.content(.declaration).text.utf8)
        return try applicant.call(StartApplicationRequest(batch: batch.id, declaration: declaration)).id
    }
}

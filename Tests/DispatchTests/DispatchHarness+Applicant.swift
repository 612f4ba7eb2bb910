import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

extension DispatchHarness {
    /// Logs `account` in on a new connection and changes its initial password; returns the connection.
    func loggedIn(_ issued: IssuedCredentials, newPassword: String) async throws -> ConnectionState {
        let connection = connection(uid: 1000)
        _ = try await call(LoginRequest(account: issued.account, password: issued.initialPassword), on: connection)
        _ = try await call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: newPassword), on: connection)
        return connection
    }

    /// The caller behind a logged-in connection, for engine calls that have no method yet.
    func caller(of connection: ConnectionState) async throws -> Caller {
        let token = try #require(connection.token)
        return Caller(
            peer: connection.peer, isOperator: connection.isOperator, principal: try await engine.authenticate(token: token))
    }

    /// Under the province whose admin is logged in on `provinceAdmin`: a provincial department `131001`, an employer
    /// under it, and that employer's admin logged in (password changed). Returns the employer admin's connection.
    func employerAdmin(provinceAdmin: ConnectionState) async throws -> ConnectionState {
        let province = try await caller(of: provinceAdmin)
        let (_, departmentIssued) = try await engine.createOrganization(
            NewOrganization(
                parentCode: "13", kind: .provinceDepartment, category: .governmentDepartment, serial: "1001",
                name: "河北省教育厅"),
            caller: province)
        let department = try await loggedIn(IssuedCredentials(departmentIssued), newPassword: "Dept-Pass-2026")
        let (_, employerIssued) = try await engine.createOrganization(
            NewOrganization(parentCode: "131001", kind: .employer, name: "河北师范大学附属中学"),
            caller: try await caller(of: department))
        return try await loggedIn(IssuedCredentials(employerIssued), newPassword: "Employer-Pass-2026")
    }

    /// An applicant of a new employer under the province, logged in with its password changed.
    func applicantConnection(provinceAdmin: ConnectionState) async throws -> ConnectionState {
        let employer = try await employerAdmin(provinceAdmin: provinceAdmin)
        let created = try await call(
            CreateApplicantRequest(idNumber: "34052419800101001X", name: "张三"), on: employer)
        return try await loggedIn(created.credentials, newPassword: "Applicant-Pass-2026")
    }
}

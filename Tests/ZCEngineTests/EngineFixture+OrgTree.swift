import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// A small province for the organisation and staff tests:
///
///     13            河北省职改办 (province office)
///     ├ 130100      石家庄市职改办 (city office)
///     │ └ 1301001001  石家庄市教育局 (city department, government)
///     │   └ 13010010010001  石家庄市第一中学 (employer)
///     └ 133501      河北大学 (provincial self-reviewing unit, university)
///
/// Every admin has changed its initial password; each caller is ready to act.
struct OrgTree {
    let f: EngineFixture
    let province: Caller
    let city: Caller
    let department: Caller
    let school: Caller
    let university: Caller

    static let password = "Ready-Pass-2026"

    /// The tree on a fresh fixture whose KDF is cheaper still than `.testing`: building it hashes and verifies some
    /// thirty passwords, and the permission table test creates ninety staff accounts.
    static func make() async throws -> OrgTree {
        var config = EngineConfig.testing
        config.kdfLogN = 4
        return try await OrgTree(EngineFixture(config: config))
    }

    init(_ f: EngineFixture) async throws {
        self.f = f
        province = try await f.provinceAdmin()
        city = try await f.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), by: province
        ).1
        department = try await f.createOrganization(
            NewOrganization(
                parentCode: "130100", kind: .cityDepartment, category: .governmentDepartment, serial: "1001",
                name: "石家庄市教育局"), by: city
        ).1
        school = try await f.createOrganization(
            NewOrganization(parentCode: "1301001001", kind: .employer, serial: "0001", name: "石家庄市第一中学"),
            by: department
        ).1
        university = try await f.createOrganization(
            NewOrganization(
                parentCode: "13", kind: .provinceSelfReviewUnit, category: .university, serial: "3501", name: "河北大学"),
            by: province
        ).1
    }
}

extension EngineFixture {
    /// Logs in with initial credentials, changes the password and logs in again: a caller ready to act.
    func activate(_ issued: IssuedPassword, password: String = OrgTree.password) async throws -> Caller {
        let (first, _) = try await login(issued.login, issued.password)
        try await engine.changePassword(old: issued.password, new: password, caller: first)
        return try await login(issued.login, password).0
    }

    /// Creates an organisation and returns it with its admin, ready to act.
    func createOrganization(_ new: NewOrganization, by caller: Caller) async throws -> (OrganizationView, Caller) {
        let (org, issued) = try await engine.createOrganization(new, caller: caller)
        return (org, try await activate(issued))
    }

    /// Creates a staff account and returns it with a caller logged in as it, password changed.
    func createStaff(_ new: NewStaff, by admin: Caller) async throws -> (StaffView, Caller) {
        let (staff, issued) = try await engine.createStaff(new, caller: admin)
        return (staff, try await activate(issued))
    }

    /// The audit events of `action`, oldest first.
    func auditEvents(_ action: String) async throws -> [AuditRecord] {
        try await engine.store.pool.read { db in
            try AuditRecord.filter(Column("action") == action).order(Column("id")).fetchAll(db)
        }
    }

    func auditCount() async throws -> Int {
        try await engine.store.pool.read { db in try AuditRecord.fetchCount(db) }
    }

    /// The token's session as the engine resolves it now.
    func resolve(_ caller: Caller) async throws -> Principal {
        try await engine.authenticate(hash: try #require(caller.principal).tokenHash)
    }
}

/// The violations of an `invalidArgument` error, or an issue recorded.
func collectViolations(_ body: () async throws -> Void) async -> [Violation] {
    do {
        try await body()
        Issue.record("expected invalidArgument, but the call succeeded")
    } catch let EngineError.invalidArgument(v) {
        return v
    } catch {
        Issue.record("expected invalidArgument, got \(error)")
    }
    return []
}

/// The error a call throws, or nil when it succeeds.
func engineError(_ body: () async throws -> Void) async -> EngineError? {
    do {
        try await body()
        return nil
    } catch let e as EngineError {
        return e
    } catch {
        Issue.record("expected an EngineError, got \(error)")
        return nil
    }
}

extension EngineError {
    var isPermissionDenied: Bool {
        if case .permissionDenied = self { return true }
        return false
    }

    var scope: String? {
        if case .permissionDenied(_, _, let scope) = self { return scope }
        return nil
    }

    var isUnauthenticated: Bool {
        if case .unauthenticated = self { return true }
        return false
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// An organisation with its admin logged in and its initial password changed.
struct AdminOf {
    let organization: OrganizationView
    let caller: Caller
    var code: String { organization.code }
}

extension EngineFixture {
    /// Creates `new` as `parent`, then logs its admin in and changes the initial password.
    func admin(of new: NewOrganization, by parent: Caller, password: String = "Org-Admin-2026") async throws -> AdminOf {
        let (org, issued) = try await engine.createOrganization(new, caller: parent)
        let (first, _) = try await login(issued.login, issued.password)
        try await engine.changePassword(old: issued.password, new: password, caller: first)
        return AdminOf(organization: org, caller: try await login(issued.login, password).0)
    }

    /// Logs an applicant in with its initial password and changes it; returns its caller.
    func applicantCaller(_ issued: IssuedPassword, password: String = "Applicant-2026") async throws -> Caller {
        let (first, _) = try await login(issued.login, issued.password)
        try await engine.changePassword(old: issued.password, new: password, caller: first)
        return try await login(issued.login, password).0
    }

    func count(_ sql: String) async throws -> Int {
        try await engine.store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }
}

/// The example tree of the issue, with each admin logged in:
/// 省职改办 `13` → 石家庄市职改办 `130100` → 石家庄市教育局 `1301001001` → 石家庄市第一中学 (申报单位) and
/// 石家庄市第二中学; 石家庄学院 (市中级自评单位 · 高校) `1301003501`; 唐山市职改办 `130200`; a provincial university
/// 河北大学 (省自评单位 · 高校) `133501`.
struct ExampleTree {
    let f: EngineFixture
    let province: Caller
    let city: AdminOf
    let otherCity: AdminOf
    let department: AdminOf
    let school: AdminOf
    let otherSchool: AdminOf
    let cityUnit: AdminOf
    let university: AdminOf

    /// Settings for tests that build the whole tree: a KDF cheaper still than `.testing`, since the tree alone
    /// hashes and verifies some forty passwords.
    static var config: EngineConfig {
        var c = EngineConfig.testing
        c.kdfLogN = 4
        return c
    }

    init(_ f: EngineFixture) async throws {
        self.f = f
        province = try await f.provinceAdmin()
        city = try await f.admin(
            of: NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), by: province)
        otherCity = try await f.admin(
            of: NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0200", name: "唐山市职改办"), by: province)
        department = try await f.admin(
            of: NewOrganization(
                parentCode: "130100", kind: .cityDepartment, category: .governmentDepartment, serial: "1001",
                name: "石家庄市教育局"),
            by: city.caller)
        cityUnit = try await f.admin(
            of: NewOrganization(
                parentCode: "130100", kind: .citySelfReviewUnit, category: .university, serial: "3501",
                name: "石家庄学院"),
            by: city.caller)
        school = try await f.admin(
            of: NewOrganization(parentCode: "1301001001", kind: .employer, name: "石家庄市第一中学"), by: department.caller)
        otherSchool = try await f.admin(
            of: NewOrganization(parentCode: "1301001001", kind: .employer, name: "石家庄市第二中学"),
            by: department.caller)
        university = try await f.admin(
            of: NewOrganization(
                parentCode: "13", kind: .provinceSelfReviewUnit, category: .university, serial: "3501", name: "河北大学"),
            by: province)
    }
}

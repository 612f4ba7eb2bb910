import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct CreateOrganizationTests {
    @Test func givenTheProvinceAdmin_whenCreatingACityOffice_thenItsCodeAndAdminExist() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        let (city, issued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), caller: admin)
        #expect(city.code == "130100")
        #expect(city.parentCode == "13")
        #expect(city.nature == .stateOrgan)
        #expect(issued.login == "admin130100")
        let (_, login) = try await f.login(issued.login, issued.password)
        #expect(login.account.mustChangePassword)
        #expect(try await f.auditActions().contains("org.create:ok"))
    }

    @Test func givenACityAdmin_whenCreatingUnderTheProvince_thenPermissionIsDenied() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        let (_, issued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), caller: admin)
        let (cityCaller, _) = try await f.login(issued.login, issued.password)
        try await f.engine.changePassword(old: issued.password, new: "City-Pass-2026", caller: cityCaller)
        let city = try await f.login(issued.login, "City-Pass-2026").0
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.createOrganization(
                NewOrganization(parentCode: "13", kind: .cityOffice, name: "保定市职改办"), caller: city)
        }
        let (dept, _) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "130100", kind: .cityDepartment, category: .governmentDepartment, name: "石家庄市教育局"),
            caller: city)
        #expect(dept.code == "1301001001")
    }

    @Test func givenATakenSerial_whenCreating_thenAlreadyExistsAndNothingIsSaved() async throws {
        let f = try EngineFixture()
        let admin = try await f.provinceAdmin()
        _ = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .provinceSelfReviewUnit, category: .university, serial: "3501", name: "河北大学"),
            caller: admin)
        await #expect(throws: EngineError.alreadyExists(entity: "organization", key: "133501")) {
            _ = try await f.engine.createOrganization(
                NewOrganization(parentCode: "13", kind: .provinceSelfReviewUnit, category: .university, serial: "3501", name: "燕山大学"),
                caller: admin)
        }
        let count = try await f.engine.store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM organization") }
        #expect(count == 2)
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct OrganizationEditTests {
    @Test func givenTheOwnAdmin_whenCompletingTheProfile_thenTheFieldsAreSavedAndAudited() async throws {
        let t = try await OrgTree.make()
        let org = try await t.f.engine.editOrganization(
            OrganizationEdit(
                code: "1301001001", nature: .stateOrgan, address: "石家庄市长安区中山东路 1 号", contactPerson: "赵主任",
                contactPhone: "0311-87654321"), caller: t.department)
        #expect(org.address == "石家庄市长安区中山东路 1 号")
        #expect(org.contactPerson == "赵主任")
        #expect(org.contactPhone == "0311-87654321")
        #expect(org.nature == .stateOrgan)
        let events = try await t.f.auditEvents("org.edit")
        #expect(events.count == 1)
        #expect(events.first?.targetId == "1301001001")
        #expect(events.first?.detail?.contains("contactPhone") == true)
    }

    @Test func givenAFilledProfile_whenAFieldIsAbsentOrEmpty_thenItIsKeptOrCleared() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.editOrganization(
            OrganizationEdit(code: "130100", address: "中华北大街", contactPerson: "钱科长", contactPhone: "13912345678"),
            caller: t.city)
        let org = try await t.f.engine.editOrganization(
            OrganizationEdit(code: "130100", contactPerson: "", contactPhone: "  "), caller: t.city)
        #expect(org.address == "中华北大街")
        #expect(org.contactPerson == nil)
        #expect(org.contactPhone == nil)
    }

    @Test func givenNothingDifferent_whenEditing_thenNothingIsWrittenOrAudited() async throws {
        let t = try await OrgTree.make()
        let before = try await t.f.auditCount()
        let org = try await t.f.engine.editOrganization(
            OrganizationEdit(code: "130100", nature: .stateOrgan), caller: t.city)
        #expect(org.nature == .stateOrgan)
        #expect(try await t.f.auditCount() == before)
    }

    @Test func givenOtherAdminsOrStaff_whenEditing_thenOnlyTheOwnAdminMay() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "zhou.handler", name: "周经办", staffType: .handler), by: t.department)
        for caller in [t.city, t.province, t.school, handler] {
            let e = await engineError {
                _ = try await t.f.engine.editOrganization(
                    OrganizationEdit(code: "1301001001", address: "x"), caller: caller)
            }
            #expect(e?.scope == "admin of organisation 1301001001")
        }
    }

    @Test func givenAGovernmentDepartment_whenChangingToACategoryWhoseRangeMissesItsSerial_thenRefusedWithTheRange()
        async throws
    {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.editOrganization(
                OrganizationEdit(code: "1301001001", category: .partyDepartment), caller: t.department)
        }
        #expect(v.map(\.field) == ["category"])
        let expected = "serial 1001 is outside 党委部门 (party committee department) range 0101–0999"
        #expect(v.first?.reason.contains(expected) == true)
    }

    @Test func givenAGovernmentDepartment_whenChangingToASelfReviewCategory_thenRefusedAsNotTakenByTheKind()
        async throws
    {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.editOrganization(
                OrganizationEdit(code: "1301001001", category: .hospital), caller: t.department)
        }
        #expect(v.map(\.field) == ["category"])
        #expect(v.first?.reason.contains("may not take the category 医院") == true)
    }

    @Test func givenAnEmployer_whenGivenACategory_thenRefused() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.editOrganization(
                OrganizationEdit(code: "13010010010001", category: .university), caller: t.school)
        }
        #expect(v.first?.reason.contains("takes no category") == true)
    }

    @Test func givenADepartmentWithoutACategory_whenGivenOneWhoseRangeHoldsItsSerial_thenItIsSaved() async throws {
        let t = try await OrgTree.make()
        // A record from before categories were required: the serial 1001 lies in 政府部门's range only.
        try await t.f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE organization SET category = NULL WHERE code = '1301001001'")
        }
        let same = try await t.f.engine.editOrganization(
            OrganizationEdit(code: "1301001001", category: .governmentDepartment), caller: t.department)
        #expect(same.category == .governmentDepartment)
        #expect(try await t.f.auditEvents("org.edit").first?.detail?.contains("governmentDepartment") == true)
    }

    @Test func givenAnOffice_whenGivenANatureOtherThanStateOrgan_thenRefused_butADepartmentMayChooseAnother()
        async throws
    {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.editOrganization(
                OrganizationEdit(code: "130100", nature: .publicInstitution), caller: t.city)
        }
        #expect(v.map(\.field) == ["nature"])
        let dept = try await t.f.engine.editOrganization(
            OrganizationEdit(code: "1301001001", nature: .publicInstitution), caller: t.department)
        #expect(dept.nature == .publicInstitution)
    }

    @Test func givenSeveralBadValues_whenEditing_thenEveryProblemIsListedAndNothingSaved() async throws {
        let t = try await OrgTree.make()
        let v = await collectViolations {
            _ = try await t.f.engine.editOrganization(
                OrganizationEdit(
                    code: "130100", category: .hospital, nature: .enterprise,
                    address: String(repeating: "路", count: 201), contactPerson: "ok", contactPhone: "12345"),
                caller: t.city)
        }
        #expect(Set(v.map(\.field)) == ["address", "contactPhone", "category", "nature"])
        let org = try await t.f.engine.showOrganization(code: "130100", caller: t.city)
        #expect(org.contactPerson == nil)
    }
}

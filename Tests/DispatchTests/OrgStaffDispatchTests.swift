import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// `org.*` and `staff.*` over the dispatcher: wire shapes, conversions and error data.
@Suite struct OrgStaffDispatchTests {
    /// The province admin, ready to act.
    static func provinceAdmin(_ h: DispatchHarness) async throws -> ConnectionState {
        let issued = try await h.call(SystemInitRequest(), on: h.connection(uid: 0)).admin
        return try await h.activate(issued)
    }

    static func failure(_ outcome: ParsedResponse.Outcome) -> WireError? {
        if case .failure(let e) = outcome { return e }
        return nil
    }

    @Test func givenTheProvinceAdmin_whenCreatingACityOfficeOverTheWire_thenTheResultCarriesChineseNames()
        async throws
    {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let created = try await h.call(
            CreateOrganizationRequest(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"),
            on: admin)
        #expect(created.organization.code == "130100")
        #expect(created.organization.kindName == "设区市职改办")
        #expect(created.organization.nature == .stateOrgan && created.organization.natureName == "机关")
        #expect(created.organization.adminAccount == "admin130100")
        #expect(created.admin.account == "admin130100")
        let page = try await h.call(ListOrganizationsRequest(), on: admin)
        #expect(page.items.map(\.code) == ["130100"] && page.total == 1 && page.limit == 50 && page.offset == 0)
    }

    @Test func givenBadValues_whenCreating_thenViolationsArePathsUnderParams() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let outcome = try await h.call(
            "org.create",
            #"{"parentCode":"13","kind":"provinceDepartment","category":"governmentDepartment","serial":"0999","#
                + #""name":" ","contactPhone":"1"}"#,
            on: admin)
        let e = try #require(Self.failure(outcome))
        #expect(e.code == .invalidArgument)
        #expect(e.data.violations?.map(\.field) == ["params.name", "params.contactPhone", "params.serial"])
        let bad = try #require(
            Self.failure(try await h.call("org.list", #"{"page":{"limit":0,"offset":-1}}"#, on: admin)))
        #expect(bad.data.violations?.map(\.field) == ["params.page.offset", "params.page.limit"])
        let unknownKind = try #require(
            Self.failure(try await h.call("org.list", #"{"kind":"ministry"}"#, on: admin)))
        #expect(unknownKind.code == .invalidParams && unknownKind.data.field == "params.kind")
    }

    @Test func givenAScopeRefusal_whenCalledOverTheWire_thenTheErrorNamesTheScope() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let created = try await h.call(
            CreateOrganizationRequest(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"),
            on: admin)
        let city = try await h.activate(created.admin)
        let e = try #require(
            Self.failure(try await h.call("org.rename", #"{"code":"130100","name":"x"}"#, on: city)))
        #expect(e.code == .permissionDenied)
        #expect(e.data.scope == "admin of the parent organisation")
        let renamed = try await h.call(RenameOrganizationRequest(code: "130100", name: "石家庄市职称改革办公室"), on: admin)
        #expect(renamed.name == "石家庄市职称改革办公室")
    }

    @Test func givenStaffCreatedOverTheWire_whenItLogsIn_thenItMustChangeItsPasswordFirst() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let created = try await h.call(
            CreateStaffRequest(
                account: "feng.handler", name: "冯经办", staffType: .handler, phone: "13911112222",
                permissions: ["review.handler"]), on: admin)
        #expect(created.staff.organization.code == "13")
        #expect(created.staff.permissions == ["review.handler"] && created.staff.mustChangePassword)
        let staff = h.connection(uid: 1000)
        _ = try await h.call(
            LoginRequest(account: "feng.handler", password: created.credentials.initialPassword), on: staff)
        let blocked = try #require(Self.failure(try await h.call("org.show", #"{"code":"13"}"#, on: staff)))
        #expect(blocked.code == .passwordChangeRequired)
        _ = try await h.call(
            ChangePasswordRequest(oldPassword: created.credentials.initialPassword, newPassword: "Staff-Pass-2026"),
            on: staff)
        #expect(try await h.call(ShowOrganizationRequest(code: "13"), on: staff).kindName == "省职改办")
        let grantable = try await h.call(GrantablePermissionsRequest(staffType: .leader), on: admin)
        #expect(grantable.map(\.name) == ["review.leader", "committee.formingLeader", "committee.authorityLeader"])
        #expect(grantable.first?.chineseName == "资格审查-领导审查")
        let refused = try #require(
            Self.failure(
                try await h.call(
                    "staff.setPermissions", #"{"account":"feng.handler","permissions":["review.exportList"]}"#,
                    on: admin)))
        #expect(refused.data.violations?.map(\.field) == ["params.permissions[0]"])
    }

    @Test func everyEnumValueMapsBetweenTheEngineAndTheWire() throws {
        for k in ZCEngine.OrganizationKind.allCases {
            let wire: ZCProtocol.OrganizationKind = try WireMapping.convert(k)
            #expect(try WireMapping.convert(wire) == k)
        }
        #expect(ZCEngine.OrganizationKind.allCases.count == ZCProtocol.OrganizationKind.allCases.count)
        for c in ZCEngine.OrganizationCategory.allCases {
            let wire: ZCProtocol.OrganizationCategory = try WireMapping.convert(c)
            #expect(try WireMapping.convert(wire) == c)
        }
        #expect(ZCEngine.OrganizationCategory.allCases.count == ZCProtocol.OrganizationCategory.allCases.count)
        for n in ZCEngine.OrganizationNature.allCases {
            let wire: ZCProtocol.OrganizationNature = try WireMapping.convert(n)
            #expect(try WireMapping.convert(wire) == n)
        }
        #expect(ZCEngine.OrganizationNature.allCases.count == ZCProtocol.OrganizationNature.allCases.count)
        for s in ZCEngine.StaffType.allCases {
            let wire: ZCProtocol.StaffType = try WireMapping.convert(s)
            #expect(try WireMapping.convert(wire) == s)
        }
    }
}

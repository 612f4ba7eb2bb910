import Foundation
import Testing

@testable import ZCEngine

@Suite struct OrganizationListTests {
    func page(_ offset: Int? = nil, _ limit: Int? = nil) throws -> PageRequest {
        try PageRequest(offset: offset, limit: limit)
    }

    @Test func givenTheTree_whenTheProvinceListsWithoutAParent_thenItsDirectChildrenComeSortedByCode() async throws {
        let t = try await OrgTree.make()
        let list = try await t.f.engine.listOrganizations(OrganizationQuery(page: try page()), caller: t.province)
        #expect(list.items.map(\.code) == ["130100", "133501"])
        #expect(list.total == 2)
        #expect(list.items.first?.adminLogin == "admin130100")
        #expect(list.items.first?.parentCode == "13")
    }

    @Test func givenTheTree_whenListingTheSubtree_thenEveryDescendantComesDepthFirst() async throws {
        let t = try await OrgTree.make()
        let list = try await t.f.engine.listOrganizations(
            OrganizationQuery(parentCode: "13", subtree: true, page: try page()), caller: t.province)
        #expect(list.items.map(\.code) == ["130100", "1301001001", "13010010010001", "133501"])
        let city = try await t.f.engine.listOrganizations(
            OrganizationQuery(parentCode: "130100", subtree: true, page: try page()), caller: t.province)
        #expect(city.items.map(\.code) == ["1301001001", "13010010010001"])
    }

    @Test func givenTheTree_whenFilteringByKind_thenOnlyThatKindIsListed() async throws {
        let t = try await OrgTree.make()
        let list = try await t.f.engine.listOrganizations(
            OrganizationQuery(subtree: true, kind: .employer, page: try page()), caller: t.province)
        #expect(list.items.map(\.code) == ["13010010010001"])
        #expect(list.total == 1)
    }

    @Test func givenManyChildren_whenPaging_thenOffsetLimitAndTotalAreHonoured() async throws {
        let t = try await OrgTree.make()
        for serial in ["1002", "1003", "1004", "1005"] {
            _ = try await t.f.engine.createOrganization(
                NewOrganization(
                    parentCode: "130100", kind: .cityDepartment, category: .governmentDepartment, serial: serial,
                    name: "部门\(serial)"), caller: t.city)
        }
        let second = try await t.f.engine.listOrganizations(
            OrganizationQuery(page: try page(2, 2)), caller: t.city)
        #expect(second.items.map(\.code) == ["1301001003", "1301001004"])
        #expect(second.total == 5)
        #expect(second.offset == 2 && second.limit == 2)
        let past = try await t.f.engine.listOrganizations(OrganizationQuery(page: try page(10, 2)), caller: t.city)
        #expect(past.items.isEmpty && past.total == 5)
        #expect(try page().limit == 50)
    }

    @Test func givenABadPage_whenBuildingTheRequest_thenBothProblemsAreReported() async throws {
        let v = await collectViolations { _ = try PageRequest(offset: -1, limit: 0) }
        #expect(v.map(\.field) == ["page.offset", "page.limit"])
    }

    @Test func givenADisabledChild_whenListing_thenItIsHiddenUnlessAskedFor() async throws {
        let t = try await OrgTree.make()
        _ = try await t.f.engine.disableOrganization(code: "133501", reason: "合并", caller: t.province)
        let visible = try await t.f.engine.listOrganizations(OrganizationQuery(page: try page()), caller: t.province)
        #expect(visible.items.map(\.code) == ["130100"])
        let all = try await t.f.engine.listOrganizations(
            OrganizationQuery(includeDisabled: true, page: try page()), caller: t.province)
        #expect(all.items.map(\.code) == ["130100", "133501"])
        #expect(all.items.last?.disabled == true)
    }

    @Test func givenTheTree_whenAnAdminAboveLists_thenAllowed_andBelowOrBesideIsDenied() async throws {
        let t = try await OrgTree.make()
        // The province is two levels above the department: allowed.
        let fromAbove = try await t.f.engine.listOrganizations(
            OrganizationQuery(parentCode: "1301001001", page: try page()), caller: t.province)
        #expect(fromAbove.items.map(\.code) == ["13010010010001"])
        // The city may not list the province's children, nor the university (a sibling's subtree).
        for (code, caller) in [("13", t.city), ("133501", t.city), ("130100", t.university)] {
            let e = await engineError {
                _ = try await t.f.engine.listOrganizations(
                    OrganizationQuery(parentCode: code, page: try page()), caller: caller)
            }
            #expect(e?.scope == "admin of organisation \(code) or above", "\(code)")
        }
    }

    @Test func givenAStaffMember_whenListing_thenDenied() async throws {
        let t = try await OrgTree.make()
        let (_, handler) = try await t.f.createStaff(
            NewStaff(login: "wang.handler", name: "王经办", staffType: .handler), by: t.city)
        let e = await engineError {
            _ = try await t.f.engine.listOrganizations(OrganizationQuery(page: try page()), caller: handler)
        }
        #expect(e?.isPermissionDenied == true)
    }

    @Test func givenAnUnknownParent_whenListing_thenNotFound() async throws {
        let t = try await OrgTree.make()
        let e = await engineError {
            _ = try await t.f.engine.listOrganizations(
                OrganizationQuery(parentCode: "139999", page: try page()), caller: t.province)
        }
        #expect(e == .notFound(entity: "organization", key: "139999"))
    }
}

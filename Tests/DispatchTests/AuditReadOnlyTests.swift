import Foundation
import GRDB
import Testing
import ZCProtocol

@testable import ZCEngine
@testable import zcd

/// No method can change or delete audit events: the only methods of the audit family read, and calling them leaves
/// the trail exactly as it was.
@Suite struct AuditReadOnlyTests {
    @Test func theOnlyAuditMethodsAreTheTwoQueries() {
        let named = MethodRegistry.all.map { $0.method }.filter { $0.lowercased().contains("audit") }
        #expect(Set(named) == ["audit.case", "audit.organization"])
    }

    @Test func callingEveryAuditMethodLeavesTheTrailUnchanged() async throws {
        let h = try DispatchHarness()
        let seed = try await ReviewListSeed(h, cases: 2)
        let before = try await Self.trail(h)
        #expect(!before.isEmpty)
        let params: [String: String] = [
            "audit.case": #"{"application":\#(seed.firstCase)}"#,
            "audit.organization": #"{"code":"13","subtree":true,"page":{"limit":500}}"#,
        ]
        for type in MethodRegistry.all where type.method.contains("audit") {
            let outcome = try await h.call(type.method, params[type.method] ?? "{}", on: seed.provinceAdmin)
            guard case .success = outcome else {
                Issue.record("\(type.method) failed: \(outcome)")
                continue
            }
        }
        #expect(try await Self.trail(h) == before)
        let page = try await h.call(
            AuditOrganizationRequest(code: "13", subtree: true, page: PageParams(limit: 500)), on: seed.provinceAdmin)
        let withOrganization = try await h.engine.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event WHERE organization_id IS NOT NULL")
        }
        #expect(page.total == withOrganization)
        #expect(page.items.map(\.id) == page.items.map(\.id).sorted(by: >))
    }

    /// Every column of every event, in id order.
    static func trail(_ h: DispatchHarness) async throws -> [String] {
        try await h.engine.store.pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT id || '|' || at || '|' || action || '|' || outcome || '|' || coalesce(actor_login, '') || '|'
                        || coalesce(organization_id, '') || '|' || coalesce(detail, '') FROM audit_event ORDER BY id
                    """)
        }
    }
}

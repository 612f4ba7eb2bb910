import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct AuditTests {
    @Test func givenAnAction_thenTheEventNamesWhoFromWhichPeerWhatAndWhen() async throws {
        let f = try EngineFixture()
        _ = try await f.initialize()
        let row = try f.engine.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM audit_event WHERE action = 'system.init'")
        }
        let event = try #require(row)
        #expect(event["peer_uid"] as Int64? == 0)
        #expect(event["peer_pid"] as Int64? == 100)
        #expect(event["outcome"] as String? == "ok")
        #expect(event["target_id"] as String? == "13")
        #expect(event["at"] as Date? == f.clock.now())
    }

    @Test func givenAuditEvents_thenTheyCannotBeChangedOrDeleted() async throws {
        let f = try EngineFixture()
        _ = try await f.initialize()
        await #expect(throws: DatabaseError.self) {
            try await f.engine.store.pool.write { db in try db.execute(sql: "UPDATE audit_event SET action = 'x'") }
        }
        await #expect(throws: DatabaseError.self) {
            try await f.engine.store.pool.write { db in try db.execute(sql: "DELETE FROM audit_event") }
        }
        #expect(try await f.auditActions() == ["system.init:ok"])
    }
}

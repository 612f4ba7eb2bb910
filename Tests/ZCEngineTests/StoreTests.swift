import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite struct StoreTests {
    @Test func givenAnEmptyFile_whenOpened_thenEveryMigrationIsApplied() throws {
        let store = try Store.temporary()
        let applied = try store.appliedMigrations()
        #expect(applied == Migrations.migrator.migrations)
        #expect(applied.first == "v1-accounts-sessions-audit")
        #expect(applied.contains("v6-review-chain"))
    }

    @Test func givenAStoreOnDisk_thenItIsAWALPoolWithForeignKeysAndFullSync() throws {
        let store = try Store.temporary()
        let (mode, fk, sync) = try store.pool.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            )
        }
        #expect(mode == "wal")
        #expect(fk == 1)
        #expect(sync == 2)  // FULL
    }

    @Test func givenAStoreClosedAndReopened_thenDataIsStillThere() async throws {
        let store = try Store.temporary()
        let path = store.path
        try await store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO organization (code, kind, name, created_at, updated_at)
                    VALUES ('13', 'provinceOffice', 'x', '2026-01-01', '2026-01-01')
                    """)
        }
        try store.close()
        let reopened = try Store(path: path)
        let count = try await reopened.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM organization") }
        #expect(count == 1)
    }
}

@Suite struct RecordLayoutTests {
    @Test func applicationRecordsReadByPositionMatchTheSchema() throws {
        let store = try Store.temporary()
        let names = try store.pool.read { db in try db.columns(in: "application").map(\.name) }
        #expect(names == ApplicationRecord.columns)
    }
}

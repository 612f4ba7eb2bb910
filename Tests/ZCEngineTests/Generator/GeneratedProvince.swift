import Foundation
import GRDB
import Logging

@testable import ZCEngine

/// A small generated province on a temporary store, made once per configuration and shared by the generator tests.
struct GeneratedProvince: Sendable {
    let store: Store
    let result: ProvinceGenerator.Result
    let now: Date

    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func config(seed: UInt64 = 7) -> ProvinceGeneratorConfig {
        var c = ProvinceGeneratorConfig()
        c.applicants = 600
        c.employers = 20
        c.seed = seed
        c.now = now
        c.kdfLogN = 4
        c.manifestApplicants = 60
        c.manifestReviewers = 10
        c.manifestCases = 5
        c.transactionSize = 250
        return c
    }

    static func make(seed: UInt64 = 7) throws -> GeneratedProvince {
        let store = try Store.temporary()
        let result = try ProvinceGenerator(config(seed: seed)).generate(into: store)
        return GeneratedProvince(store: store, result: result, now: now)
    }

    /// An engine on the generated store whose clock stands at the generation's "now".
    func engine() -> Engine {
        var config = EngineConfig.testing
        config.kdfLogN = 4
        return Engine(store: store, config: config, clock: ManualTime(now), logger: Logger(label: "test"))
    }

    /// A digest of the rows that must not depend on anything but the seed (password hashes have a random salt).
    func fingerprint() throws -> [String] {
        try store.pool.read { db in
            try [
                "SELECT id, code, parent_id, kind, category, nature, name, address, contact_person, contact_phone FROM organization ORDER BY id",
                "SELECT id, login, kind, organization_id, display_name, staff_type, phone, created_at FROM account ORDER BY id",
                "SELECT * FROM applicant ORDER BY account_id",
                "SELECT * FROM application ORDER BY id",
                "SELECT * FROM application_section ORDER BY application_id, section",
                "SELECT * FROM application_snapshot ORDER BY id",
                "SELECT * FROM review_step ORDER BY id",
                "SELECT * FROM blacklist ORDER BY id",
                "SELECT * FROM audit_event WHERE action <> 'ref.seed' ORDER BY id",
                "SELECT * FROM committee ORDER BY id",
            ].map { sql in
                try Row.fetchAll(db, sql: sql).map { $0.description }.joined(separator: "\n")
            }
        }
    }
}

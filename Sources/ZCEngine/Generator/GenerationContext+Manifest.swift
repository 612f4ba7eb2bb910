import Foundation
import GRDB

/// The manifest for load generators and the summary for the operator, read back from the written store.
extension GenerationContext {
    static let tables = [
        "organization", "account", "account_permission", "applicant", "committee", "committee_specialty",
        "reference_series", "reference_qualification", "batch", "batch_series", "application", "application_section",
        "application_snapshot", "blob", "evidence_file", "review_step", "blacklist", "audit_event",
    ]

    func manifest(_ db: Database, seconds: Double) throws -> GenerationManifest {
        let batches = try Row.fetchAll(
            db,
            sql: """
                SELECT b.id, o.code, o.name AS office_name, b.name, count(a.id) AS applications
                FROM batch b JOIN organization o ON o.id = b.office_organization_id
                LEFT JOIN application a ON a.batch_id = b.id GROUP BY b.id ORDER BY b.id
                """
        ).map {
            GenerationManifest.Batch(
                id: $0["id"], office: $0["code"], officeName: $0["office_name"], name: $0["name"],
                applications: $0["applications"])
        }
        // Every queue, longest first; those of the busiest reviewer's batch lead the list, so that a load generator
        // filtering by `batch` finds many reviewers with work in it.
        let queues = try Row.fetchAll(
            db,
            sql: """
                SELECT review_organization_id AS org, review_stage AS stage, count(*) AS waiting FROM application
                WHERE state = 'submitted' AND review_organization_id IS NOT NULL
                GROUP BY review_organization_id, review_stage ORDER BY waiting DESC, org, stage
                """
        ).map {
            (
                index: Int(($0["org"] as Int64) - 1), stage: ReviewStage(rawValue: $0["stage"]) ?? .handler,
                waiting: $0["waiting"] as Int
            )
        }
        let mainBatch = queues.first.map { tree.organizations[$0.index].batch }
        let ordered =
            queues.filter { tree.organizations[$0.index].batch == mainBatch }
            + queues.filter { tree.organizations[$0.index].batch != mainBatch }
        var reviewers: [GenerationManifest.Reviewer] = []
        for (rank, queue) in ordered.prefix(config.manifestReviewers).enumerated() {
            let org = tree.organizations[queue.index]
            var cases: [GenerationManifest.Case] = []
            if rank < 50 {
                cases = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, review_seq FROM application
                        WHERE review_organization_id = ? AND review_stage = ? AND state = 'submitted'
                        ORDER BY waiting_since, id LIMIT ?
                        """, arguments: [org.id, queue.stage.rawValue, config.manifestCases]
                ).map { GenerationManifest.Case(application: $0["id"], step: $0["review_seq"]) }
            }
            reviewers.append(
                GenerationManifest.Reviewer(
                    login: staffLogin(queue.index, queue.stage), password: config.password, organization: org.code,
                    organizationName: org.name, stage: queue.stage.rawValue, waiting: queue.waiting,
                    batch: batchID(org.batch), cases: cases))
        }
        let admins = tree.organizations.indices.filter {
            let kind = tree.organizations[$0].kind
            return kind == .provinceOffice || kind.isCityLevelOffice
        }.map {
            GenerationManifest.Admin(
                login: adminLogin($0), password: config.password, organization: tree.organizations[$0].code)
        }
        var tables: [String: Int] = [:]
        for table in Self.tables {
            tables[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        let formatter = ISO8601DateFormatter()
        return GenerationManifest(
            generator: .init(
                seed: config.seed, applicants: config.applicants, employers: config.employers,
                now: formatter.string(from: now.date), seconds: (seconds * 10).rounded() / 10),
            password: config.password, batch: mainBatch.map(batchID), batches: batches, applicants: sample,
            reviewers: reviewers, admins: admins,
            states: Dictionary(uniqueKeysWithValues: states.map { ($0.key.rawValue, $0.value) }), tables: tables)
    }

    func summary(_ db: Database, manifest: GenerationManifest, seconds: Double, path: String) throws
        -> GenerationSummary
    {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        return GenerationSummary(
            tables: Self.tables.map { ($0, manifest.tables[$0] ?? 0) },
            states: ApplicationState.allCases.map { ($0.rawValue, states[$0] ?? 0) },
            longestQueue: manifest.reviewers.first.map { ($0.login, $0.organization, $0.waiting) },
            seconds: seconds, databaseBytes: size)
    }
}

import Foundation
import GRDB

/// The organisational side of a generation: organisations with their admins, a handler and a leader each, batches,
/// committees, and the audit events that made them.
extension GenerationContext {
    mutating func writeTree(_ w: inout BulkWriter, _ db: Database) throws {
        var random = GeneratorRandom(seed: config.seed).fork(2)
        let founded = now.adding(-400 * GeneratedTime.day)
        let system = BulkWriter.Actor(accountID: nil, login: nil, organizationID: nil, peerPID: 1)
        for (index, org) in tree.organizations.enumerated() {
            let created = founded.adding(Int64(index) * GeneratedTime.minute)
            let contact = GeneratedNames.person(male: random.chance(0.5), &random)
            try w.run(
                w.organization, "organization",
                [
                    org.id, org.code, org.parent.map { tree.organizations[$0].id }, org.kind.rawValue,
                    org.category?.rawValue,
                    org.nature?.rawValue, org.name, address(org, &random), contact, GeneratedNames.landline(&random),
                    created.sqlText, created.sqlText,
                ])
            try w.run(
                w.account, "account",
                [
                    adminID(index), adminLogin(index), AccountKind.orgAdmin.rawValue, org.id, org.name + "管理员", nil,
                    passwordHash, created.adding(GeneratedTime.day).sqlText, created.sqlText, created.sqlText, nil,
                ])
            if let parent = org.parent {
                try w.audit(
                    at: created, "org.create",
                    by: .init(
                        accountID: adminID(parent), login: adminLogin(parent),
                        organizationID: tree.organizations[parent].id, peerPID: 4242),
                    organization: org.id, target: ("organization", org.code),
                    detail: [
                        ("admin", adminLogin(index)), ("kind", org.kind.rawValue), ("name", org.name),
                        ("parent", tree.organizations[parent].code),
                    ])
            } else {
                try w.audit(
                    at: created, "system.init", by: system, organization: org.id, target: ("organization", org.code),
                    detail: [("admin", adminLogin(index)), ("name", org.name)])
            }
            for stage in [ReviewStage.handler, .leader] {
                try writeStaff(index, stage, created: created.adding(2 * GeneratedTime.day), &w, &random)
            }
        }
        try writeBatches(&w, db)
        try writeCommittees(&w, db)
        try db.execute(
            sql: "INSERT INTO blob (sha256, size, media_type, created_at) VALUES (?, ?, 'application/pdf', ?)",
            arguments: [evidence.sha256, evidence.size, opens.sqlText])
    }

    private func writeStaff(
        _ index: Int, _ stage: ReviewStage, created: GeneratedTime, _ w: inout BulkWriter,
        _ random: inout GeneratorRandom
    ) throws {
        let org = tree.organizations[index]
        let id = staffID(index, stage)
        let type: StaffType = stage == .handler ? .handler : .leader
        let family: [Permission] =
            type == .handler
            ? [.reviewHandler, .reviewPublicity]
            : [.reviewLeader, .reviewExportList, .reviewEntrustIntermediate, .reviewEntrustSenior]
        let permissions = family.filter { $0.mayBeGranted(to: type, in: org.kind) }.sorted { $0.rawValue < $1.rawValue }
        try w.run(
            w.account, "account",
            [
                id, staffLogin(index, stage), AccountKind.staff.rawValue, org.id,
                GeneratedNames.person(male: random.chance(0.5), &random), type.rawValue, passwordHash,
                created.adding(GeneratedTime.day).sqlText, created.sqlText, created.sqlText,
                GeneratedNames.mobile(&random),
            ])
        for permission in permissions {
            try w.run(w.permission, "account_permission", [id, permission.rawValue])
        }
        try w.audit(
            at: created, "staff.create",
            by: .init(accountID: adminID(index), login: adminLogin(index), organizationID: org.id, peerPID: 4242),
            organization: org.id, target: ("account", String(id)),
            detail: [
                ("account", staffLogin(index, stage)),
                ("permissions", permissions.map(\.rawValue).joined(separator: ",")),
                ("staffType", type.rawValue),
            ])
    }

    private func writeBatches(_ w: inout BulkWriter, _ db: Database) throws {
        let year = today.year
        let created = opens.adding(-GeneratedTime.day)
        for (index, plan) in tree.batches.enumerated() {
            let office = tree.organizations[plan.office]
            let name = "\(year)年度\(plan.name)职称申报"
            try db.execute(
                sql: """
                    INSERT INTO batch (id, office_organization_id, year, name, opens_at, closes_at, archived, created_at,
                        updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """,
                arguments: [
                    batchID(index), office.id, year, name, opens.sqlText, closes.sqlText, created.sqlText,
                    created.sqlText,
                ])
            for series in reference.series {
                try db.execute(
                    sql: "INSERT INTO batch_series (batch_id, series_code) VALUES (?, ?)",
                    arguments: [batchID(index), series])
            }
            w.counts["batch", default: 0] += 1
            w.counts["batch_series", default: 0] += reference.series.count
            try w.audit(
                at: created, "batch.create",
                by: .init(
                    accountID: adminID(plan.office), login: adminLogin(plan.office), organizationID: office.id,
                    peerPID: 4242),
                organization: office.id, target: ("batch", String(batchID(index))),
                detail: [("name", name), ("series", reference.series.joined(separator: ",")), ("year", String(year))])
        }
    }
}

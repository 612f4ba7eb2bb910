import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// The province generator: a small province (600 applicants, 20 employers) obeys every rule the engine checks.
@Suite("Province generator")
struct ProvinceGeneratorTests {
    /// Made once for the whole suite: generating is the slow part.
    static let shared = Result { try GeneratedProvince.make() }
    let province: GeneratedProvince

    init() throws { province = try Self.shared.get() }

    @Test("Every resident ID is valid and matches the applicant's gender and birth date")
    func residentIDs() throws {
        let rows = try province.store.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM applicant") }
        #expect(rows.count == 600)
        for row in rows {
            let id = try ResidentID(validating: row["id_number"], today: province.now)
            #expect(id.value.hasPrefix("13"))
            #expect(id.gender.rawValue == row["gender"] as String)
            #expect(id.birthDate.description == row["birth_date"] as String)
            #expect(
                try province.store.pool.read { db in
                    try String.fetchOne(
                        db, sql: "SELECT login FROM account WHERE id = ?", arguments: [row["account_id"] as Int64])
                } == id.value)
        }
    }

    @Test("Every organisation code is well formed for its kind, unique, and extends its parent's")
    func organisationCodes() throws {
        let rows = try province.store.pool.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT o.code, o.kind, o.category, p.code AS parent, p.kind AS parent_kind FROM organization o LEFT JOIN organization p ON p.id = o.parent_id"
            )
        }
        var seen = Set<String>()
        for row in rows {
            let kind = try #require(OrganizationKind(rawValue: row["kind"]))
            let code = try OrganizationCode(validating: row["code"], for: kind)
            #expect(seen.insert(code.value).inserted)
            #expect(code.parent?.value == row["parent"])
            if let parentKind = (row["parent_kind"] as String?).flatMap(OrganizationKind.init(rawValue:)) {
                #expect(kind.mayBeCreated(under: parentKind))
            }
            let category = (row["category"] as String?).flatMap(OrganizationCategory.init(rawValue:))
            try kind.validateCategory(category)
            if let category, let serial = code.serial { #expect(category.serialRange.contains(serial.number)) }
        }
        #expect(rows.contains { $0["kind"] == "cityOffice" })
        #expect(rows.filter { $0["kind"] == "cityOffice" }.count == 11)
        let accounts = try province.store.pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM account WHERE kind <> 'applicant' AND must_change_password = 0")
        }
        #expect(accounts == rows.count * 3)
    }

    @Test("Every state occurs, with a plausible share")
    func states() throws {
        let counts = try province.store.pool.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(
                    db, sql: "SELECT state, count(*) AS n FROM application GROUP BY state"
                ).map {
                    ($0["state"] as String, $0["n"] as Int)
                })
        }
        for state: ApplicationState in [.draft, .submitted, .returned, .rejected, .blacklisted, .awaitingPublicity] {
            #expect((counts[state.rawValue] ?? 0) > 0, "no \(state.rawValue) declaration")
        }
        #expect((counts["submitted"] ?? 0) > 300)
        let blacklist = try province.store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM blacklist")
        }
        #expect(blacklist == counts["blacklisted"])
    }

    @Test("A case in review waits on its own chain, at the place its history leads to")
    func chainPositions() throws {
        try province.store.pool.read { db in
            let apps = try ApplicationRecord.filter(Column("state") != "draft").fetchAll(db)
            for app in apps {
                let path = try organizationPath(db, from: app.employerOrganizationId)
                let level = try #require(TitleLevel(rawValue: app.level))
                let method = try #require(ReviewMethod(rawValue: app.reviewMethod))
                let chain = try #require(
                    ReviewChain.chain(
                        upwardFrom: path, kind: { OrganizationKind(rawValue: $0.kind) }, level: level, method: method))
                #expect(app.chainEndOrganizationId == chain.last?.id)
                let steps = try ReviewStepRecord.filter(Column("application_id") == app.id).order(Column("id"))
                    .fetchAll(db)
                let snapshots =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM application_snapshot WHERE application_id = ?",
                        arguments: [app.id]) ?? 0
                #expect(snapshots == app.round && app.round >= 1)
                #expect(app.reviewSeq == snapshots + steps.count)
                #expect(steps.allSatisfy { step in chain.contains { $0.id == step.organizationId } })
                if app.state == "submitted" {
                    let here = try #require(app.reviewOrganizationId)
                    #expect(chain.contains { $0.id == here })
                    #expect(app.reviewStage != nil && app.waitingSince != nil)
                    // The last decision of this round put it exactly here.
                    let current = steps.filter { $0.round == app.round }
                    let passes = current.count
                    #expect(chain[passes / 2].id == here)
                    #expect(app.reviewStage == (passes % 2 == 0 ? "handler" : "leader"))
                } else {
                    #expect(app.reviewOrganizationId == nil && app.reviewStage == nil)
                }
                if app.state == "awaitingPublicity" {
                    #expect(steps.last?.organizationId == chain.last?.id && steps.last?.stage == "leader")
                }
                if app.state == "returned" { #expect(app.returnMarks != nil && app.returnReason != nil) }
            }
        }
    }

    @Test("Every section decodes into its type and validates; every submitted declaration is complete")
    func sections() async throws {
        let engine = province.engine()
        try await engine.store.pool.read { db in
            let apps = try ApplicationRecord.fetchAll(db)
            var submitted = 0
            for app in apps {
                let context = try engine.sectionContext(db, app, now: province.now)
                for record in try SectionRecord.filter(Column("application_id") == app.id).fetchAll(db) {
                    let key = try #require(SectionKey(rawValue: record.section))
                    let type = try #require(SectionTypes.type(for: key))
                    let section = try Engine.decodeSection(type, record.content)
                    #expect(
                        section.violations(in: context).isEmpty,
                        "\(key) of \(app.id ?? 0): \(section.violations(in: context))")
                    #expect(try engine.evidenceViolations(db, app, section.evidence).isEmpty)
                    // Stored exactly as a save would store it: normalised, canonical JSON.
                    var normal = section
                    normal.normalize()
                    #expect(try CanonicalJSON.encode(normal) == record.content)
                }
                if app.state != "draft" {
                    submitted += 1
                    let problems = try engine.completenessProblems(db, app, now: province.now)
                    #expect(problems.isEmpty, "\(app.id ?? 0): \(problems)")
                    let snapshot = try #require(
                        try String.fetchOne(
                            db, sql: "SELECT document FROM application_snapshot WHERE id = ?",
                            arguments: [app.snapshotId]))
                    #expect(Array(snapshot.utf8) == (try engine.liveBody(db, app)))
                }
            }
            #expect(submitted > 400)
        }
    }

    @Test("The audit trail records logins, submissions and decisions, and the store's references hold")
    func auditAndIntegrity() throws {
        try province.store.pool.read { db in
            let uncovered = try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM application a WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.case_id = a.id AND e.action = 'application.start')"
            )
            #expect(uncovered == 0)
            let submits = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM audit_event WHERE action = 'application.submit'")
            let snapshots = try Int.fetchOne(db, sql: "SELECT count(*) FROM application_snapshot")
            #expect(submits == snapshots)
            let decisions = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event WHERE action LIKE 'review.%'")
            let steps = try Int.fetchOne(db, sql: "SELECT count(*) FROM review_step")
            #expect(decisions == steps)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0
            #expect(total > 600 * 5)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "PRAGMA synchronous") == 2)
        }
    }

    @Test("A generated reviewer logs in with the manifest's password, sees its queue and passes a case")
    func reviewerWorks() async throws {
        let engine = province.engine()
        let manifest = province.result.manifest
        let reviewer = try #require(manifest.reviewers.first)
        #expect(reviewer.waiting > 0 && !reviewer.cases.isEmpty)
        let peer = Peer(uid: 1000, gid: 1000, pid: 1)
        let outcome = try await engine.login(
            account: reviewer.login, password: manifest.password, caller: Caller(peer: peer, isOperator: false))
        let caller = Caller(peer: peer, isOperator: false, principal: outcome.principal)
        let page = try engine.reviewQueue(CaseFilter(), page: PageRequest(offset: 0, limit: 50), caller: caller)
        #expect(page.total == reviewer.waiting)
        #expect(page.items.first?.id == reviewer.cases.first?.application)
        let first = try #require(reviewer.cases.first)
        let decided = try await engine.decide(
            ReviewDecision(applicationID: first.application, step: first.step, outcome: .pass, opinion: nil),
            caller: caller)
        #expect(decided.step == first.step + 1)
        let applicant = try #require(manifest.applicants.first { $0.state == "draft" })
        let me = try await engine.login(
            account: applicant.login, password: manifest.password, caller: Caller(peer: peer, isOperator: false))
        #expect(!me.account.mustChangePassword)
    }

    @Test("The same seed gives the same province, row for row; another seed another")
    func deterministic() throws {
        // Fresh ones: the shared province has been acted on by other tests.
        let one = try GeneratedProvince.make().fingerprint()
        let two = try GeneratedProvince.make().fingerprint()
        #expect(one == two)
        #expect(try GeneratedProvince.make(seed: 8).fingerprint() != one)
    }

    private func organizationPath(_ db: Database, from id: Int64) throws -> [OrganizationRecord] {
        var path: [OrganizationRecord] = []
        var cursor: Int64? = id
        while let c = cursor, let org = try OrganizationRecord.fetchOne(db, key: c) {
            path.append(org)
            cursor = org.parentId
        }
        return path
    }
}

/// The queue's count on a generated province: read from `application_queue_submitted` alone (v9), with or without
/// the batch filter, so a city office with thousands of cases waiting counts them without reading their rows.
@Suite("Queue indexes")
struct QueueIndexTests {
    @Test("A queue count is answered from the covering index, with and without a batch")
    func countUsesCoveringIndex() throws {
        let province = try ProvinceGeneratorTests.shared.get()
        for extra in [[], ["a.batch_id = ?"]] {
            let conditions = ["a.review_organization_id = ?", "a.review_stage = ?", "a.state = 'submitted'"] + extra
            let sql = Engine.caseCountSQL(conditions: conditions)
            let plan = try province.store.pool.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN " + sql,
                    arguments: StatementArguments([2, "handler", 1].prefix(2 + extra.count))
                )
                .map { $0["detail"] as String }
            }
            #expect(
                plan == [
                    "SEARCH a USING COVERING INDEX application_queue_submitted (review_organization_id=? AND review_stage=?"
                        + (extra.isEmpty ? ")" : " AND batch_id=?)")
                ], "\(plan)")
        }
        let named = Engine.caseCountSQL(conditions: ["a.review_organization_id = ?", "(p.name LIKE ? ESCAPE '\\')"])
        #expect(named.contains("JOIN applicant p"))
    }
}

/// `--cities 1`: the other ten cities keep their offices but take no employers, so one city office's lists are long.
@Suite("Province tree")
struct ProvinceTreeTests {
    @Test("With one city, every employer with applicants below a city office is below 石家庄's")
    func oneCity() throws {
        var random = GeneratorRandom(seed: 3)
        let tree = try ProvinceTree.build(employers: 200, cities: 1, random: &random)
        func cityOffice(of index: Int) -> GeneratedOrganization? {
            var current = tree.organizations[index].parent
            while let at = current {
                if tree.organizations[at].kind == .cityOffice { return tree.organizations[at] }
                current = tree.organizations[at].parent
            }
            return nil
        }
        #expect(tree.organizations.filter { $0.kind == .cityOffice }.count == 11)
        let employers = tree.organizations.indices.filter { tree.organizations[$0].size > 0 }
        let inCities = employers.compactMap { cityOffice(of: $0) }
        #expect(inCities.count > employers.count / 2)
        #expect(Set(inCities.map(\.name)).count == 1)
        #expect(inCities.first?.name.contains("石家庄") == true)
    }
}

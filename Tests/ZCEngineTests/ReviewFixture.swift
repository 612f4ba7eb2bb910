import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// The chain 石家庄市第一中学 (employer) → 石家庄市教育局 (city department) → 石家庄市职改办 (city office), each with a
/// handler and a leader holding the review permissions, and one applicant with a complete declaration ready to
/// submit in an open batch.
struct ReviewFixture {
    let base: EngineFixture
    var engine: Engine { base.engine }
    var clock: ManualTime { base.clock }
    let cityAdmin: Caller
    /// Handlers and leaders by organisation code.
    var handlers: [String: Caller] = [:]
    var leaders: [String: Caller] = [:]
    let applicant: Caller
    let batch: BatchView
    let school: OrganizationView
    let bureau: OrganizationView
    let city: OrganizationView
    var applicationID: Int64 = 0

    init(level: String = "zhongxiaoxue.fugao") async throws {
        base = try EngineFixture()
        let f = base
        let province = try await f.provinceAdmin()
        let (city, cityIssued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), caller: province)
        cityAdmin = try await DeclarationFixture.ready(f, cityIssued, "City-Pass-2026")
        let (bureau, bureauIssued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: city.code, kind: .cityDepartment, category: .governmentDepartment, serial: "1001", name: "石家庄市教育局"),
            caller: cityAdmin)
        let bureauAdmin = try await DeclarationFixture.ready(f, bureauIssued, "Bureau-Pass-2026")
        let (school, _) = try await f.engine.createOrganization(
            NewOrganization(parentCode: bureau.code, kind: .employer, name: "石家庄市第一中学"), caller: bureauAdmin)
        self.city = city
        self.bureau = bureau
        self.school = school
        try await DeclarationFixture.seedReference(f.engine)
        for org in [school, bureau, city] {
            handlers[org.code] = try await Self.staff(f, org: org, login: "h\(org.code)", type: "handler", permissions: ["review.handler"])
            leaders[org.code] = try await Self.staff(f, org: org, login: "l\(org.code)", type: "leader", permissions: ["review.leader"])
        }
        try await DeclarationFixture.insertApplicant(
            f.engine, employerID: school.id, idNumber: DeclarationFixture.idNumber, name: "张伟", password: "Applicant-2026")
        applicant = try await f.login(DeclarationFixture.idNumber, "Applicant-2026").0
        batch = try await f.engine.createBatch(
            NewBatch(
                year: 2026, name: "2026年度中小学教师职称申报", seriesCodes: ["zhongxiaoxue"],
                opensAt: f.clock.now().addingTimeInterval(-3600), closesAt: f.clock.now().addingTimeInterval(30 * 86400)),
            caller: cityAdmin)
        var d = DeclarationFixture.declaration
        d.qualificationCode = level
        let app = try await f.engine.startApplication(batchID: batch.id, declaration: d, caller: applicant)
        applicationID = app.id
        try await fillRequiredSections()
    }

    /// A staff account with permissions, password already changed.
    static func staff(_ f: EngineFixture, org: OrganizationView, login: String, type: String, permissions: [String])
        async throws -> Caller
    {
        let hash = try f.engine.hasher.hash("Staff-Pass-2026")
        let now = Date()
        try await f.engine.store.pool.write { db in
            var a = AccountRecord(
                login: login, kind: "staff", organizationId: org.id, displayName: login, staffType: type,
                passwordHash: hash, mustChangePassword: false, failedLogins: 0, disabled: false, createdAt: now,
                updatedAt: now)
            try a.insert(db)
            for p in permissions {
                try AccountPermissionRecord(accountId: a.id ?? 0, permission: p).insert(db)
            }
        }
        return try await f.login(login, "Staff-Pass-2026").0
    }

    /// Every required section saved (content the section rules accept).
    func fillRequiredSections() async throws {
        try await Self.fillRequiredSections(base, applicationID: applicationID, applicant: applicant)
    }

    /// Every required section of `applicationID` saved: 基础信息 for the fixture's today, the others from
    /// `examples/declaration/` with their evidence attached.
    static func fillRequiredSections(_ f: EngineFixture, applicationID: Int64, applicant: Caller) async throws {
        _ = try await f.engine.saveSection(
            DeclarationFixture.basicInfoFor(f.clock.now()), applicationID: applicationID, caller: applicant)
        for key in SectionKey.allCases
        where key.requiredForSubmission && key != .declaration && key != .basicInfo {
            guard let type = SectionTypes.type(for: key) else { continue }
            let json = try await DeclarationSubmissionTests.replacingPlaceholders(
                try DeclarationSubmissionTests.example(key)
            ) { mediaType in
                try await attachFile(f, to: applicationID, mediaType: mediaType)
            }
            try await save(type, json, f.engine, applicationID, applicant)
        }
    }

    private static func save<S: DeclarationSection>(
        _ type: S.Type, _ json: String, _ engine: Engine, _ applicationID: Int64, _ applicant: Caller
    ) async throws {
        _ = try await engine.saveSection(
            try JSONDecoder().decode(S.self, from: Data(json.utf8)), applicationID: applicationID, caller: applicant)
    }

    /// An evidence file as an upload leaves it: a `blob` and an `evidence_file` row.
    static func attachFile(_ f: EngineFixture, to applicationID: Int64, mediaType: String) async throws -> Int64 {
        let sha = (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
        let now = f.clock.now()
        return try await f.engine.store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO blob (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)",
                arguments: [sha, 1024, mediaType, now])
            try db.execute(
                sql: """
                    INSERT INTO evidence_file (application_id, sha256, name, media_type, size, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [applicationID, sha, mediaType == "application/pdf" ? "evidence.pdf" : "evidence.png",
                    mediaType, 1024, now])
            return db.lastInsertedRowID
        }
    }

    func submit() async throws -> ApplicationView {
        try await engine.submit(applicationID: applicationID, caller: applicant)
    }

    func step() async throws -> Int {
        try await engine.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT review_seq FROM application WHERE id = ?", arguments: [applicationID]) ?? 0
        }
    }

    func decide(_ caller: Caller, _ outcome: ReviewOutcome, opinion: String? = nil, sections: [SectionKey] = [])
        async throws -> CaseSummary
    {
        try await engine.decide(
            ReviewDecision(applicationID: applicationID, step: try await step(), outcome: outcome, opinion: opinion, sections: sections),
            caller: caller)
    }
}

extension DeclarationFixture {
    static func basicInfoFor(_ now: Date) -> BasicInfo {
        let year = CalendarDay(now).year
        return BasicInfo(
            phone: "13912345678", education: .bachelor, major: "数学与应用数学", degree: .bachelor, adminPosition: "无",
            adminLevel: "无", currentTitle: "一级教师",
            appraisals: (1...5).map { Appraisal(year: year - $0, result: .competent) })
    }
}

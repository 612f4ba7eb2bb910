import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// A province with a city office, an employer under it, an open batch for 中小学教师 and one applicant logged in
/// (password changed), ready to declare.
struct DeclarationFixture {
    let base: EngineFixture
    var engine: Engine { base.engine }
    var clock: ManualTime { base.clock }
    let provinceAdmin: Caller
    let cityAdmin: Caller
    let applicant: Caller
    let batch: BatchView
    static let idNumber = "34052419800101001X"

    init(config: EngineConfig = .testing) async throws {
        base = try EngineFixture(config: config)
        let f = base
        provinceAdmin = try await f.provinceAdmin()
        let (city, cityIssued) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), caller: provinceAdmin)
        cityAdmin = try await Self.ready(f, cityIssued, "City-Pass-2026")
        let (employer, _) = try await f.engine.createOrganization(
            NewOrganization(parentCode: city.code, kind: .employer, name: "石家庄市第一中学"), caller: cityAdmin)
        try await Self.seedReference(f.engine)
        let password = "Applicant-2026"
        try await Self.insertApplicant(f.engine, employerID: employer.id, idNumber: Self.idNumber, name: "张伟", password: password)
        applicant = try await f.login(Self.idNumber, password).0
        batch = try await f.engine.createBatch(
            NewBatch(
                year: 2026, name: "2026年度中小学教师职称申报", seriesCodes: ["zhongxiaoxue"],
                opensAt: f.clock.now().addingTimeInterval(-3600), closesAt: f.clock.now().addingTimeInterval(30 * 86400)),
            caller: cityAdmin)
    }

    static func ready(_ f: EngineFixture, _ issued: IssuedPassword, _ password: String) async throws -> Caller {
        let (caller, _) = try await f.login(issued.login, issued.password)
        try await f.engine.changePassword(old: issued.password, new: password, caller: caller)
        return try await f.login(issued.login, password).0
    }

    /// The reference tables from the built-in seed (what the engine's start-up seeding does).
    static func seedReference(_ engine: Engine) async throws {
        let data = try ReferenceData.bundled()
        try await engine.store.pool.write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM reference_series") == 0 else { return }
            for (i, s) in data.series.enumerated() {
                try db.execute(
                    sql: "INSERT INTO reference_series (code, name, verified, position) VALUES (?, ?, ?, ?)",
                    arguments: [s.code, s.name, s.verified, i])
                for (j, q) in s.qualifications.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO reference_qualification (code, series_code, name, level, position)
                            VALUES (?, ?, ?, ?, ?)
                            """, arguments: [q.code, s.code, q.name, q.level.rawValue, j])
                }
            }
        }
    }

    /// An applicant account with a changed password (what applicant.create and a first login do).
    static func insertApplicant(_ engine: Engine, employerID: Int64, idNumber: String, name: String, password: String)
        async throws
    {
        let id = try ResidentID(validating: idNumber)
        let hash = try engine.hasher.hash(password)
        let now = Date()
        try await engine.store.pool.write { db in
            var account = AccountRecord(
                login: id.value, kind: "applicant", organizationId: employerID, displayName: name, staffType: nil,
                passwordHash: hash, mustChangePassword: false, failedLogins: 0, disabled: false, createdAt: now,
                updatedAt: now)
            try account.insert(db)
            try db.execute(
                sql: "INSERT INTO applicant (account_id, id_number, name, gender, birth_date) VALUES (?, ?, ?, ?, ?)",
                arguments: [account.id, id.value, name, id.gender == .male ? "male" : "female", String(format: "%04d-%02d-%02d", id.birthDate.year, id.birthDate.month, id.birthDate.day)])
        }
    }

    static let declaration = DeclarationInfo(
        reviewMethod: .review, route: .normal, seriesCode: "zhongxiaoxue", qualificationCode: "zhongxiaoxue.fugao",
        specialty: "中学数学")

    func basicInfo(year: Int = 2026) -> BasicInfo {
        BasicInfo(
            phone: "13912345678", education: .bachelor, major: "数学与应用数学", degree: .bachelor, adminPosition: "无",
            adminLevel: "无", currentTitle: "一级教师",
            appraisals: (1...5).map { Appraisal(year: year - $0, result: .competent) })
    }
}

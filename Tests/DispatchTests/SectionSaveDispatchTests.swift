import Foundation
import GRDB
import Testing
import ZCProtocol

@testable import ZCEngine
@testable import zcd

/// The section saves over the dispatcher, with the JSON of `examples/declaration/` as a client sends it.
@Suite struct SectionSaveDispatchTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/declaration").standardizedFileURL
    static let idNumber = "34052419800101001X"
    static let password = "Applicant-2026"

    /// A province, a city office, 石家庄市第一中学, the reference data, an open batch for 中小学教师 and a connection
    /// logged in as the applicant 张伟.
    static func applicantConnection(_ h: DispatchHarness) async throws -> (ConnectionState, batch: Int64) {
        let engine = h.engine
        let peer = Peer(uid: 1000, gid: 1000, pid: 4242)
        func ready(_ login: String, _ initial: String, _ password: String) async throws -> Caller {
            let first = try await engine.login(
                account: login, password: initial, caller: Caller(peer: peer, isOperator: false))
            try await engine.changePassword(
                old: initial, new: password, caller: Caller(peer: peer, isOperator: false, principal: first.principal))
            let again = try await engine.login(
                account: login, password: password, caller: Caller(peer: peer, isOperator: false))
            return Caller(peer: peer, isOperator: false, principal: again.principal)
        }
        let issued = try await engine.initialize(
            code: nil, name: nil, caller: Caller(peer: Peer(uid: 0, gid: 0, pid: 1), isOperator: true)
        ).admin
        let province = try await ready(issued.login, issued.password, "Zc-Admin-2026")
        let (city, cityIssued) = try await engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0100", name: "石家庄市职改办"), caller: province)
        let cityAdmin = try await ready(cityIssued.login, cityIssued.password, "City-Pass-2026")
        let (employer, _) = try await engine.createOrganization(
            NewOrganization(parentCode: city.code, kind: .employer, name: "石家庄市第一中学"), caller: cityAdmin)
        let data = try ReferenceData.bundled()
        let id = try ResidentID(validating: idNumber)
        let hash = try engine.hasher.hash(password)
        try await engine.store.pool.write { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM reference_series") == 0 {
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
            let now = Date()
            var account = AccountRecord(
                login: id.value, kind: "applicant", organizationId: employer.id, displayName: "张伟", staffType: nil,
                passwordHash: hash, mustChangePassword: false, failedLogins: 0, disabled: false, createdAt: now,
                updatedAt: now)
            try account.insert(db)
            try db.execute(
                sql: "INSERT INTO applicant (account_id, id_number, name, gender, birth_date) VALUES (?, ?, ?, ?, ?)",
                arguments: [account.id, id.value, "张伟", "male", "1980-01-01"])
        }
        let batch = try await engine.createBatch(
            NewBatch(
                year: 2026, name: "中小学教师职称申报", seriesCodes: ["zhongxiaoxue"], opensAt: Date().addingTimeInterval(-3600),
                closesAt: Date().addingTimeInterval(30 * 86400)),
            caller: cityAdmin)
        let connection = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: idNumber, password: password), on: connection)
        return (connection, batch.id)
    }

    static func example(_ name: String) throws -> String {
        try String(contentsOf: examples.appendingPathComponent("\(name).json"), encoding: .utf8)
    }

    @Test func givenTheExampleFiles_whenSavedOverTheWire_thenPlaceholdersAreRefusedAtTheirPathAndTheRestIsSaved()
        async throws
    {
        let h = try DispatchHarness()
        let (connection, batch) = try await Self.applicantConnection(h)
        let started = try await h.call(
            "application.start", #"{"batch":\#(batch),"declaration":\#(try Self.example("declaration"))}"#,
            on: connection)
        guard case .success(let bytes) = started else {
            Issue.record("application.start failed: \(started)")
            return
        }
        let app = try ZCJSON.decode(ApplicationInfo.self, from: bytes).id
        var saved: Set<String> = []
        for type in MethodRegistry.all {
            guard let save = type as? any SaveSectionRequest.Type, save.section != .declaration,
                save.section != .basicInfo
            else { continue }
            let key = save.section.rawValue
            let content = try Self.example(key)
            let outcome = try await h.call(
                type.method, #"{"application":\#(app),"\#(key)":\#(content)}"#, on: connection)
            switch outcome {
            case .success(let bytes):
                saved.insert(key)
                let result = try ZCJSON.decode(SaveSectionResult.self, from: bytes)
                #expect(result.section == save.section && result.revision == 1 && result.notices.isEmpty, "\(key)")
            case .failure(let e):
                // Placeholders are no uploaded files: each is named from the request, under the section's member.
                #expect(e.code == .invalidArgument, "\(key): \(e)")
                let violations = e.data.violations ?? []
                #expect(!violations.isEmpty)
                for v in violations {
                    #expect(
                        v.field.hasPrefix("params.\(key).") && v.field.contains("evidence[")
                            || v.field == "params.\(key).summaryFile", "\(v.field)")
                    #expect(
                        ["file 0 is not an uploaded file of this declaration", "file 0 is listed twice"].contains(
                            v.reason),
                        "\(v.field): \(v.reason)")
                }
            }
        }
        // The sections of the example that need no evidence.
        #expect(saved == ["workHistory", "societies", "patents"])
    }

    @Test func givenAMisspeltMember_whenSaving_thenItIsRefusedWithItsPath() async throws {
        let h = try DispatchHarness()
        let (connection, _) = try await Self.applicantConnection(h)
        let outcome = try await h.call(
            "application.saveSocieties",
            #"{"application":1,"societies":{"entries":[{"from":"2012-05","name":"学会","role":"会员","too":"2020-01"}]}}"#,
            on: connection)
        guard case .failure(let e) = outcome else {
            Issue.record("expected a refusal")
            return
        }
        #expect(e.code == .invalidParams)
        #expect(e.data.field == "params.societies.entries[0].too")
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// The review chain of `ReviewFixture` with cases that passed it all: they wait for publicity at 石家庄市职改办.
/// The city office gets a publicity handler (结果公示处理) and a routing leader holding both entrust permissions;
/// committees are inserted by SQL (creating them is another family's method).
struct PublicityFixture {
    var review: ReviewFixture
    var engine: Engine { review.engine }
    var clock: ManualTime { review.clock }
    var city: OrganizationView { review.city }
    /// City handler with review.handler and review.publicity.
    let publisher: Caller
    /// City leader with review.leader, review.entrustIntermediate and review.entrustSenior.
    let router: Caller
    /// The cases, all 待公示 at the city office.
    var cases: [Int64]

    /// 2026-11-18 is a Wednesday; the fixture's clock starts that evening (Beijing).
    static let today = CalendarDay(year: 2026, month: 11, day: 18)

    init(cases count: Int = 1, level: String = "zhongxiaoxue.fugao") async throws {
        review = try await ReviewFixture(level: level)
        let f = review
        publisher = try await ReviewFixture.staff(
            f.base, org: f.city, login: "pub\(f.city.code)", type: "handler",
            permissions: ["review.handler", "review.publicity"])
        router = try await ReviewFixture.staff(
            f.base, org: f.city, login: "route\(f.city.code)", type: "leader",
            permissions: ["review.leader", "review.entrustIntermediate", "review.entrustSenior"])
        _ = try await f.submit()
        var ids = [f.applicationID]
        for i in 1..<max(count, 1) {
            ids.append(try await Self.addCase(f, seq: i, level: level))
        }
        cases = ids
        for id in ids { try await passChain(id) }
    }

    /// Another applicant of the school with a complete, submitted declaration.
    static func addCase(_ f: ReviewFixture, seq: Int, level: String) async throws -> Int64 {
        let idNumber = residentID(seq: seq)
        let name = ["李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊"][seq % 6]
        try await DeclarationFixture.insertApplicant(
            f.engine, employerID: f.school.id, idNumber: idNumber, name: name, password: "Applicant-2026")
        let applicant = try await f.base.login(idNumber, "Applicant-2026").0
        var d = DeclarationFixture.declaration
        d.qualificationCode = level
        let app = try await f.engine.startApplication(batchID: f.batch.id, declaration: d, caller: applicant)
        try await ReviewFixture.fillRequiredSections(f.base, applicationID: app.id, applicant: applicant)
        _ = try await f.engine.submit(applicationID: app.id, caller: applicant)
        return app.id
    }

    /// A valid resident ID (born 1980-01-01) with sequence number `seq`.
    static func residentID(seq: Int) -> String {
        let body = "34052419800101" + String(format: "%03d", 100 + seq)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.compactMap(\.wholeNumberValue), weights).map(*).reduce(0, +)
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// Handler then leader pass at the school, the bureau and the city office.
    func passChain(_ id: Int64) async throws {
        for org in [review.school, review.bureau, review.city] {
            for caller in [review.handlers[org.code], review.leaders[org.code]] {
                guard let caller else { continue }
                _ = try await engine.decide(
                    ReviewDecision(applicationID: id, step: try await step(id), outcome: .pass, opinion: "同意"),
                    caller: caller)
            }
        }
    }

    func step(_ id: Int64) async throws -> Int {
        try await engine.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT review_seq FROM application WHERE id = ?", arguments: [id]) ?? 0
        }
    }

    func state(_ id: Int64) async throws -> ApplicationState {
        try await engine.store.pool.read { db in
            let raw = try String.fetchOne(db, sql: "SELECT state FROM application WHERE id = ?", arguments: [id]) ?? ""
            return ApplicationState(rawValue: raw) ?? .draft
        }
    }

    /// Publishes every case (or `ids`) for five working days from today.
    func publish(_ ids: [Int64]? = nil, days: Int? = nil) async throws -> PublicityView {
        try await engine.createPublicity(
            NewPublicity(title: "2026年度中小学教师高级职称资格审查结果公示", applicationIDs: ids ?? cases, workingDays: days),
            caller: publisher)
    }

    /// Moves the clock past the end of `p`.
    func endPublicity(_ p: PublicityView) {
        clock.set(p.endsAt.addingTimeInterval(1))
    }

    /// A committee row; `authority` and `forming` are organisation codes.
    @discardableResult
    func addCommittee(
        _ code: String, series: String = "zhongxiaoxue", level: CommitteeLevel = .gaoji, reviewType: String = "social",
        authority: String = "13", forming: String? = nil, disabled: Bool = false
    ) async throws -> Int64 {
        try await engine.store.pool.write { db in
            func orgID(_ code: String) throws -> Int64 {
                try Int64.fetchOne(db, sql: "SELECT id FROM organization WHERE code = ?", arguments: [code]) ?? 0
            }
            let authorityID = try orgID(authority)
            let formingID = try orgID(forming ?? authority)
            try db.execute(
                sql: """
                    INSERT INTO committee (code, name, series_code, level, review_type, forming_organization_id,
                        authority_organization_id, owner_organization_id, disabled, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    code, "\(code)评审委员会", series, level.rawValue, reviewType, formingID, authorityID, authorityID,
                    disabled, Date(), Date(),
                ])
            return db.lastInsertedRowID
        }
    }

    /// A second city office, 唐山市职改办 (130200), inserted directly.
    func addOtherCityOffice() async throws {
        try await engine.store.pool.write { db in
            let province = try Int64.fetchOne(db, sql: "SELECT id FROM organization WHERE code = '13'")
            try db.execute(
                sql: """
                    INSERT INTO organization (code, parent_id, kind, name, created_at, updated_at)
                    VALUES ('130200', ?, 'cityOffice', '唐山市职改办', ?, ?)
                    """, arguments: [province, Date(), Date()])
        }
    }

    func audit(_ action: String) async throws -> [Row] {
        try engine.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE action = ? ORDER BY id", arguments: [action])
        }
    }
}

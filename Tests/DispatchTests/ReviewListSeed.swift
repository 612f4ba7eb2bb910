import Foundation
import GRDB
import ZCProtocol

@testable import ZCEngine
@testable import zcd

/// A province with a city office, an employer under it, a batch, `cases` submitted cases waiting at the employer,
/// and a city-office leader holding 资格审查名单导出 logged in on a connection — written straight into the store.
struct ReviewListSeed {
    let leader: ConnectionState
    let provinceAdmin: ConnectionState
    let batch: Int64
    let firstCase: Int64
    static let leaderPassword = "Leader-Pass-2026"

    init(_ h: DispatchHarness, cases: Int) async throws {
        let issued = try await h.call(SystemInitRequest(), on: h.connection(uid: 0)).admin
        provinceAdmin = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: issued.account, password: issued.initialPassword), on: provinceAdmin)
        _ = try await h.call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: "Admin-Pass-2026"), on: provinceAdmin)
        let hash = try h.engine.hasher.hash(Self.leaderPassword)
        let now = h.engine.now()
        (batch, firstCase) = try await h.engine.store.pool.write { db in
            let province = try Int64.fetchOne(db, sql: "SELECT id FROM organization WHERE code = '13'") ?? 0
            try db.execute(
                sql: """
                    INSERT INTO organization (code, parent_id, kind, name, created_at, updated_at)
                    VALUES ('130100', ?, 'cityOffice', '石家庄市职改办', ?, ?)
                    """, arguments: [province, now, now])
            let city = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO organization (code, parent_id, kind, name, created_at, updated_at)
                    VALUES ('1301001001', ?, 'employer', '石家庄市第一中学', ?, ?)
                    """, arguments: [city, now, now])
            let school = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO account (login, kind, organization_id, display_name, staff_type, password_hash,
                        must_change_password, created_at, updated_at)
                    VALUES ('leader-city', 'staff', ?, '王领导', 'leader', ?, 0, ?, ?)
                    """, arguments: [city, hash, now, now])
            let leader = db.lastInsertedRowID
            for p in ["review.leader", "review.exportList"] {
                try db.execute(
                    sql: "INSERT INTO account_permission (account_id, permission) VALUES (?, ?)", arguments: [leader, p])
            }
            try db.execute(
                sql: """
                    INSERT INTO batch (office_organization_id, year, name, opens_at, closes_at, created_at, updated_at)
                    VALUES (?, 2026, '2026年度', ?, ?, ?, ?)
                    """, arguments: [city, now, now.addingTimeInterval(86400), now, now])
            let batch = db.lastInsertedRowID
            var first: Int64 = 0
            for n in 1...max(cases, 1) where cases > 0 {
                try db.execute(
                    sql: """
                        INSERT INTO account (login, kind, organization_id, display_name, password_hash, created_at,
                            updated_at) VALUES (?, 'applicant', ?, ?, 'x', ?, ?)
                        """, arguments: ["a\(n)", school, "申报人\(n)", now, now])
                let account = db.lastInsertedRowID
                try db.execute(
                    sql: """
                        INSERT INTO applicant (account_id, id_number, name, gender, birth_date)
                        VALUES (?, ?, ?, 'male', '1980-01-01')
                        """, arguments: [account, String(format: "9%017d", n), "申报人\(n)"])
                try db.execute(
                    sql: """
                        INSERT INTO application (batch_id, applicant_account_id, employer_organization_id, state,
                            review_method, route, series_code, qualification_code, level, specialty, created_at,
                            updated_at, submitted_at, round, review_organization_id, review_stage, review_seq,
                            waiting_since, chain_end_organization_id)
                        VALUES (?, ?, ?, 'submitted', 'review', 'normal', 'zhongxiaoxue', 'zhongxiaoxue.fugao',
                            'fugao', '中学数学', ?, ?, ?, 1, ?, 'handler', 1, ?, ?)
                        """, arguments: [batch, account, school, now, now, now, school, now, city])
                if first == 0 { first = db.lastInsertedRowID }
            }
            return (batch, first)
        }
        leader = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: "leader-city", password: Self.leaderPassword), on: leader)
    }
}

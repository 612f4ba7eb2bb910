import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// The review chain of ``ReviewFixture`` with a leader of the city office who may export (资格审查名单导出), and
/// synthetic cases inserted straight into the store, many at a time.
struct ExportFixture {
    var review: ReviewFixture
    var engine: Engine { review.engine }
    var clock: ManualTime { review.clock }
    let exporter: Caller

    init(level: String = "zhongxiaoxue.fugao") async throws {
        review = try await ReviewFixture(level: level)
        exporter = try await ReviewFixture.staff(
            review.base, org: review.city, login: "export-leader", type: "leader",
            permissions: ["review.leader", "review.exportList"])
    }

    /// One synthetic case to insert.
    struct Case {
        var name: String
        var level = "fugao"
        var qualification = "zhongxiaoxue.fugao"
        var state = "submitted"
        var employerID: Int64? = nil
        var chainEndID: Int64? = nil
        var batchID: Int64? = nil
        var series = "zhongxiaoxue"

        init(name: String) { self.name = name }
    }

    /// Inserts the cases (applicant account, person and application each) in one transaction; returns their ids.
    @discardableResult
    func insert(_ cases: [Case], firstNumber: Int = 1) async throws -> [Int64] {
        let school = review.school.id
        let city = review.city.id
        let batch = review.batch.id
        let now = clock.now()
        return try await engine.store.pool.write { db in
            var ids: [Int64] = []
            for (i, c) in cases.enumerated() {
                let n = firstNumber + i
                let employer = c.employerID ?? school
                try db.execute(
                    sql: """
                        INSERT INTO account (login, kind, organization_id, display_name, password_hash,
                            must_change_password, created_at, updated_at)
                        VALUES (?, 'applicant', ?, ?, 'x', 0, ?, ?)
                        """, arguments: ["syn\(n)", employer, c.name, now, now])
                let account = db.lastInsertedRowID
                try db.execute(
                    sql: """
                        INSERT INTO applicant (account_id, id_number, name, gender, birth_date)
                        VALUES (?, ?, ?, 'female', '1985-01-01')
                        """, arguments: [account, String(format: "9%017d", n), c.name])
                let inChain = c.state == "submitted"
                try db.execute(
                    sql: """
                        INSERT INTO application (batch_id, applicant_account_id, employer_organization_id, state,
                            review_method, route, series_code, qualification_code, level, specialty, created_at,
                            updated_at, submitted_at, round, review_organization_id, review_stage, review_seq,
                            waiting_since, chain_end_organization_id)
                        VALUES (?, ?, ?, ?, 'review', 'normal', ?, ?, ?, '中学数学', ?, ?, ?, ?, ?, ?, 1, ?, ?)
                        """,
                    arguments: [
                        c.batchID ?? batch, account, employer, c.state, c.series, c.qualification, c.level, now, now,
                        c.state == "draft" ? nil : now, c.state == "draft" ? 0 : 1, inChain ? employer : nil,
                        inChain ? "handler" : nil, now, c.state == "draft" ? nil : (c.chainEndID ?? city),
                    ])
                ids.append(db.lastInsertedRowID)
            }
            return ids
        }
    }

    /// The whole export, chunk by chunk.
    func export(_ format: ExportFormat, _ filter: CaseFilter? = nil, maxBytes: Int = ExportLimits.maximumChunkBytes)
        async throws -> (started: ExportStarted, chunks: [ExportChunk])
    {
        let started = try await engine.beginExport(
            format: format, filter: filter ?? CaseFilter(batchID: review.batch.id), caller: exporter)
        var chunks: [ExportChunk] = []
        while chunks.last?.done != true {
            chunks.append(try await engine.nextExportChunk(id: started.id, maxBytes: maxBytes, caller: exporter))
            if chunks.count > 100_000 { throw FixtureError.runaway }
        }
        return (started, chunks)
    }

    func file(_ format: ExportFormat, _ filter: CaseFilter? = nil, maxBytes: Int = ExportLimits.maximumChunkBytes)
        async throws -> [UInt8]
    {
        try await export(format, filter, maxBytes: maxBytes).chunks.flatMap(\.data)
    }

    enum FixtureError: Error { case runaway }
}

/// Reads CSV as RFC 4180 says, for checking what the export wrote.
enum CSVReader {
    static func records(_ text: Substring) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex && text[next] == "\"" {
                        field.append("\"")
                        i = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
            i = text.index(after: i)
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

import Foundation
import GRDB
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ZCEngine

/// 资格审查名单导出: content, scope, filters, the workbook's container, streaming, ownership and permission.
@Suite struct ExportTests {
    static let bom = "\u{FEFF}"

    static func csv(_ bytes: [UInt8]) -> (bom: Bool, records: [[String]]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let body = text.hasPrefix(bom) ? text.dropFirst() : Substring(text)
        return (text.hasPrefix(bom), CSVReader.records(body))
    }

    @Test func givenSubmittedCases_whenExportedAsCSV_thenBOMHeaderAndOneQuotedLinePerCase() async throws {
        let f = try await ExportFixture()
        _ = try await f.review.submit()
        let ids = try await f.insert([
            ExportFixture.Case(name: "王,芳"), ExportFixture.Case(name: "李\"小\"明"), ExportFixture.Case(name: "赵\n六"),
        ])
        let bytes = try await f.file(.csv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let (hasBOM, records) = Self.csv(bytes)
        #expect(hasBOM)
        #expect(records.first == ReviewListColumns.headers)
        #expect(records.count == 1 + 4)
        #expect(records.dropFirst().map { $0[0] } == ["1", "2", "3", "4"])
        #expect(records.dropFirst().map { $0[1] } == ([f.review.applicationID] + ids).map { String($0) })
        #expect(records.dropFirst().map { $0[2] } == ["张伟", "王,芳", "李\"小\"明", "赵\n六"])
        let first = try #require(records.dropFirst().first)
        #expect(first[3] == DeclarationFixture.idNumber)
        #expect(first[4] == "石家庄市第一中学")
        #expect(first[5] == f.review.school.code)
        #expect(first[8] == "副高级")
        #expect(first[9] == "中学数学")
        #expect(first[10] == "资格审查中")
        #expect(first[11] == "石家庄市第一中学")
        #expect(first[12] == "经办人审查")
        #expect(first[13] == LocalDateTime(f.clock.now()).text)
        // Quoting on the wire: the raw text holds the RFC 4180 forms and CRLF record ends.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"王,芳\""))
        #expect(text.contains("\"李\"\"小\"\"明\""))
        #expect(text.contains("\"赵\n六\""))
        #expect(text.components(separatedBy: "\r\n").count == 6)
    }

    @Test func givenFilters_thenOnlyMatchingCasesAreExported() async throws {
        let f = try await ExportFixture()
        var rejected = ExportFixture.Case(name: "不通过")
        rejected.state = "rejected"
        var zhongji = ExportFixture.Case(name: "中级甲")
        zhongji.level = "zhongji"
        zhongji.qualification = "zhongxiaoxue.zhongji"
        var draft = ExportFixture.Case(name: "草稿")
        draft.state = "draft"
        try await f.insert([ExportFixture.Case(name: "刘一"), rejected, zhongji, draft])
        func names(_ filter: CaseFilter) async throws -> [String] {
            Self.csv(try await f.file(.csv, filter)).records.dropFirst().map { $0[2] }
        }
        let batch = f.review.batch.id
        #expect(try await names(CaseFilter(batchID: batch)) == ["刘一", "不通过", "中级甲"])
        #expect(try await names(CaseFilter(batchID: batch, state: .rejected)) == ["不通过"])
        #expect(try await names(CaseFilter(batchID: batch, level: .zhongji)) == ["中级甲"])
        #expect(try await names(CaseFilter(batchID: batch, query: "刘")) == ["刘一"])
        #expect(try await names(CaseFilter(batchID: batch, query: "9000000000000000")) == ["刘一", "不通过", "中级甲"])
        #expect(try await names(CaseFilter(batchID: batch, seriesCode: "gaoxiao")) == [])
        await #expect(throws: EngineError.self) { _ = try await f.file(.csv, CaseFilter(batchID: batch, state: .draft)) }
        await #expect(throws: EngineError.self) { _ = try await f.file(.csv, CaseFilter()) }
    }

    @Test func givenCasesOutsideTheCallersChain_thenTheyAreLeftOut() async throws {
        let f = try await ExportFixture()
        let province = try await f.review.base.login("admin13", "Zc-Admin-2026").0
        let (other, _) = try await f.engine.createOrganization(
            NewOrganization(parentCode: "13", kind: .cityOffice, serial: "0200", name: "唐山市职改办"), caller: province)
        var elsewhere = ExportFixture.Case(name: "唐山人")
        elsewhere.chainEndID = other.id
        elsewhere.employerID = other.id
        // A 初级 case whose chain ends at the education bureau never reaches the city office.
        var chuji = ExportFixture.Case(name: "助理级")
        chuji.level = "zhuli"
        chuji.qualification = "zhongxiaoxue.zhuli"
        chuji.chainEndID = f.review.bureau.id
        try await f.insert([ExportFixture.Case(name: "本市"), elsewhere, chuji])
        let names = Self.csv(try await f.file(.csv)).records.dropFirst().map { $0[2] }
        #expect(names == ["本市"])
        let started = try await f.engine.beginExport(
            format: .csv, filter: CaseFilter(batchID: f.review.batch.id), caller: f.exporter)
        #expect(started.rows == 1)
        try f.engine.cancelExport(id: started.id, caller: f.exporter)
    }

    @Test func givenAnXLSXExport_thenTheZIPIsValidAndTheSheetHoldsTheRows() async throws {
        let f = try await ExportFixture()
        _ = try await f.review.submit()
        try await f.insert([ExportFixture.Case(name: "A&B <公司>"), ExportFixture.Case(name: " 空格")])
        let (started, chunks) = try await f.export(.xlsx)
        #expect(started.fileName.hasSuffix(".xlsx"))
        #expect(started.fileName.hasPrefix("资格审查名单-\(f.review.batch.id)-\(f.review.city.code)-"))
        #expect(started.mediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let zip = try ZipCheck(chunks.flatMap(\.data))
        #expect(
            zip.entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml",
            ])
        #expect(zip.checksumsMatch)
        #expect(zip.entries.last?.flags == 8)
        let sheet = try #require(zip.text("xl/worksheets/sheet1.xml"))
        #expect(sheet.components(separatedBy: "<row ").count - 1 == 1 + 3)
        #expect(sheet.contains(#"<row r="1"><c t="inlineStr" s="1"><is><t>序号</t></is></c>"#))
        #expect(sheet.contains("<t>身份证号</t>"))
        #expect(sheet.contains("<t>张伟</t>"))
        #expect(sheet.contains("<t>A&amp;B &lt;公司&gt;</t>"))
        #expect(sheet.contains(#"<t xml:space="preserve"> 空格</t>"#))
        #expect(sheet.hasSuffix("</sheetData></worksheet>"))
        #expect(zip.text("xl/workbook.xml")?.contains(#"<sheet name="资格审查名单""#) == true)
        // Well-formed XML in every part.
        for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: Data(entry.data))
            #expect(parser.parse(), "\(entry.name) is not well-formed")
        }
    }

    @Test func given5000Cases_whenStreamedInSmallChunks_thenEachChunkIsBoundedAndTogetherTheyEqualOneRendering()
        async throws
    {
        let f = try await ExportFixture()
        try await f.insert((1...5000).map { ExportFixture.Case(name: "申报人\($0)") })
        for format in ExportFormat.allCases {
            let bound = 64 << 10
            let (started, chunks) = try await f.export(format, maxBytes: bound)
            #expect(started.rows == 5000)
            #expect(chunks.count > 5)
            #expect(chunks.allSatisfy { $0.data.count <= bound })
            #expect(chunks.dropLast().allSatisfy { !$0.done && !$0.data.isEmpty })
            #expect(chunks.last?.rowsWritten == 5000)
            #expect(chunks.last?.bytesWritten == chunks.reduce(0) { $0 + $1.data.count })
            let streamed = chunks.flatMap(\.data)
            let reference = try await Self.oneShot(f, format)
            #expect(streamed == reference, "\(format)")
            #expect(f.engine.openExports == 0)
        }
    }

    @Test func givenAChunkQuery_thenSQLiteWalksThePrimaryKeyFromTheCursorWithoutSorting() async throws {
        let f = try await ExportFixture()
        let selection = ReviewListSelection(
            organizationCode: f.review.city.code, filter: CaseFilter(batchID: f.review.batch.id, level: .fugao))
        let plan = try await f.engine.store.pool.read { db in
            let (sql, arguments) = selection.rowsQuery(after: 10, limit: 100)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(sql)", arguments: arguments).map {
                $0["detail"] as String? ?? ""
            }
        }
        let sorts = plan.contains { $0.contains("TEMP B-TREE") }
        #expect(plan.contains("SEARCH a USING INTEGER PRIMARY KEY (rowid>?)"), "\(plan)")
        #expect(!sorts, "\(plan)")
    }

    /// The same selection rendered in one pass, all rows at once: what the chunks must add up to.
    static func oneShot(_ f: ExportFixture, _ format: ExportFormat) async throws -> [UInt8] {
        let city = f.review.city.code
        let filter = CaseFilter(batchID: f.review.batch.id)
        let rows = try await f.engine.store.pool.read { db in
            try ReviewListSelection(organizationCode: city, filter: filter).rows(db, after: 0, limit: Int.max)
        }
        var encoder = ReviewListEncoder(format: format, modified: LocalDateTime(f.clock.now()))
        var out: [UInt8] = []
        try encoder.prologue(into: &out)
        for (i, row) in rows.enumerated() {
            try encoder.commit(
                encoder.render(ReviewListColumns.cells(row, number: i + 1), number: i + 1), into: &out)
        }
        try encoder.epilogue(into: &out)
        return out
    }

    @Test func givenAnExport_thenItIsAuditedWithItsFiltersAndRowCount() async throws {
        let f = try await ExportFixture()
        try await f.insert([ExportFixture.Case(name: "甲"), ExportFixture.Case(name: "乙")])
        _ = try await f.file(.xlsx, CaseFilter(batchID: f.review.batch.id, level: .fugao, query: "甲"))
        let event = try await f.engine.store.pool.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT json_array(outcome, actor_login, CAST(organization_id AS TEXT), detail) FROM audit_event
                    WHERE action = 'export.reviewList'
                    """)
        }
        let row = try JSONDecoder().decode([String].self, from: Data(try #require(event).utf8))
        #expect(row[0] == "ok")
        #expect(row[1] == "export-leader")
        #expect(row[2] == String(f.review.city.id))
        let detail = try JSONDecoder().decode([String: String].self, from: Data(row[3].utf8))
        #expect(detail["rows"] == "1")
        #expect(detail["format"] == "xlsx")
        #expect(detail["level"] == "fugao")
        #expect(detail["query"] == "甲")
        #expect(detail["batch"] == String(f.review.batch.id))
    }

    @Test func givenCallersWithoutTheExportPermission_thenRefusedAndTheRefusalAudited() async throws {
        let f = try await ExportFixture()
        let filter = CaseFilter(batchID: f.review.batch.id)
        for caller in [f.review.leaders[f.review.city.code]!, f.review.handlers[f.review.city.code]!, f.review.applicant,
            f.review.cityAdmin]
        {
            do {
                _ = try await f.engine.beginExport(format: .csv, filter: filter, caller: caller)
                Issue.record("expected a refusal")
            } catch let EngineError.permissionDenied(_, permission, _) {
                #expect(permission == "review.exportList")
            }
        }
        #expect(try await f.review.base.auditActions().filter { $0 == "export.reviewList:denied" }.count == 4)
    }

    @Test func givenAnotherSessionOrLeader_thenTheExportIsNotTheirs() async throws {
        let f = try await ExportFixture()
        try await f.insert([ExportFixture.Case(name: "甲")])
        let started = try await f.engine.beginExport(
            format: .csv, filter: CaseFilter(batchID: f.review.batch.id), caller: f.exporter)
        let sameAccountOtherSession = try await f.review.base.login("export-leader", "Staff-Pass-2026").0
        let otherLeader = try await ReviewFixture.staff(
            f.review.base, org: f.review.city, login: "other-leader", type: "leader",
            permissions: ["review.leader", "review.exportList"])
        for caller in [sameAccountOtherSession, otherLeader] {
            await #expect(throws: EngineError.notFound(entity: "export", key: started.id)) {
                _ = try await f.engine.nextExportChunk(id: started.id, caller: caller)
            }
            #expect(throws: EngineError.self) { try f.engine.cancelExport(id: started.id, caller: caller) }
        }
        #expect(try await f.engine.nextExportChunk(id: started.id, caller: f.exporter).done)
    }

    @Test func givenCancelOrIdleTime_thenTheExportIsForgotten() async throws {
        let f = try await ExportFixture()
        try await f.insert((1...300).map { ExportFixture.Case(name: "人\($0)") })
        let filter = CaseFilter(batchID: f.review.batch.id)
        let a = try await f.engine.beginExport(format: .csv, filter: filter, caller: f.exporter)
        _ = try await f.engine.nextExportChunk(id: a.id, maxBytes: ExportLimits.minimumChunkBytes, caller: f.exporter)
        try f.engine.cancelExport(id: a.id, caller: f.exporter)
        await #expect(throws: EngineError.self) { _ = try await f.engine.nextExportChunk(id: a.id, caller: f.exporter) }
        let b = try await f.engine.beginExport(format: .csv, filter: filter, caller: f.exporter)
        f.clock.advance(ExportLimits.idleSeconds - 1)
        _ = try await f.engine.nextExportChunk(id: b.id, maxBytes: ExportLimits.minimumChunkBytes, caller: f.exporter)
        f.clock.advance(ExportLimits.idleSeconds + 1)
        await #expect(throws: EngineError.self) { _ = try await f.engine.nextExportChunk(id: b.id, caller: f.exporter) }
        #expect(f.engine.openExports == 0)
    }

    @Test func givenAChunkInTheMaking_thenASecondRequestIsRefusedAsBusyNotQueued() async throws {
        let f = try await ExportFixture()
        let started = try await f.engine.beginExport(
            format: .csv, filter: CaseFilter(batchID: f.review.batch.id), caller: f.exporter)
        let owner = try f.exporter.requireAccount()
        let now = f.clock.now()
        let job = try f.engine.exports.checkOut(started.id, accountID: owner.accountID, session: owner.tokenHash, now: now)
        #expect(throws: EngineError.failedPrecondition(
            "a chunk of export \(started.id) is being made; ask for the next one after it arrives", state: "busy")) {
            _ = try f.engine.exports.checkOut(started.id, accountID: owner.accountID, session: owner.tokenHash, now: now)
        }
        // Busy exports do not expire under the chunk being made.
        f.clock.advance(ExportLimits.idleSeconds * 2)
        let other = try await f.engine.beginExport(
            format: .csv, filter: CaseFilter(batchID: f.review.batch.id), caller: f.exporter)
        #expect(f.engine.openExports == 2)
        try f.engine.cancelExport(id: other.id, caller: f.exporter)
        f.engine.exports.checkIn(job, now: f.clock.now())
        #expect(try await f.engine.nextExportChunk(id: started.id, caller: f.exporter).done)
    }

    @Test func givenTooManyOpenExportsOrABadChunkSize_thenRefused() async throws {
        let f = try await ExportFixture()
        let filter = CaseFilter(batchID: f.review.batch.id)
        var ids: [String] = []
        for _ in 0..<ExportLimits.maximumPerAccount {
            ids.append(try await f.engine.beginExport(format: .csv, filter: filter, caller: f.exporter).id)
        }
        await #expect(throws: EngineError.self) {
            _ = try await f.engine.beginExport(format: .csv, filter: filter, caller: f.exporter)
        }
        for bad in [ExportLimits.minimumChunkBytes - 1, ExportLimits.maximumChunkBytes + 1] {
            await #expect(throws: EngineError.self) {
                _ = try await f.engine.nextExportChunk(id: ids[0], maxBytes: bad, caller: f.exporter)
            }
        }
        for id in ids { try f.engine.cancelExport(id: id, caller: f.exporter) }
        #expect(f.engine.openExports == 0)
    }

    @Test func givenAnUnknownBatch_thenNotFound() async throws {
        let f = try await ExportFixture()
        await #expect(throws: EngineError.notFound(entity: "batch", key: "999")) {
            _ = try await f.engine.beginExport(format: .csv, filter: CaseFilter(batchID: 999), caller: f.exporter)
        }
    }
}

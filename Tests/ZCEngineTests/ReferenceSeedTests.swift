import Foundation
import GRDB
import Testing

@testable import ZCEngine

@Suite("Reference data in the store: seeding and reading")
struct ReferenceSeedTests {
    @Test("Given a prepared store, then it holds all 27 series and every qualification of the seed, audited once")
    func seededCompletely() async throws {
        let f = try EngineFixture()
        let seed = try ReferenceData.bundled()
        #expect(try await f.count("SELECT count(*) FROM reference_series") == 27)
        #expect(
            try await f.count("SELECT count(*) FROM reference_qualification")
                == seed.series.reduce(0) { $0 + $1.qualifications.count })
        #expect(try await f.count("SELECT count(*) FROM audit_event WHERE action = 'ref.seed'") == 1)
        let login = try await f.engine.store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT actor_login FROM audit_event WHERE action = 'ref.seed'")
        }
        #expect(login == "system")
    }

    @Test("Given a seeded store, when preparing again, then nothing is added and no second event is written")
    func idempotent() async throws {
        let f = try EngineFixture()
        try f.engine.prepare()
        #expect(try f.engine.seedReferenceData(ReferenceData.bundled()) == 0)
        #expect(try await f.count("SELECT count(*) FROM reference_series") == 27)
        #expect(try await f.count("SELECT count(*) FROM audit_event") == 1)
    }

    @Test("Given the stored series, then 中小学教师 has 三级 to 正高级教师 at 员级 to 正高级, in the seed's order")
    func schoolTeachers() async throws {
        let f = try EngineFixture()
        let all = try await f.engine.referenceSeries(includeRetired: false)
        #expect(all.count == 27)
        #expect(all.first?.name == "高等学校教师")
        let teachers = try #require(all.first { $0.code == "zhongxiaoxue" })
        #expect(teachers.name == "中小学教师" && !teachers.retired)
        #expect(teachers.levels.map(\.level) == [.yuan, .zhuli, .zhongji, .fugao, .zhenggao])
        #expect(teachers.levels.map { $0.qualifications.map(\.name) } == [["三级教师"], ["二级教师"], ["一级教师"], ["高级教师"], ["正高级教师"]])
        let universities = try #require(all.first { $0.code == "gaoxiao" })
        #expect(universities.levels.map(\.level) == [.zhuli, .zhongji, .fugao, .zhenggao])
    }

    @Test("Given one series' qualifications, then they carry level, committee level and series; a level filters")
    func qualifications() async throws {
        let f = try EngineFixture()
        let all = try await f.engine.referenceQualifications(series: "zhongxiaoxue", level: nil)
        #expect(all.map(\.name) == ["三级教师", "二级教师", "一级教师", "高级教师", "正高级教师"])
        let middle = try await f.engine.referenceQualifications(series: "zhongxiaoxue", level: .zhongji)
        #expect(middle == [
            QualificationView(
                code: "zhongxiaoxue.zhongji", name: "一级教师", level: .zhongji, seriesCode: "zhongxiaoxue",
                seriesName: "中小学教师")
        ])
        #expect(try await f.engine.referenceQualifications(series: "weisheng", level: .fugao).count == 4)
        await #expect(throws: EngineError.notFound(entity: "series", key: "nosuch")) {
            _ = try await f.engine.referenceQualifications(series: "nosuch", level: nil)
        }
    }

    @Test("Given a retired series and qualification, then they are listed only when asked for")
    func retired() async throws {
        let f = try EngineFixture()
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE reference_series SET retired = 1 WHERE code = 'shenji'")
            try db.execute(sql: "UPDATE reference_qualification SET retired = 1 WHERE code = 'zhongxiaoxue.yuan'")
        }
        let current = try await f.engine.referenceSeries(includeRetired: false)
        #expect(current.count == 26 && !current.contains { $0.code == "shenji" })
        #expect(current.first { $0.code == "zhongxiaoxue" }?.levels.first?.level == .zhuli)
        let all = try await f.engine.referenceSeries(includeRetired: true)
        #expect(all.count == 27 && all.first { $0.code == "shenji" }?.retired == true)
        #expect(all.first { $0.code == "zhongxiaoxue" }?.levels.first?.level == .yuan)
        #expect(try await f.engine.referenceQualifications(series: "zhongxiaoxue", level: .yuan).isEmpty)
    }
}

import Foundation
import Testing

@testable import ZCEngine

@Suite("Reference data: series, qualifications and levels")
struct ReferenceDataTests {
    let data: ReferenceData

    init() throws { data = try ReferenceData.bundled() }

    func names(_ seriesCode: String) throws -> [String: TitleLevel] {
        let series = try #require(data.series(code: seriesCode))
        return Dictionary(uniqueKeysWithValues: series.qualifications.map { ($0.name, $0.level) })
    }

    @Test("Given the bundled seed, then it loads with the 27 series, rows 1–13 verified and 14–27 not")
    func loads() {
        #expect(data.series.count == 27)
        #expect(data.series.prefix(13).allSatisfy { $0.verified })
        #expect(data.series.dropFirst(13).allSatisfy { !$0.verified })
        #expect(data.series.first?.name == "高等学校教师")
        #expect(data.series.last?.name == "审计专业人员")
    }

    @Test("Given the seed, then series and qualification codes are unique and qualification codes carry the series")
    func uniqueCodes() {
        let seriesCodes = data.series.map(\.code)
        #expect(Set(seriesCodes).count == seriesCodes.count)
        let qualificationCodes = data.series.flatMap { $0.qualifications.map(\.code) }
        #expect(Set(qualificationCodes).count == qualificationCodes.count)
        for series in data.series {
            #expect(series.qualifications.allSatisfy { $0.code.hasPrefix(series.code + ".") })
            #expect(series.qualifications.map(\.level) == series.qualifications.map(\.level).sorted(), "\(series.code)")
        }
    }

    @Test("Given 中小学教师, then 三级 to 正高级教师 sit at 员级 to 正高级")
    func schoolTeachers() throws {
        #expect(try names("zhongxiaoxue") == [
            "三级教师": .yuan, "二级教师": .zhuli, "一级教师": .zhongji, "高级教师": .fugao, "正高级教师": .zhenggao,
        ])
        #expect(data.qualification(code: "zhongxiaoxue.zhongji")?.qualification.name == "一级教师")
        #expect(data.qualification(code: "zhongxiaoxue.zhongji")?.series.name == "中小学教师")
    }

    @Test("Given 工程技术人员, then 技术员 to 正高级工程师 sit at 员级 to 正高级")
    func engineers() throws {
        #expect(try names("gongcheng") == [
            "技术员": .yuan, "助理工程师": .zhuli, "工程师": .zhongji, "高级工程师": .fugao, "正高级工程师": .zhenggao,
        ])
    }

    @Test("Given 卫生技术人员, then 医/药/护/技 are separate qualifications at every level")
    func health() throws {
        let series = try #require(data.series(code: "weisheng"))
        for level in TitleLevel.allCases {
            #expect(series.qualifications(at: level).count == 4, "\(level)")
        }
        #expect(try names("weisheng")["主管护师"] == .zhongji)
        #expect(try names("weisheng")["副主任药师"] == .fugao)
        #expect(data.qualification(code: "weisheng.yi.zhenggao")?.qualification.name == "主任医师")
    }

    @Test("Given a series with levels missing, then they are left out")
    func gaps() throws {
        let universities = try #require(data.series(code: "gaoxiao"))
        #expect(universities.qualifications(at: .yuan).isEmpty)
        let aviation = try #require(data.series(code: "minhang"))
        #expect(aviation.qualifications.isEmpty && !aviation.verified)
        #expect(try names("nongye")["农业技术推广研究员"] == .zhenggao)
    }

    @Test("Given the title levels, then they map to 初级, 中级 and 高级 committees")
    func committeeLevels() {
        #expect(TitleLevel.allCases.map(\.chineseName) == ["员级", "助理级", "中级", "副高级", "正高级"])
        #expect(TitleLevel.allCases.map(\.committeeLevel) == [.chuji, .chuji, .zhongji, .gaoji, .gaoji])
        #expect(CommitteeLevel.allCases.map(\.chineseName) == ["初级", "中级", "高级"])
        #expect(CommitteeLevel.gaoji.titleLevels == [.fugao, .zhenggao])
        #expect(TitleLevel.yuan < .zhenggao && CommitteeLevel.chuji < .gaoji)
    }

    @Test("Given the seed file on disk, then loading it by URL gives the bundled data; a missing file is reported")
    func loadByURL() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("series-\(UUID().uuidString).json")
        try Data(SeriesSeed.json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ReferenceData.load(contentsOf: url) == data)
        let missing = url.appendingPathExtension("missing")
        #expect(throws: ReferenceDataError.missingResource(missing.path)) {
            try ReferenceData.load(contentsOf: missing)
        }
    }

    @Test("Given the seed, then encoding and decoding it again gives the same data")
    func roundTrip() throws {
        let encoded = try JSONEncoder().encode(data)
        #expect(try ReferenceData.decode(encoded) == data)
    }
}

@Suite("Reference data: malformed files")
struct ReferenceDataMalformedTests {
    static func file(_ series: String, version: Int = 1) -> Data {
        Data(#"{"formatVersion": \#(version), "series": [\#(series)]}"#.utf8)
    }

    static let good = #"{"code": "a", "name": "甲", "verified": true, "qualifications": "#
        + #"[{"code": "a.zhongji", "name": "乙", "level": "zhongji"}]}"#

    @Test("Given a small valid file, then it decodes")
    func valid() throws {
        let data = try ReferenceData.decode(Self.file(Self.good))
        #expect(data.series.first?.qualifications.first?.level == .zhongji)
    }

    @Test("Given broken JSON, then it is malformed")
    func brokenJSON() {
        #expect(throws: ReferenceDataError.self) { try ReferenceData.decode(Data("{".utf8)) }
    }

    @Test("Given an unknown level, then the error names where it is")
    func unknownLevel() {
        let file = Self.file(Self.good.replacingOccurrences(of: #""level": "zhongji""#, with: #""level": "gaoji""#))
        let error = #expect(throws: ReferenceDataError.self) { try ReferenceData.decode(file) }
        guard case .malformed(let message)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("series[0].qualifications[0].level:"))
    }

    @Test("Given a missing key, then the error names it")
    func missingKey() {
        let file = Self.file(Self.good.replacingOccurrences(of: #""verified": true, "#, with: ""))
        #expect(throws: ReferenceDataError.malformed(#"series[0]: missing key "verified""#)) {
            try ReferenceData.decode(file)
        }
    }

    @Test("Given duplicate codes, then they are refused")
    func duplicates() {
        let other = Self.good.replacingOccurrences(of: "甲", with: "丙")
        #expect(throws: ReferenceDataError.invalid("series[1]: duplicate series code a")) {
            try ReferenceData.decode(Self.file(Self.good + "," + other))
        }
        let twice = Self.good.replacingOccurrences(
            of: "]}", with: #", {"code": "a.zhongji", "name": "丁", "level": "fugao"}]}"#)
        #expect(throws: ReferenceDataError.invalid(
            "series[0].qualifications[1]: duplicate qualification code a.zhongji"
        )) { try ReferenceData.decode(Self.file(twice)) }
    }

    @Test("Given a qualification code outside its series, a bad code or an empty name, then it is refused")
    func badCodes() {
        let changes = [
            ("a.zhongji", "b.zhongji"), ("a.zhongji", "a.Zhong"), ("a.zhongji", "a..x"), ("\"a\"", "\"1a\""),
            ("乙", " "),
        ]
        for (from, to) in changes {
            let file = Self.file(Self.good.replacingOccurrences(of: from, with: to))
            #expect(throws: ReferenceDataError.self, "\(to)") { try ReferenceData.decode(file) }
        }
    }

    @Test("Given another format version or no series, then it is refused")
    func versionAndEmpty() {
        #expect(throws: ReferenceDataError.unsupportedFormatVersion(2)) {
            try ReferenceData.decode(Self.file(Self.good, version: 2))
        }
        #expect(throws: ReferenceDataError.invalid("no series")) { try ReferenceData.decode(Self.file("")) }
    }
}

import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// The wire types of the form's sections and the engine's meet through their JSON (Bridge): for every section a
/// fully populated wire sample goes to the engine type and back, and the JSON must not change — so the twins cannot
/// drift apart.
@Suite struct SectionTwinTests {
    /// One sample per section saved with `application.save<Section>`, every optional member given.
    static let samples: [(ZCProtocol.SectionKey, any Codable & Sendable)] = [
        (
            .education,
            ZCProtocol.Education(entries: [
                .init(
                    from: "1998-09", to: "2002-07", school: "河北师范大学", major: "数学与应用数学", educationLevel: .bachelor,
                    degree: .bachelor, kind: .domestic, xuexinCode: "A8K2M4P6Q9R3T5W7", evidence: [11, 12]),
                .init(
                    from: "2005-09", to: "2008-06", school: "伦敦大学学院", major: "教育学", educationLevel: .master,
                    degree: .master, kind: .foreign, xuexinCode: "123456789012", evidence: [13]),
            ])
        ),
        (
            .certificates,
            ZCProtocol.Certificates(entries: [
                .init(
                    name: "一级教师", seriesCode: "zhongxiaoxue", level: .zhongji, obtainedOn: "2015-12",
                    certificateNumber: "冀中一教2015-0132", issuer: "石家庄市职称改革领导小组办公室", transferred: true, evidence: [21])
            ])
        ),
        (
            .employment,
            ZCProtocol.Employment(entries: [
                .init(kind: .recordForm, position: "一级教师", from: "2016-01", to: "2019-12", evidence: [31]),
                .init(kind: .appointmentLetter, position: "一级教师", from: "2020-01", to: "2022-12", evidence: [32, 33]),
            ])
        ),
        (
            .otherMaterials,
            ZCProtocol.OtherMaterials(
                socialInsurance: .init(insuredInProvince: false, evidence: [41]),
                practiceCertificates: [.init(name: "教师资格证", number: "20021310042000123", evidence: [42])],
                continuingEducation: [.init(description: "2025年度继续教育", hours: 72, year: 2025, evidence: [43])],
                others: [.init(description: "普通话证书", evidence: [44])])
        ),
        (
            .workHistory,
            ZCProtocol.WorkHistory(entries: [
                .init(from: "2009-08", to: "2026-10", organization: "石家庄市第一中学", position: "数学教师")
            ])
        ),
        (
            .societies,
            ZCProtocol.Societies(entries: [
                .init(from: "2012-05", to: "2020-12", name: "石家庄市数学学会", role: "会员")
            ])
        ),
        (
            .professionalExperience,
            ZCProtocol.ProfessionalExperience(entries: [
                .init(category: "教育教学", content: "承担高中数学教学。\n三届高三。", from: "2016-01", to: "2024-07", evidence: [51])
            ])
        ),
        (
            .papers,
            ZCProtocol.Papers(entries: [
                .init(
                    title: "单元教学设计", journal: "数学通报", publishedOn: "2021-03", authorRank: 1, authorCount: 2,
                    issn: "0583-1458", verificationURL: "https://kns.cnki.net/kcms2/article/abstract?v=x",
                    counted: true,
                    evidence: [61])
            ])
        ),
        (
            .books,
            ZCProtocol.Books(entries: [
                .init(
                    title: "高中数学核心素养教学案例", publisher: "河北教育出版社", publishedOn: "2021-06", role: .coAuthor,
                    wordCount: 260, ownWordCount: 80, isbn: "978-7-5545-1234-0", evidence: [71])
            ])
        ),
        (
            .projects,
            ZCProtocol.Projects(entries: [
                .init(
                    name: "单元教学设计研究", source: "河北省教育科学研究所", level: .provincial, rank: 1, startedOn: "2021-09",
                    finishedOn: "2023-12", status: .concluded, evidence: [81])
            ])
        ),
        (
            .awards,
            ZCProtocol.Awards(entries: [
                .init(
                    name: "河北省优质课评比一等奖", grantor: "河北省教育厅", level: .provincial, rank: 1, awardedOn: "2018-11",
                    evidence: [91])
            ])
        ),
        (
            .patents,
            ZCProtocol.Patents(entries: [
                .init(
                    title: "一种数学教具", kind: .utilityModel, number: "ZL201920123456.7", grantedOn: "2020-05", rank: 2,
                    evidence: [101])
            ])
        ),
        (
            .expertTitles,
            ZCProtocol.ExpertTitles(entries: [
                .init(name: "石家庄市骨干教师", grantor: "石家庄市教育局", awardedOn: "2020-09", evidence: [111])
            ])
        ),
        (
            .otherAchievements,
            ZCProtocol.OtherAchievements(entries: [
                .init(description: "指导学生获奖", evidence: [121, 122])
            ])
        ),
        (.workSummary, ZCProtocol.WorkSummary(abstract: "本人……", summaryFile: 131)),
    ]

    /// Wire → engine → wire, compared as JSON text.
    static func roundTrip<W: Codable & Sendable, E: Codable>(_ wire: W, through engine: E.Type) throws -> (
        String, String, String
    ) {
        let original = String(decoding: try ZCJSON.encode(wire), as: UTF8.self)
        let inEngine = try Bridge.convert(wire, to: E.self)
        let engineJSON = String(decoding: try ZCJSON.encode(inEngine), as: UTF8.self)
        let back = String(decoding: try ZCJSON.encode(try Bridge.convert(inEngine, to: W.self)), as: UTF8.self)
        return (original, engineJSON, back)
    }

    static func roundTrip(_ key: ZCProtocol.SectionKey, _ sample: any Codable & Sendable) throws -> (
        String, String, String
    )? {
        switch sample {
        case let s as ZCProtocol.Education: try roundTrip(s, through: ZCEngine.Education.self)
        case let s as ZCProtocol.Certificates: try roundTrip(s, through: ZCEngine.Certificates.self)
        case let s as ZCProtocol.Employment: try roundTrip(s, through: ZCEngine.Employment.self)
        case let s as ZCProtocol.OtherMaterials: try roundTrip(s, through: ZCEngine.OtherMaterials.self)
        case let s as ZCProtocol.WorkHistory: try roundTrip(s, through: ZCEngine.WorkHistory.self)
        case let s as ZCProtocol.Societies: try roundTrip(s, through: ZCEngine.Societies.self)
        case let s as ZCProtocol.ProfessionalExperience: try roundTrip(s, through: ZCEngine.ProfessionalExperience.self)
        case let s as ZCProtocol.Papers: try roundTrip(s, through: ZCEngine.Papers.self)
        case let s as ZCProtocol.Books: try roundTrip(s, through: ZCEngine.Books.self)
        case let s as ZCProtocol.Projects: try roundTrip(s, through: ZCEngine.Projects.self)
        case let s as ZCProtocol.Awards: try roundTrip(s, through: ZCEngine.Awards.self)
        case let s as ZCProtocol.Patents: try roundTrip(s, through: ZCEngine.Patents.self)
        case let s as ZCProtocol.ExpertTitles: try roundTrip(s, through: ZCEngine.ExpertTitles.self)
        case let s as ZCProtocol.OtherAchievements: try roundTrip(s, through: ZCEngine.OtherAchievements.self)
        case let s as ZCProtocol.WorkSummary: try roundTrip(s, through: ZCEngine.WorkSummary.self)
        default: nil
        }
    }

    @Test func everySectionSurvivesTheTripThroughTheEngineTypeUnchanged() throws {
        for (key, sample) in Self.samples {
            let trip = try #require(try Self.roundTrip(key, sample), "\(key.rawValue): no engine twin")
            #expect(trip.0 == trip.1, "\(key.rawValue): the engine type encodes differently")
            #expect(trip.0 == trip.2, "\(key.rawValue): the wire type reads back differently")
        }
    }

    /// Every member the wire schema describes is present in the sample (so optional members are compared too).
    @Test func everySampleIsFullyPopulated() throws {
        let schemas = Dictionary(
            uniqueKeysWithValues: MethodRegistry.all.compactMap { type -> (String, Schema)? in
                guard let save = type as? any SaveSectionRequest.Type else { return nil }
                guard case .object(let members) = SchemaRecorder.schema(of: type),
                    let content = members.first(where: { $0.name == save.section.rawValue })
                else { return nil }
                return (save.section.rawValue, content.schema)
            })
        for (key, sample) in Self.samples {
            let schema = try #require(schemas[key.rawValue], "\(key.rawValue): no save method with that member")
            let json = try JSONSerialization.jsonObject(with: Data(try ZCJSON.encode(sample)))
            #expect(Self.absentMembers(json, schema, path: key.rawValue) == [], "\(key.rawValue)")
        }
    }

    @Test func everySectionHasOneSaveMethodADocumentMemberAndASample() throws {
        let saves = MethodRegistry.all.compactMap { ($0 as? any SaveSectionRequest.Type)?.section.rawValue }
        #expect(saves.sorted() == ZCProtocol.SectionKey.allCases.map(\.rawValue).sorted())
        guard case .object(let members) = SchemaRecorder.schema(of: DocumentSections.self) else {
            Issue.record("DocumentSections has no object schema")
            return
        }
        #expect(Set(members.map(\.name)) == Set(ZCProtocol.SectionKey.allCases.map(\.rawValue)))
        let sampled = Set(Self.samples.map(\.0.rawValue))
        #expect(
            sampled == Set(ZCProtocol.SectionKey.allCases.map(\.rawValue)).subtracting(["declaration", "basicInfo"]))
    }

    static func absentMembers(_ value: Any, _ schema: Schema, path: String) -> [String] {
        switch schema {
        case .object(let properties):
            guard let object = value as? [String: Any] else { return [path] }
            return properties.flatMap { p in
                object[p.name].map { absentMembers($0, p.schema, path: "\(path).\(p.name)") } ?? ["\(path).\(p.name)"]
            }
        case .array(let items):
            guard let array = value as? [Any], !array.isEmpty else { return ["\(path)[]"] }
            return array.enumerated().flatMap { absentMembers($0.element, items, path: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }
}

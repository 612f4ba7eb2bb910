import Foundation
import Testing

@testable import ZCEngine

/// The hand-built header JSON must be byte for byte what the general encoder writes, or a client comparing
/// documents (and the golden fixtures) would see a difference depending on the path.
@Suite struct DocumentJSONTests {
    static func header(name: String, submitted: Date?) -> DocumentHeader {
        DocumentHeader(
            id: 42, batch: .init(id: 7, name: name), employer: .init(code: "13010010010001", name: "石家庄市第一中学"),
            state: "submitted", stateName: "资格审查中", seriesCode: "zhongxiaoxue", seriesName: "中小学教师",
            qualificationCode: "zhongxiaoxue.fugao", qualificationName: "高级教师", level: "fugao", levelName: "副高级",
            reviewMethod: "review", route: "normal", specialty: "中学数学 / 几何",
            createdAt: Date(timeIntervalSince1970: 1_795_000_000.75), updatedAt: Date(timeIntervalSince1970: 1_795_000_123),
            submittedAt: submitted)
    }

    @Test(arguments: [
        "2026年度中小学教师职称申报", #"quote " and back\slash"#, "tab\tnew\nline\r", "\u{01}\u{1F}\u{7F} control", "/slash/",
    ])
    func givenAnyText_thenTheHeaderIsWhatTheEncoderWrites(name: String) throws {
        for submitted in [nil, Date(timeIntervalSince1970: 1_795_100_000)] {
            let h = Self.header(name: name, submitted: submitted)
            #expect(h.json == (try CanonicalJSON.encode(h)))
        }
    }
}

import Foundation
import Testing

@testable import ZCEngine

@Suite struct EducationSectionTests {
    typealias T = SectionTesting

    static func entry(
        to: String = "2002-07", kind: EducationKind = .domestic, level: EducationLevel = .bachelor,
        code: String? = "A8K2M4P6Q9R3T5W7", evidence: [Int64] = [1, 2]
    ) -> EducationEntry {
        EducationEntry(
            from: "1998-09", to: to, school: "河北师范大学", major: "数学与应用数学", educationLevel: level,
            degree: .bachelor, kind: kind, xuexinCode: code, evidence: evidence)
    }

    @Test func givenACompleteEntry_thenNothingIsWrongOrMissing() {
        let s = Education(entries: [Self.entry()])
        #expect(T.violations(s).isEmpty)
        #expect(T.missing(s).isEmpty)
        #expect(s.evidence.map(\.field) == ["entries[0].evidence[0]", "entries[0].evidence[1]"])
    }

    @Test func givenNoEntry_whenCheckingForSubmission_thenAnEntryIsMissing() {
        #expect(T.fields(T.missing(Education(entries: []))) == ["entries"])
        #expect(T.violations(Education(entries: [])).isEmpty)
    }

    @Test func givenMonthsOutOfOrderMalformedOrInTheFuture_thenEachIsAViolation() {
        var e = Self.entry()
        e.from = "2002-09"
        e.to = "2002-07"
        #expect(T.fields(T.violations(Education(entries: [e]))) == ["entries[0].to"])
        e.from = "2002/09"
        #expect(T.fields(T.violations(Education(entries: [e]))) == ["entries[0].from"])
        e.from = "2026-09"
        e.to = "2027-01"
        #expect(T.reason(T.violations(Education(entries: [e])), "entries[0].to") == "must not be in the future")
        e.to = "2026-11"
        #expect(T.violations(Education(entries: [e])).isEmpty)
    }

    @Test func givenBlankOrOverlongText_thenTheFieldIsNamed() {
        var e = Self.entry()
        e.school = "  "
        e.major = T.text(51)
        #expect(T.fields(T.violations(Education(entries: [e]))) == ["entries[0].school", "entries[0].major"])
        e.school = T.text(100)
        e.major = T.text(50)
        #expect(T.violations(Education(entries: [e])).isEmpty)
    }

    @Test(arguments: ["123456789012", "A1B2C3D4E5F6G7H8", " a1b2c3d4e5f6g7h8 ", "0000000000000000"])
    func givenAXuexinCodeInEitherFormat_thenItIsAccepted(code: String) {
        let s = T.normalized(Education(entries: [Self.entry(code: code)]))
        #expect(s.violations(in: T.context).isEmpty)
        #expect(s.entries[0].xuexinCode == code.trimmingCharacters(in: .whitespaces).uppercased())
    }

    @Test(arguments: [
        "12345678901", "1234567890123", "A1B2C3D4E5F6G7H", "A1B2-C3D4-E5F6-G7", "１２３４５６７８９０１２", "ABCDEFGHIJKLMNOPQ",
    ])
    func givenAXuexinCodeInAnotherFormat_thenItIsAViolation(code: String) {
        #expect(T.fields(T.violations(Education(entries: [Self.entry(code: code)]))) == ["entries[0].xuexinCode"])
    }

    @Test func givenDomesticHigherEducationFrom2002_whenTheCodeIsLeftOut_thenItIsMissing() {
        let missing = T.missing(Education(entries: [Self.entry(to: "2002-07", code: nil)]))
        #expect(T.fields(missing) == ["entries[0].xuexinCode"])
        #expect(T.violations(Education(entries: [Self.entry(to: "2002-07", code: "  ")])).isEmpty)
    }

    @Test func givenEducationBefore2002OrAbroad_whenTheCodeIsLeftOut_thenNothingIsMissing() {
        var early = Self.entry(to: "2001-07", code: nil)
        early.from = "1997-09"
        #expect(T.missing(Education(entries: [early])).isEmpty)
        #expect(
            T.missing(Education(entries: [Self.entry(to: "2010-06", kind: .foreign, level: .master, code: nil)]))
                .isEmpty)
        #expect(
            T.missing(Education(entries: [Self.entry(to: "2010-06", kind: .partySchool, code: nil)])).isEmpty)
    }

    @Test func givenADomesticEducationAtSecondaryLevel_thenTheKindIsAViolation() {
        let e = Self.entry(kind: .domestic, level: .secondary, code: nil)
        #expect(T.fields(T.violations(Education(entries: [e]))) == ["entries[0].kind"])
        let right = Self.entry(kind: .secondaryVocational, level: .secondary, code: nil)
        #expect(T.violations(Education(entries: [right])).isEmpty)
    }

    /// The manual's six cases (五(二)1): the document named for each kind and year.
    @Test(arguments: [
        (EducationKind.domestic, "2002-07", "《教育部学历证书电子注册备案表》"),
        (.domestic, "2001-12", "《中国高等教育学历认证报告》"),
        (.foreign, "2012-06", "《国外学历学位认证书》"),
        (.hongKongMacaoTaiwan, "1999-06", "《港澳台学历学位认证书》"),
        (.partySchool, "2005-06", "学籍卡 or 毕业生登记表"),
        (.secondaryVocational, "1998-06", "学籍卡 or 毕业生登记表"),
        (.technicalSchool, "2008-06", "网上毕业证书查询结果"),
        (.technicalSchool, "2007-12", "毕业生登记表 or 学籍卡"),
    ])
    func givenAnEntryWithoutEvidence_thenTheMissingItemNamesTheDocumentForItsKindAndYear(
        kind: EducationKind, to: String, document: String
    ) {
        var e = Self.entry(
            to: to, kind: kind, level: kind == .secondaryVocational ? .secondary : .bachelor, evidence: [])
        e.from = "1995-09"
        #expect(e.requiredEvidence.contains(document))
        let reason = T.reason(T.missing(Education(entries: [e])), "entries[0].evidence")
        #expect(reason?.contains(document) == true, "\(reason ?? "nil")")
        #expect(reason?.contains("学历证书") == true)
        e.evidence = [7]
        #expect(T.missing(Education(entries: [e])).allSatisfy { $0.field != "entries[0].evidence" })
    }

    @Test func givenTheSameFileTwiceOrTooManyFiles_thenTheEvidenceIsAViolation() {
        #expect(
            T.fields(T.violations(Education(entries: [Self.entry(evidence: [3, 3])]))) == ["entries[0].evidence[1]"])
        let many = Array(Int64(1)...Int64(31))
        #expect(T.fields(T.violations(Education(entries: [Self.entry(evidence: many)]))) == ["entries[0].evidence"])
        #expect(T.violations(Education(entries: [Self.entry(evidence: Array(many.prefix(30)))])).isEmpty)
    }

    @Test func givenMoreThanFiftyEntries_thenTheListIsAViolation() {
        #expect(T.fields(T.violations(Education(entries: Array(repeating: Self.entry(), count: 51)))) == ["entries"])
    }
}

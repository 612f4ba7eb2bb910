import Foundation
import Testing

@testable import ZCEngine

@Suite struct OtherMaterialsSectionTests {
    typealias T = SectionTesting

    static func complete() -> OtherMaterials {
        OtherMaterials(
            socialInsurance: SocialInsurance(insuredInProvince: true),
            practiceCertificates: [PracticeCertificate(name: "教师资格证", number: "20021310042000123", evidence: [1])],
            continuingEducation: [
                ContinuingEducationRecord(description: "2025年度继续教育", hours: 72, year: 2025, evidence: [2])
            ],
            others: [OtherMaterial(description: "普通话水平测试等级证书", evidence: [3])])
    }

    @Test func givenCompleteMaterials_thenNothingIsWrongOrMissing() {
        #expect(T.violations(Self.complete()).isEmpty)
        #expect(T.missing(Self.complete()).isEmpty)
        #expect(
            Self.complete().evidence.map(\.field) == [
                "practiceCertificates[0].evidence[0]", "continuingEducation[0].evidence[0]", "others[0].evidence[0]",
            ])
    }

    @Test func givenInsuranceInHebeiWithoutProof_thenNothingIsMissing() {
        var s = Self.complete()
        s.socialInsurance = SocialInsurance(insuredInProvince: true, evidence: [])
        #expect(T.missing(s).isEmpty)
    }

    @Test func givenInsuranceOutsideHebeiWithoutProof_thenTheProofIsMissing() {
        var s = Self.complete()
        s.socialInsurance = SocialInsurance(insuredInProvince: false)
        let missing = T.missing(s)
        #expect(T.fields(missing) == ["socialInsurance.evidence"])
        #expect(T.reason(missing, "socialInsurance.evidence")?.contains("养老保险证明材料") == true)
        s.socialInsurance.evidence = [9]
        #expect(T.missing(s).isEmpty)
        #expect(s.evidence.first?.field == "socialInsurance.evidence[0]")
    }

    @Test func givenATeacherWithoutAPracticeCertificate_thenItIsMissing() {
        var s = Self.complete()
        s.practiceCertificates = []
        let missing = T.missing(s)
        #expect(T.fields(missing) == ["practiceCertificates"])
        #expect(T.reason(missing, "practiceCertificates")?.contains("教师资格证") == true)
    }

    @Test func givenASeriesWithoutALicensingRegime_thenNoPracticeCertificateIsNeeded() {
        var s = Self.complete()
        s.practiceCertificates = []
        #expect(T.missing(s, context: T.context(series: "gongcheng")).isEmpty)
        #expect(T.fields(T.missing(s, context: T.context(series: "weisheng"))) == ["practiceCertificates"])
    }

    @Test func givenEntriesWithoutEvidence_thenEachIsMissing() {
        var s = Self.complete()
        s.practiceCertificates[0].evidence = []
        s.continuingEducation[0].evidence = []
        s.others[0].evidence = []
        #expect(
            T.fields(T.missing(s)) == [
                "practiceCertificates[0].evidence", "continuingEducation[0].evidence", "others[0].evidence",
            ])
    }

    @Test func givenBadHoursYearsAndBlankText_thenEachFieldIsNamed() {
        var s = Self.complete()
        s.practiceCertificates[0].name = ""
        s.continuingEducation[0].hours = 0
        s.continuingEducation[0].year = 2027
        s.others[0].description = T.text(201)
        #expect(
            T.fields(T.violations(s)) == [
                "practiceCertificates[0].name", "continuingEducation[0].hours", "continuingEducation[0].year",
                "others[0].description",
            ])
    }
}

import Foundation
import Testing

@testable import ZCEngine

@Suite struct CertificatesSectionTests {
    typealias T = SectionTesting

    static func entry(obtainedOn: String = "2015-12", transferred: Bool = false, evidence: [Int64] = [1])
        -> CertificateEntry
    {
        CertificateEntry(
            name: "一级教师", seriesCode: "zhongxiaoxue", level: .zhongji, obtainedOn: obtainedOn,
            certificateNumber: "冀中一教2015-0132", issuer: "石家庄市职称改革领导小组办公室", transferred: transferred,
            evidence: evidence)
    }

    @Test func givenACertificateWithItsScan_thenNothingIsWrongOrMissing() {
        let s = Certificates(entries: [Self.entry()])
        #expect(T.violations(s).isEmpty)
        #expect(T.missing(s).isEmpty)
    }

    @Test func givenNoCertificateYet_thenAnEmptyListIsComplete() {
        #expect(T.missing(Certificates(entries: [])).isEmpty)
    }

    @Test func givenACertificateWithoutItsScan_thenTheEvidenceIsMissing() {
        let missing = T.missing(Certificates(entries: [Self.entry(evidence: [])]))
        #expect(T.fields(missing) == ["entries[0].evidence"])
        #expect(T.reason(missing, "entries[0].evidence")?.contains("一级教师") == true)
    }

    @Test func givenABadMonthBlankNameOrLongNumber_thenEachFieldIsNamed() {
        var e = Self.entry(obtainedOn: "2015-13")
        e.name = ""
        e.certificateNumber = T.text(51, "1")
        e.issuer = T.text(101)
        #expect(
            T.fields(T.violations(Certificates(entries: [e])))
                == ["entries[0].obtainedOn", "entries[0].name", "entries[0].certificateNumber", "entries[0].issuer"])
    }

    @Test func givenATransferredCertificateAlone_thenTheOriginalSeriesCertificateIsMissing() {
        let s = Certificates(entries: [Self.entry(obtainedOn: "2020-06", transferred: true)])
        #expect(T.fields(T.missing(s)) == ["entries[0].transferred"])
    }

    @Test func givenATransferredCertificateAndAnOriginalObtainedLater_thenTheOriginalIsStillMissing() {
        let s = Certificates(entries: [
            Self.entry(obtainedOn: "2020-06", transferred: true), Self.entry(obtainedOn: "2021-01"),
        ])
        #expect(T.fields(T.missing(s)) == ["entries[0].transferred"])
    }

    @Test func givenATransferredCertificateWithTheOriginalSeriesCertificate_thenNothingIsMissing() {
        let s = Certificates(entries: [
            Self.entry(obtainedOn: "2020-06", transferred: true), Self.entry(obtainedOn: "2014-12"),
        ])
        #expect(T.missing(s).isEmpty)
    }
}

@Suite struct EmploymentSectionTests {
    typealias T = SectionTesting

    static func entry(
        _ kind: EmploymentProofKind = .recordForm, from: String = "2016-01", to: String? = "2018-12",
        evidence: [Int64] = [1]
    ) -> EmploymentEntry {
        EmploymentEntry(kind: kind, position: "一级教师", from: from, to: to, evidence: evidence)
    }

    @Test func givenContinuousFormsWithEvidence_thenNothingIsWrongMissingOrNoticed() {
        let s = Employment(entries: [Self.entry(), Self.entry(.salaryChangeForm, from: "2019-01", to: nil)])
        #expect(T.violations(s).isEmpty)
        #expect(T.missing(s).isEmpty)
        #expect(T.normalized(s).notices(in: T.context).isEmpty)
    }

    @Test func givenAnEntryWithoutItsDocument_thenTheMissingItemNamesIt() {
        let missing = T.missing(Employment(entries: [Self.entry(.salaryChangeForm, evidence: [])]))
        #expect(T.reason(missing, "entries[0].evidence")?.contains("《工资变动审批表》") == true)
        let letter = T.missing(Employment(entries: [Self.entry(.appointmentLetter, evidence: [])]))
        #expect(T.reason(letter, "entries[0].evidence")?.contains("聘书") == true)
    }

    @Test func givenAnEndBeforeTheStartOrAStartInTheFuture_thenTheDatesAreViolations() {
        #expect(
            T.fields(T.violations(Employment(entries: [Self.entry(from: "2019-01", to: "2018-12")]))) == [
                "entries[0].to"
            ])
        #expect(
            T.fields(T.violations(Employment(entries: [Self.entry(from: "2027-01", to: nil)]))) == ["entries[0].from"])
        var blank = Self.entry()
        blank.position = " "
        #expect(T.fields(T.violations(Employment(entries: [blank]))) == ["entries[0].position"])
    }

    @Test func givenFormsThatLeaveAGap_thenANoticeNamesBothEntries() {
        let s = Employment(entries: [Self.entry(.salaryChangeForm, from: "2019-06", to: nil), Self.entry()])
        let notices = T.normalized(s).notices(in: T.context)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("entries[1]") == true && notices.first?.contains("entries[0]") == true)
        #expect(T.missing(s).isEmpty, "a gap is guidance, not a blocker")
    }

    @Test func givenAppointmentLettersWithAGap_thenNoNoticeAboutForms() {
        let s = Employment(entries: [
            Self.entry(.appointmentLetter, from: "2010-01", to: "2012-12"),
            Self.entry(.appointmentLetter, from: "2016-01", to: nil),
        ])
        #expect(T.normalized(s).notices(in: T.context).isEmpty)
    }

    @Test func givenNoProofAtAll_thenANoticeExplainsWhatIsExpected() {
        let notices = T.normalized(Employment(entries: [])).notices(in: T.context)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("事业单位岗位聘用人员备案表") == true)
    }
}

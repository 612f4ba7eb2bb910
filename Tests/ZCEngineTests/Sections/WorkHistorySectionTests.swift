import Foundation
import Testing

@testable import ZCEngine

@Suite struct WorkHistorySectionTests {
    typealias T = SectionTesting

    static func entry(_ from: String, _ to: String?, _ organization: String = "石家庄市第一中学") -> WorkHistoryEntry {
        WorkHistoryEntry(from: from, to: to, organization: organization, position: "数学教师")
    }

    @Test func givenEntriesOldestFirst_whenNormalized_thenTheyAreStoredMostRecentFirst() {
        let s = T.normalized(
            WorkHistory(entries: [
                Self.entry("2002-08", "2009-07", "石家庄市第四十中学"), Self.entry("2009-08", nil),
                Self.entry("1998-09", "2002-07", "河北师范大学"),
            ]))
        #expect(s.entries.map(\.from) == ["2009-08", "2002-08", "1998-09"])
        #expect(s.violations(in: T.context).isEmpty)
        #expect(s.missing(in: T.context).isEmpty)
    }

    @Test func givenOverlappingPeriods_thenAViolationNamesBothEntries() {
        let s = WorkHistory(entries: [Self.entry("2009-08", nil), Self.entry("2002-08", "2010-07", "石家庄市第四十中学")])
        let v = T.violations(s)
        #expect(T.fields(v) == ["entries[0]"])
        #expect(T.reason(v, "entries[0]")?.contains("overlaps entries[1]") == true)
        #expect(T.reason(v, "entries[0]")?.contains("石家庄市第四十中学") == true)
    }

    @Test func givenAPeriodInsideAnother_thenItIsAnOverlap() {
        let s = WorkHistory(entries: [
            Self.entry("2012-01", "2012-06", "借调单位"), Self.entry("2010-01", "2015-12"), Self.entry("2016-01", nil),
        ])
        let v = T.violations(s)
        #expect(v.count == 1)
        #expect(v.first?.field == "entries[1]" && v.first?.reason.contains("entries[2]") == true)
    }

    @Test func givenAMoveWithinTheSameMonth_thenTheSharedMonthIsNoOverlap() {
        let s = WorkHistory(entries: [Self.entry("2009-07", nil), Self.entry("2002-08", "2009-07")])
        #expect(T.violations(s).isEmpty)
    }

    @Test func givenTwoOpenEndedEntries_thenOnlyTheMostRecentMayBeOpen() {
        let s = WorkHistory(entries: [Self.entry("2009-08", nil), Self.entry("2002-08", nil, "石家庄市第四十中学")])
        let v = T.violations(s)
        #expect(T.fields(v) == ["entries[1].to", "entries[0]"])
        #expect(T.reason(v, "entries[1].to")?.contains("only the most recent") == true)
    }

    @Test func givenAnEndBeforeItsStartOrBlankText_thenTheFieldsAreNamed() {
        var e = Self.entry("2009-08", "2009-01")
        e.organization = ""
        e.position = T.text(51)
        #expect(
            T.fields(T.violations(WorkHistory(entries: [e])))
                == ["entries[0].to", "entries[0].organization", "entries[0].position"])
    }

    @Test func givenNoEntry_thenAnEntryIsMissing() {
        #expect(T.fields(T.missing(WorkHistory(entries: []))) == ["entries"])
    }
}

@Suite struct SocietiesSectionTests {
    typealias T = SectionTesting

    @Test func givenMembershipsInTheApplicantsOrder_thenTheOrderIsKept() {
        let s = T.normalized(
            Societies(entries: [
                SocietyEntry(from: "2018-09", name: " 河北省教育学会中学数学教学专业委员会 ", role: "理事"),
                SocietyEntry(from: "2012-05", to: "2020-12", name: "石家庄市数学学会", role: "会员"),
                SocietyEntry(from: "2019-05", name: "石家庄市教育学会", role: "会员"),
            ]))
        #expect(s.entries.map(\.from) == ["2018-09", "2012-05", "2019-05"])
        #expect(s.entries[0].name == "河北省教育学会中学数学教学专业委员会")
        #expect(s.violations(in: T.context).isEmpty)
        #expect(T.missing(Societies(entries: [])).isEmpty)
    }

    @Test func givenBadDatesOrBlankText_thenEachFieldIsNamed() {
        let s = Societies(entries: [SocietyEntry(from: "2020-01", to: "2019-12", name: "", role: T.text(51))])
        #expect(T.fields(T.violations(s)) == ["entries[0].to", "entries[0].name", "entries[0].role"])
    }
}

@Suite struct ProfessionalExperienceSectionTests {
    typealias T = SectionTesting

    static func entry(content: String = "承担高中数学教学工作。", evidence: [Int64] = [1]) -> ProfessionalExperienceEntry {
        ProfessionalExperienceEntry(category: "教育教学", content: content, from: "2016-01", evidence: evidence)
    }

    @Test func givenAnEntryWithEvidence_thenNothingIsWrongOrMissing() {
        let s = ProfessionalExperience(entries: [Self.entry()])
        #expect(T.violations(s).isEmpty)
        #expect(T.missing(s).isEmpty)
    }

    @Test func givenContentOfTwoThousandCharactersOverLines_thenItIsAccepted() {
        let content = "\r\n" + T.text(999) + "\r\n" + T.text(1000) + "\n  "
        let s = T.normalized(ProfessionalExperience(entries: [Self.entry(content: content)]))
        #expect(s.entries[0].content.count == 2000)
        #expect(!s.entries[0].content.contains("\r"))
        #expect(s.violations(in: T.context).isEmpty)
    }

    @Test func givenContentTooLongBlankCategoryOrAControlCharacter_thenEachFieldIsNamed() {
        var e = Self.entry(content: T.text(2001))
        e.category = ""
        #expect(
            T.fields(T.violations(ProfessionalExperience(entries: [e]))) == [
                "entries[0].category", "entries[0].content",
            ])
        e.category = T.text(51)
        e.content = "教学\u{7}工作"
        #expect(
            T.fields(T.violations(ProfessionalExperience(entries: [e]))) == [
                "entries[0].category", "entries[0].content",
            ])
        e.category = T.text(50)
        e.content = ""
        #expect(T.fields(T.violations(ProfessionalExperience(entries: [e]))) == ["entries[0].content"])
    }

    @Test func givenPeriodOutOfOrder_thenTheEndIsAViolation() {
        var e = Self.entry()
        e.from = "2020-01"
        e.to = "2019-01"
        #expect(T.fields(T.violations(ProfessionalExperience(entries: [e]))) == ["entries[0].to"])
    }

    @Test func givenNoEntryOrNoEvidence_thenTheyAreMissing() {
        #expect(T.fields(T.missing(ProfessionalExperience(entries: []))) == ["entries"])
        #expect(
            T.fields(T.missing(ProfessionalExperience(entries: [Self.entry(evidence: [])]))) == ["entries[0].evidence"])
    }
}

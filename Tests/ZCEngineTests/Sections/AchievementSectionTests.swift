import Foundation
import Testing

@testable import ZCEngine

@Suite struct BooksSectionTests {
    typealias T = SectionTesting

    static func book(isbn: String? = "978-7-5545-1234-0", words: Int? = 260, own: Int? = 80, evidence: [Int64] = [1])
        -> BookEntry
    {
        BookEntry(
            title: "高中数学核心素养教学案例", publisher: "河北教育出版社", publishedOn: "2021-06", role: .coAuthor,
            wordCount: words, ownWordCount: own, isbn: isbn, evidence: evidence)
    }

    @Test(arguments: [
        ("978-7-5545-1234-0", true), ("9787554512340", true), ("978 7 5545 1234 0", true),
        ("7-5434-3461-X", true), ("7-5434-3461-x", true), ("7-5434-3467-9", true), ("978-7-5545-1234-2", false),
        ("7-5434-3467-1", false),
        ("123-4-5678-9012-8", false), ("978-7-5545", false),
    ])
    func givenAnISBN_thenItsCheckDigitDecides(isbn: String, valid: Bool) {
        #expect(T.violations(Books(entries: [Self.book(isbn: isbn)])).isEmpty == valid, "\(isbn)")
    }

    @Test func givenOwnWordsAboveTheTotalOrNoWords_thenTheFieldIsNamed() {
        #expect(
            T.fields(T.violations(Books(entries: [Self.book(words: 260, own: 261)]))) == ["entries[0].ownWordCount"])
        #expect(T.fields(T.violations(Books(entries: [Self.book(words: 0, own: nil)]))) == ["entries[0].wordCount"])
        #expect(T.violations(Books(entries: [Self.book(words: 260, own: 260)])).isEmpty)
        #expect(T.violations(Books(entries: [Self.book(isbn: nil, words: nil, own: 80)])).isEmpty)
    }

    @Test func givenABookWithoutEvidence_thenTheCopyrightPageIsAmongWhatIsMissing() {
        #expect(
            T.reason(T.missing(Books(entries: [Self.book(evidence: [])])), "entries[0].evidence")?.contains("版权页")
                == true)
        #expect(T.missing(Books(entries: [Self.book()])).isEmpty)
    }
}

@Suite struct ProjectsSectionTests {
    typealias T = SectionTesting

    static func project(
        status: ProjectStatus = .concluded, finished: String? = "2023-12", rank: Int = 1, evidence: [Int64] = [1]
    )
        -> ProjectEntry
    {
        ProjectEntry(
            name: "核心素养导向的高中数学单元教学设计研究", source: "河北省教育科学研究所", level: .provincial, rank: rank,
            startedOn: "2021-09", finishedOn: finished, status: status, evidence: evidence)
    }

    @Test func givenConcludedWithItsFinishOrOngoingWithout_thenBothAreValid() {
        #expect(T.violations(Projects(entries: [Self.project()])).isEmpty)
        #expect(T.violations(Projects(entries: [Self.project(status: .ongoing, finished: nil)])).isEmpty)
    }

    @Test func givenConcludedWithoutAFinishMonth_thenTheFinishIsRequired() {
        let v = T.violations(Projects(entries: [Self.project(finished: " ")]))
        #expect(T.fields(v) == ["entries[0].finishedOn"])
        #expect(T.reason(v, "entries[0].finishedOn")?.contains("concluded") == true)
    }

    @Test func givenOngoingWithAFinishMonthOrAFinishBeforeTheStart_thenTheFinishIsAViolation() {
        #expect(
            T.fields(T.violations(Projects(entries: [Self.project(status: .ongoing)]))) == ["entries[0].finishedOn"])
        #expect(
            T.fields(T.violations(Projects(entries: [Self.project(finished: "2021-08")]))) == ["entries[0].finishedOn"])
        #expect(T.fields(T.violations(Projects(entries: [Self.project(rank: 0)]))) == ["entries[0].rank"])
    }

    @Test func givenAProjectWithoutEvidence_thenTheSetOfDocumentsIsMissing() {
        let concluded = T.reason(T.missing(Projects(entries: [Self.project(evidence: [])])), "entries[0].evidence")
        #expect(concluded?.contains("结题") == true && concluded?.contains("个人排名页") == true)
        let ongoing = T.reason(
            T.missing(Projects(entries: [Self.project(status: .ongoing, finished: nil, evidence: [])])),
            "entries[0].evidence")
        #expect(ongoing?.contains("立项") == true && ongoing?.contains("结题") == false)
    }
}

@Suite struct AwardsPatentsAndTitlesTests {
    typealias T = SectionTesting

    @Test func givenAnAwardWithEvidence_thenItIsValid_andARankOfZeroOrAFutureMonthIsNot() {
        let good = AwardEntry(name: "石家庄市优秀教师", grantor: "石家庄市教育局", level: .city, awardedOn: "2019-09", evidence: [1])
        #expect(T.violations(Awards(entries: [good])).isEmpty)
        #expect(T.missing(Awards(entries: [good])).isEmpty)
        var bad = good
        bad.rank = 0
        bad.awardedOn = "2030-01"
        bad.grantor = ""
        bad.evidence = []
        #expect(
            T.fields(T.violations(Awards(entries: [bad]))) == [
                "entries[0].rank", "entries[0].awardedOn", "entries[0].grantor",
            ])
        #expect(T.fields(T.missing(Awards(entries: [bad]))) == ["entries[0].evidence"])
    }

    @Test(arguments: [
        ("ZL201920123456.7", PatentKind.utilityModel), ("zl 201910123456.X", .invention), ("201830123456.1", .design),
        ("ZL201980123456.2", .invention), ("ZL98123456.7", .invention), ("ZL99212345.6", .utilityModel),
    ])
    func givenAPatentNumberMatchingItsKind_thenItIsValid(number: String, kind: PatentKind) {
        let p = PatentEntry(title: "一种数学教具", kind: kind, number: number, grantedOn: "2020-05", rank: 1, evidence: [1])
        let s = T.normalized(Patents(entries: [p]))
        #expect(s.violations(in: T.context).isEmpty, "\(number)")
        #expect(s.entries[0].number == number.uppercased())
    }

    @Test func givenANumberOfAnotherKind_thenTheKindIsAViolation() {
        let p = PatentEntry(
            title: "一种数学教具", kind: .invention, number: "ZL201920123456.7", grantedOn: "2020-05", rank: 1)
        let v = T.violations(Patents(entries: [p]))
        #expect(T.fields(v) == ["entries[0].kind"])
        #expect(T.reason(v, "entries[0].kind")?.contains("实用新型专利") == true)
        #expect(T.fields(T.missing(Patents(entries: [p]))) == ["entries[0].evidence"])
    }

    @Test(arguments: [
        "ZL2019201234567", "ZL20192012345.7", "ZL201940123456.7", "CN201920123456.7", "ZL201920123456.77", "",
    ])
    func givenAMalformedPatentNumber_thenTheNumberIsAViolation(number: String) {
        let p = PatentEntry(title: "一种数学教具", kind: .utilityModel, number: number, grantedOn: "2020-05", rank: 1)
        #expect(T.fields(T.violations(Patents(entries: [p]))) == ["entries[0].number"])
    }

    @Test func givenAnExpertTitle_thenItsFieldsAndEvidenceAreChecked() {
        let good = ExpertTitleEntry(name: "石家庄市骨干教师", grantor: "石家庄市教育局", awardedOn: "2020-09", evidence: [1])
        #expect(T.violations(ExpertTitles(entries: [good])).isEmpty)
        #expect(T.missing(ExpertTitles(entries: [good])).isEmpty)
        let bad = ExpertTitleEntry(name: "", grantor: "石家庄市教育局", awardedOn: "2020", evidence: [])
        #expect(T.fields(T.violations(ExpertTitles(entries: [bad]))) == ["entries[0].name", "entries[0].awardedOn"])
        #expect(T.fields(T.missing(ExpertTitles(entries: [bad]))) == ["entries[0].evidence"])
    }

    @Test func givenOtherAchievementsInTheApplicantsOrder_thenTheOrderIsKeptAndEachNeedsEvidence() {
        let s = T.normalized(
            OtherAchievements(entries: [
                OtherAchievementEntry(description: "指导学生获全国高中数学联赛河北赛区一等奖", evidence: [1]),
                OtherAchievementEntry(description: "承担市级公开课", evidence: []),
            ]))
        #expect(s.entries[0].description.hasPrefix("指导学生"))
        #expect(s.violations(in: T.context).isEmpty)
        #expect(T.fields(s.missing(in: T.context)) == ["entries[1].evidence"])
        let long = OtherAchievements(entries: [OtherAchievementEntry(description: T.text(1001), evidence: [1])])
        #expect(T.fields(T.violations(long)) == ["entries[0].description"])
        #expect(T.missing(OtherAchievements(entries: [])).isEmpty)
    }
}

@Suite struct WorkSummarySectionTests {
    typealias T = SectionTesting

    @Test(arguments: [600, 800, 1000])
    func givenAnAbstractOf600To1000CharactersAndAFile_thenItIsComplete(length: Int) {
        let s = WorkSummary(abstract: "\n  " + T.text(length) + "  \n", summaryFile: 5)
        #expect(T.violations(s).isEmpty)
        #expect(T.missing(s).isEmpty)
        #expect(T.normalized(s).abstract.count == length)
    }

    @Test func givenAShortAbstract_thenADraftSavesButSubmissionMissesIt() {
        let s = WorkSummary(abstract: "   " + T.text(599) + "   ", summaryFile: 5)
        #expect(T.violations(s).isEmpty)
        #expect(T.reason(T.missing(s), "abstract")?.contains("it has 599") == true)
        #expect(T.fields(T.missing(WorkSummary(abstract: "", summaryFile: 5))) == ["abstract"])
    }

    @Test func givenAnAbstractOverAThousandCharacters_thenItIsAViolation() {
        #expect(T.fields(T.violations(WorkSummary(abstract: T.text(1001), summaryFile: 5))) == ["abstract"])
    }

    @Test func givenCombiningMarks_thenCharactersAreCountedAsPeopleSeeThem() {
        // "é" written as e + U+0301 is one character (two scalars): 600 of them are 600 characters.
        let s = WorkSummary(abstract: String(repeating: "e\u{301}", count: 600), summaryFile: 5)
        #expect(T.missing(s).isEmpty)
        let over = WorkSummary(abstract: String(repeating: "e\u{301}", count: 1000), summaryFile: 5)
        #expect(T.violations(over).isEmpty)
    }

    @Test func givenNoFile_thenTheSummaryIsMissing_andAFileMustBeAPDF() {
        #expect(T.fields(T.missing(WorkSummary(abstract: T.text(800)))) == ["summaryFile"])
        let s = WorkSummary(abstract: T.text(800), summaryFile: 9)
        #expect(s.evidence == [EvidenceReference(field: "summaryFile", fileID: 9, accepts: EvidenceReference.pdfOnly)])
    }
}

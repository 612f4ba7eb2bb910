import Foundation
import Testing

@testable import ZCEngine

@Suite struct PapersSectionTests {
    typealias T = SectionTesting

    static func paper(
        url: String? = "https://kns.cnki.net/kcms2/article/abstract?v=sxtb202103005", rank: Int = 1, count: Int? = 2,
        evidence: [Int64] = [1]
    ) -> PaperEntry {
        PaperEntry(
            title: "核心素养视角下高中数学单元教学设计的实践与思考", journal: "数学通报", publishedOn: "2021-03",
            authorRank: rank, authorCount: count, issn: "0583-1458", verificationURL: url, evidence: evidence)
    }

    @Test(arguments: [
        "https://kns.cnki.net/kcms2/article/abstract?v=abc", "http://www.cnki.net/", "https://cnki.net",
        "https://d.wanfangdata.com.cn/periodical/sxtb202103005", "HTTPS://WWW.CQVIP.COM/qk/81384x/202305/1.html",
        "https://qikan.cqvip.com:443/Qikan/Article/Detail?id=7109876543",
    ])
    func givenAURLOnCNKIWanfangOrCQVIP_thenThePaperCounts(url: String) {
        let s = T.normalized(Papers(entries: [Self.paper(url: url)]))
        #expect(s.violations(in: T.context).isEmpty)
        #expect(s.entries[0].counted == true)
        #expect(s.notices(in: T.context).isEmpty)
    }

    @Test(arguments: [
        "https://www.baidu.com/s?wd=cnki.net", "ftp://cnki.net/paper", "https://cnki.net.example.com/",
        "https://evilcnki.net/",
        "www.cnki.net/kcms/detail", "https://cnki.net@example.com/", "https://user@kns.cnki.net/", "not a url",
        "https://wanfangdata.com/", "https://scholar.google.com/?q=cqvip.com",
    ])
    func givenAnyOtherAddress_thenTheURLIsAViolation(url: String) {
        #expect(T.fields(T.violations(Papers(entries: [Self.paper(url: url)]))) == ["entries[0].verificationURL"])
    }

    @Test func givenAPaperWithoutAURL_thenItIsKeptMarkedNotCountedAndTheApplicantIsTold() {
        var second = Self.paper(url: "   ")
        second.counted = true  // ignored on input
        second.title = "基于问题驱动的函数单调性教学探究"
        let s = T.normalized(Papers(entries: [Self.paper(), second]))
        #expect(s.violations(in: T.context).isEmpty)
        #expect(s.entries.map(\.counted) == [true, false])
        #expect(s.entries[1].verificationURL == nil)
        let notices = s.notices(in: T.context)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("论文 2") == true)
        #expect(notices.first?.contains("基于问题驱动的函数单调性教学探究") == true)
        #expect(notices.first?.contains("视为无效论文") == true)
        #expect(s.missing(in: T.context).isEmpty, "a paper that does not count still saves and submits")
    }

    @Test func givenARankAboveTheAuthorCountOrOutOfRange_thenTheFieldIsNamed() {
        #expect(T.fields(T.violations(Papers(entries: [Self.paper(rank: 3, count: 2)]))) == ["entries[0].authorRank"])
        #expect(T.fields(T.violations(Papers(entries: [Self.paper(rank: 0, count: nil)]))) == ["entries[0].authorRank"])
        #expect(
            T.fields(T.violations(Papers(entries: [Self.paper(rank: 1, count: 0)]))) == [
                "entries[0].authorCount", "entries[0].authorRank",
            ])
        #expect(T.violations(Papers(entries: [Self.paper(rank: 2, count: 2)])).isEmpty)
        #expect(T.violations(Papers(entries: [Self.paper(rank: 5, count: nil)])).isEmpty)
    }

    @Test(arguments: [
        ("0583-1458", true), ("1002-2171", true), ("0317-8471", true), ("1050-124x", true), ("1050-1240", false),
        ("05831458", true), ("0583-1459", false), ("0583-145", false), ("ISSN0583-1458", false), ("0583_1458", false),
    ])
    func givenAnISSN_thenItsFormatAndCheckDigitDecide(issn: String, valid: Bool) {
        var p = Self.paper()
        p.issn = issn
        #expect(T.violations(Papers(entries: [p])).isEmpty == valid)
    }

    @Test func givenAPaperWithoutEvidence_thenThePagesAreMissing() {
        let missing = T.missing(Papers(entries: [Self.paper(evidence: [])]))
        #expect(T.reason(missing, "entries[0].evidence")?.contains("目录页") == true)
        #expect(T.missing(Papers(entries: [])).isEmpty)
    }

    @Test func givenBlankTitleJournalOrABadMonth_thenEachFieldIsNamed() {
        var p = Self.paper()
        p.title = " "
        p.journal = T.text(101)
        p.publishedOn = "2026-12"
        #expect(
            T.fields(T.violations(Papers(entries: [p]))) == [
                "entries[0].title", "entries[0].journal", "entries[0].publishedOn",
            ])
    }
}

import Foundation
import Testing
import ZCProtocol

/// Issue 5's second scenario through the zcctl binary: 张伟's declaration is blacklisted (加入黑名单) at the competent
/// department, by 石家庄市教育局's leader; his next declaration, in a new batch, is refused at `zcctl apply submit`; the
/// city office's admin finds the entry with `zcctl blacklist list` and lifts it with a reason (解除黑名单), and the
/// same submission then goes through.
@Suite struct BlacklistEndToEndTests {
    static let reason = "继续教育证明系伪造，经核实属实"
    static let lifted = "经复核，继续教育证明由培训机构补开，原认定有误"

    @Test func aBlacklistedApplicantIsRefusedUntilTheOfficeLiftsTheEntry() throws {
        let daemon = try Daemon()
        let cast = try ReviewCast.build(on: daemon)
        let applicant = cast.applicant
        let first = try ExampleDeclaration.startAndFillThroughZcctl(
            applicant, batch: try cast.openBatch(), folder: daemon.folder)
        try applicant.ok(["apply", "submit", "--application", String(first)])
        for reviewer in [ReviewCast.Reviewer.schoolHandler, .schoolLeader, .bureauHandler] {
            try cast[reviewer].ok(["review", "pass", String(first), "--opinion", "同意上报"])
        }
        #expect(try cast.queues() == ReviewCast.expectedQueues([first: .bureauLeader]))

        // The bureau's leader blacklists the case: it leaves every queue, final, with the reason in its history.
        let blacklisted = try cast[.bureauLeader].json(
            CaseInfo.self, ["review", "blacklist", String(first), "--opinion", Self.reason])
        #expect(blacklisted.state == .blacklisted && blacklisted.stateName == "加入黑名单")
        #expect(try cast.queues() == ReviewCast.expectedQueues([:]))
        let history = try applicant.json([HistoryEntryInfo].self, ["history", String(first)])
        let last = try #require(history.last)
        #expect(last.outcome == .blacklist && last.opinion == Self.reason && last.stage == .leader)
        #expect(last.organization?.code == ExampleTree.departmentCode && last.reviewer == "孙强")

        // His next declaration, in a new batch, is complete, and refused at submission: he is blacklisted.
        let batch = try cast.openBatch(name: "2026年度石家庄市中小学教师职称申报（第二批）")
        let next = try ExampleDeclaration.startAndFillThroughZcctl(applicant, batch: batch, folder: daemon.folder)
        let refused = try applicant.refused(
            ["apply", "submit", "--application", String(next)], "failed_precondition", mentions: ["blacklist"])
        #expect(!refused.stderr.contains("not complete"), "\(refused)")
        let json = try applicant.run(["apply", "submit", "--application", String(next)], json: true)
        struct Failure: Decodable { var error: WireError }
        #expect(json.status == 1)
        #expect(try ZCJSON.decode(Failure.self, from: Array(json.stdout.utf8)).error.data.state == "blacklisted")

        // The city office's admin sees the entry (the department's admin keeps no list) and lifts it with a reason.
        try cast.bureau.refused(["blacklist", "list"], "permission_denied")
        let entries = try cast.city.json(ZCProtocol.Page<BlacklistEntryInfo>.self, ["blacklist", "list"])
        #expect(entries.items.count == 1 && entries.total == 1)
        let entry = try #require(entries.items.first)
        #expect(entry.idNumber == ExampleTree.applicantID && entry.name == "张伟" && entry.reason == Self.reason)
        #expect(entry.organization?.code == ExampleTree.departmentCode && entry.case == first && entry.active)
        #expect(entry.listedBy?.account == ReviewCast.staff[.bureauLeader]?.account)
        var beijing = Calendar(identifier: .gregorian)
        beijing.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let threeYears = beijing.date(byAdding: .year, value: 3, to: entry.listedAt) ?? entry.listedAt
        #expect(
            beijing.dateComponents([.year, .month, .day], from: entry.until)
                == beijing.dateComponents([.year, .month, .day], from: threeYears), "three years from the listing")
        let table = try cast.city.ok(["blacklist", "list"])
        for text in ["张伟", ExampleTree.applicantID, "石家庄市教育局", "有效", Self.reason] {
            #expect(table.contains(text), "no \(text) in\n\(table)")
        }

        let lift = try cast.city.ok(["blacklist", "lift", String(entry.id), "--reason", Self.lifted])
        #expect(
            lift
                == "lifted blacklist entry \(entry.id): 张伟 (\(ExampleTree.applicantID)) may submit declarations again\n"
        )
        #expect(try cast.city.ok(["blacklist", "list"]) == "no blacklist entries\n")
        let all = try cast.city.json(ZCProtocol.Page<BlacklistEntryInfo>.self, ["blacklist", "list", "--all"])
        #expect(all.items.map(\.id) == [entry.id] && all.items.first?.active == false)
        #expect(all.items.first?.lifted?.reason == Self.lifted)
        #expect(all.items.first?.lifted?.by?.account == ExampleTree.cityAdmin)

        // The same declaration now submits and waits at the school's handler; the blacklisted case stays final.
        let submitted = try applicant.json(ApplicationInfo.self, ["apply", "submit", "--application", String(next)])
        #expect(submitted.state == .submitted && submitted.round == 1 && submitted.reviewAt?.code == cast.schoolCode)
        #expect(try cast.queues() == ReviewCast.expectedQueues([next: .schoolHandler]))
        let mine = try applicant.json([ApplicationInfo].self, ["apply", "list"])
        #expect(
            Dictionary(uniqueKeysWithValues: mine.map { ($0.id, $0.state) }) == [first: .blacklisted, next: .submitted])

        // The audit trail of the case: the decision with its reason, then the lift with its own, by the office.
        let trail = try cast.city.json(ZCProtocol.Page<AuditEventInfo>.self, ["audit", "case", String(first)])
        let events = trail.items.filter { $0.action.hasPrefix("review.blacklist") || $0.action.hasPrefix("blacklist.") }
        #expect(events.map(\.action) == ["blacklist.lift", "review.blacklist"], "newest first")
        #expect(events.map(\.opinion) == [Self.lifted, Self.reason])
        #expect(events.map(\.actor?.account) == [ExampleTree.cityAdmin, ReviewCast.staff[.bureauLeader]?.account])
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }
}

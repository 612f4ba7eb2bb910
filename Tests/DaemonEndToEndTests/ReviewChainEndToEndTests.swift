import Foundation
import Testing
import ZCProtocol

/// Issue 5's scenario through the zcctl binary. The example declaration (张伟, 高级教师) climbs the chain from
/// 石家庄市第一中学 through 石家庄市教育局 to 石家庄市职改办, where the chain ends for 副高级; it is returned once by the
/// bureau's handler with workHistory marked, fixed (only that section may change) and resubmitted; it passes every
/// handler and leader, each of whom alone sees it in `zcctl review queue` at their step; a second case (李娜) goes
/// with it through two batch passes. The city office's handler publishes both (`zcctl publicity create`), records an
/// objection against 张伟's case and dismisses it. After the publicity the city office's leader routes 李娜's case
/// to the city's own committee and entrusts 张伟's to 唐山市职改办's senior committee, where it is listed; then the
/// history, the review-list export (CSV and xlsx) and the audit trail show every step.
///
/// Time: a publicity lasts working days and cannot start in the past, and zcd has no clock override. zcd runs under
/// libfaketime (`FakeTime`): until the publicity with no offset, so that the dates this test sends (the batch, the
/// appraisal years) are the daemon's; then it is stopped with SIGTERM and started again on the same state folder an
/// hour after the publicity's `endsAt`, as if restarted days later, for the routing. The daemon's clock is seen to
/// move: the publicity is `ended`, the routing refused before is accepted, and the saved sessions have expired.
@Suite struct ReviewChainEndToEndTests {
    static let cityCommittee = "SJZ-ZXXJS-GJ"
    static let tangshanCommittee = "TS-ZXXJS-GJ"
    static let secondApplicantID = "130102198503150021"
    static let publicityTitle = "2026年度石家庄市中小学教师高级职称资格审查结果公示"

    /// The opinions, one per decision, so that the history and the audit trail can be checked against them.
    enum Opinion {
        static let schoolHandler = "材料齐全，同意上报"
        static let schoolLeader = "同意推荐"
        static let returned = "工作履历未写明2018年起担任的教研组副组长职务，请补充"
        static let schoolHandlerAgain = "已按要求补充工作履历，同意上报"
        static let bureauHandler = "符合申报条件，同意上报"
        static let bureauLeader = "同意推荐至市职改办"
        static let cityHandler = "资格审查合格"
        static let cityLeader = "同意，进入公示"
        static let objection = "来信反映：该同志的论文涉嫌一稿多投"
        static let dismissed = "经核查，该论文仅在一种期刊发表，异议不成立"
        static let entrusted = "本市高级评委会本年度有回避情形，委托唐山市评审"
        static let routed = "同意推送"
    }

    @Test func theExampleDeclarationIsReturnedFixedPassedPublishedObjectedToAndEntrusted() throws {
        let before = FakeTime.real
        var daemon = try Daemon(clock: before)
        let cast = try ReviewCast.build(on: daemon)
        let tangshan = try Self.committees(cast, daemon)
        let batch = try cast.openBatch(clock: before)

        // 张伟 and 李娜 each fill in the example declaration with zcctl and submit it: both wait at the school's handler.
        let second = Zcctl(daemon, as: "second")
        let li = try cast.school.json(
            CreateApplicantResult.self, ["applicant", "create", Self.secondApplicantID, "--name", "李娜"])
        try second.activate(
            li.credentials.account, initialPassword: li.credentials.initialPassword, password: ExampleTree.password)
        let a = try ExampleDeclaration.startAndFillThroughZcctl(cast.applicant, batch: batch, folder: daemon.folder)
        let b = try ExampleDeclaration.startAndFillThroughZcctl(second, batch: batch, folder: daemon.folder)
        for (person, id) in [(cast.applicant, a), (second, b)] {
            let submitted = try person.json(ApplicationInfo.self, ["apply", "submit", "--application", String(id)])
            #expect(submitted.state == .submitted && submitted.round == 1)
            #expect(submitted.reviewAt?.code == cast.schoolCode && submitted.reviewStage == .handler)
        }
        try Self.expectQueues(cast, [a: .schoolHandler, b: .schoolHandler])
        let listed = try cast[.schoolHandler].ok(["review", "queue"])
        #expect(listed.contains("张伟") && listed.contains("李娜") && listed.hasSuffix("2 of 2\n"), "\(listed)")

        // The leader cannot act before the handler; the handler passes both in one call (批量审核).
        let early = try cast[.schoolLeader].run(["review", "pass", String(a)])
        #expect(early.status == 1 && early.stdout.contains("\(a): refused: "), "\(early)")
        #expect(early.stdout.contains("经办人审查"), "\(early)")
        try Self.pass(cast, .schoolHandler, [a, b], Opinion.schoolHandler)
        try Self.expectQueues(cast, [a: .schoolLeader, b: .schoolLeader])
        try Self.pass(cast, .schoolLeader, [a, b], Opinion.schoolLeader)
        try Self.expectQueues(cast, [a: .bureauHandler, b: .bureauHandler])

        // The bureau's handler returns 张伟's case with workHistory marked, and passes 李娜's.
        let returned = try cast[.bureauHandler].json(
            CaseInfo.self, ["review", "return", String(a), "--sections", "workHistory", "--opinion", Opinion.returned])
        #expect(returned.state == .returned && returned.stage == nil)
        try Self.pass(cast, .bureauHandler, [b], Opinion.bureauHandler)
        try Self.expectQueues(cast, [b: .bureauLeader])

        // 张伟 sees the marks and the reason, may change only workHistory, fixes it and submits again: round 2, at
        // the employer's handler again.
        try Self.fixAndResubmit(cast, a, daemon.folder)
        try Self.expectQueues(cast, [a: .schoolHandler, b: .bureauLeader])
        try Self.pass(cast, .schoolHandler, [a], Opinion.schoolHandlerAgain)
        try Self.expectQueues(cast, [a: .schoolLeader, b: .bureauLeader])
        try Self.pass(cast, .schoolLeader, [a], Opinion.schoolLeader)
        try Self.expectQueues(cast, [a: .bureauHandler, b: .bureauLeader])
        try Self.pass(cast, .bureauHandler, [a], Opinion.bureauHandler)
        try Self.expectQueues(cast, [a: .bureauLeader, b: .bureauLeader])
        try Self.pass(cast, .bureauLeader, [a, b], Opinion.bureauLeader)
        try Self.expectQueues(cast, [a: .cityHandler, b: .cityHandler])
        try Self.pass(cast, .cityHandler, [a, b], Opinion.cityHandler)
        try Self.expectQueues(cast, [a: .cityLeader, b: .cityLeader])
        // The city office ends the chain of a 副高级 case: its leader's pass leaves both waiting for publicity.
        try Self.pass(cast, .cityLeader, [a, b], Opinion.cityLeader, to: "待公示")
        try Self.expectQueues(cast, [:])

        let publicity = try Self.publishAndDismissAnObjection(cast, a, b)

        // Days later: zcd stopped, and started again on the same state an hour after the publicity's end.
        #expect(try daemon.stop() == 0, "\(daemon.log)")
        let after = FakeTime.after(publicity.endsAt)
        daemon = try daemon.restarted(clock: after)
        try Self.routeAfterThePublicity(cast, tangshan, publicity, a, b)

        try Self.expectHistory(cast, a, publicity)
        try Self.expectExport(cast, daemon.folder, batch: batch, a, b)
        try Self.expectAudit(cast, a)
        #expect(try daemon.stop() == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
    }

    /// 唐山市职改办 (130200, by the province) and its admin, who forms the senior committee 张伟's case is entrusted
    /// to; and the city's own senior committee, authorised by the province, which reviews the city's 高级 cases
    /// normally (without it 唐山's committee would be the normal one, not an entrustment). Returns 唐山's admin.
    static func committees(_ cast: ReviewCast, _ daemon: Daemon) throws -> Zcctl {
        let created = try cast.province.json(
            CreateOrganizationResult.self,
            [
                "org", "create", "--parent", "13", "--kind", "cityOffice", "--serial", "0200", "--name",
                "唐山市职称改革领导小组办公室",
            ])
        #expect(created.organization.code == "130200")
        let tangshan = Zcctl(daemon, as: "tangshan")
        try tangshan.activate(
            created.admin.account, initialPassword: created.admin.initialPassword, password: ExampleTree.password)
        for (zcctl, code, name, forming, authority) in [
            (tangshan, tangshanCommittee, "唐山市中小学教师高级职务评审委员会", "130200", "130200"),
            (cast.city, cityCommittee, "石家庄市中小学教师高级职务评审委员会", "130100", "13"),
        ] {
            let committee = try zcctl.json(
                CommitteeInfo.self,
                [
                    "committee", "create", "--code", code, "--name", name, "--series", "zhongxiaoxue", "--level",
                    "gaoji", "--review-type", "social", "--forming", forming, "--authority", authority, "--specialty",
                    "中学数学",
                ])
            #expect(committee.owner.code == forming && committee.levelName == "高级")
        }
        return tangshan
    }

    /// `zcctl review pass CASE… --opinion …` as `reviewer`: each case passed, said on a line of its own.
    static func pass(
        _ cast: ReviewCast, _ reviewer: ReviewCast.Reviewer, _ cases: [Int64], _ opinion: String,
        to stateName: String = "资格审查中", sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let out = try cast[reviewer].ok(["review", "pass"] + cases.map(String.init) + ["--opinion", opinion])
        #expect(
            out == cases.map { "\($0): passed → \(stateName)\n" }.joined(), "\(reviewer): \(out)",
            sourceLocation: sourceLocation)
    }

    /// Every reviewer's `zcctl review queue`: each case only in the queue of the reviewer it waits for.
    static func expectQueues(
        _ cast: ReviewCast, _ waiting: [Int64: ReviewCast.Reviewer], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let queues = try cast.queues()
        #expect(queues == ReviewCast.expectedQueues(waiting), sourceLocation: sourceLocation)
    }

    /// The returned declaration as its applicant sees it, a section that was not marked refused, the marked one
    /// changed and the declaration submitted again.
    static func fixAndResubmit(_ cast: ReviewCast, _ a: Int64, _ folder: TempFolder) throws {
        let applicant = cast.applicant
        let status = try applicant.ok(["apply", "status", "--application", String(a)])
        for line in ["状态:     退回修改  第1次提交", "退回修改: workHistory", "退回原因: \(Opinion.returned)"] {
            #expect(status.contains(line + "\n"), "no \(line) in\n\(status)")
        }
        try applicant.refused(
            ["apply", "set", "societies", "--application", String(a), "--file", ExampleDeclaration.path(.societies)],
            "failed_precondition", mentions: ["工作履历", "cannot be changed"])

        var history = try ExampleDeclaration.content(.workHistory)
        guard case .object(var members) = history, case .array(var entries)? = members["entries"],
            case .object(var current)? = entries.first
        else { throw HarnessError("unexpected workHistory.json: \(history.text)") }
        current["position"] = .string("高中数学教师、高二年级数学备课组长、数学教研组副组长（2018年起）")
        entries[0] = .object(current)
        members["entries"] = .array(entries)
        history = .object(members)
        let file = try folder.write("\(a)-workHistory-fixed.json", history.text)
        let saved = try applicant.ok(["apply", "set", "workHistory", "--application", String(a), "--file", file])
        #expect(saved == "saved workHistory (revision 2)\n")

        let again = try applicant.json(ApplicationInfo.self, ["apply", "submit", "--application", String(a)])
        #expect(again.state == .submitted && again.round == 2 && again.returnedSections.isEmpty)
        #expect(again.reviewAt?.code == cast.schoolCode && again.reviewStage == .handler)
        let shown = try ZCJSON.decode(
            AnyJSON.self, from: Array(try cast[.schoolHandler].ok(["review", "show", String(a)], json: true).utf8))
        #expect(shown["sections"]?["workHistory"] == history, "the reviewer sees the fixed snapshot")
    }

    /// The city office's handler publishes both cases for five working days from today, an objection against
    /// 张伟's case is recorded and dismissed; routing before the end is refused.
    static func publishAndDismissAnObjection(_ cast: ReviewCast, _ a: Int64, _ b: Int64) throws -> PublicityInfo {
        let handler = cast[.cityHandler]
        let publicity = try handler.json(
            PublicityInfo.self, ["publicity", "create", "--title", publicityTitle, String(a), String(b)])
        #expect(publicity.state == .open && publicity.workingDays == 5 && publicity.endsAt > Date())
        #expect(publicity.cases.map(\.application) == [a, b])
        #expect(publicity.cases.allSatisfy { $0.state == .inPublicity })
        let shown = try handler.ok(["publicity", "show", String(publicity.id)])
        #expect(shown.contains("公示 #\(publicity.id)  \(publicityTitle)") && shown.contains("状态: 公示中 (open)"))

        // Not routable while the publicity runs.
        let early = try cast[.cityLeader].run(
            ["route", "decide", "--mode", "entrusted", "--committee", tangshanCommittee, String(a)], json: true)
        #expect(early.status == 1, "\(early)")
        let refused = try ZCJSON.decode(RouteDecideResult.self, from: Array(early.stdout.utf8))
        #expect(refused.routed == 0 && refused.results.first?.error?.code == .failedPrecondition, "\(early)")

        let objection = try handler.json(
            ObjectionInfo.self,
            [
                "publicity", "objection", "--publicity", String(publicity.id), "--application", String(a), "--content",
                Opinion.objection, "--source", "来信",
            ])
        #expect(objection.state == .pending && objection.applicantName == "张伟")
        let dismissed = try handler.json(
            ObjectionInfo.self,
            ["publicity", "resolve", String(objection.id), "--decision", "dismissed", "--reason", Opinion.dismissed])
        #expect(dismissed.state == .dismissed && dismissed.reason == Opinion.dismissed)
        let after = try handler.json(PublicityInfo.self, ["publicity", "show", String(publicity.id)])
        #expect(after.cases.allSatisfy { $0.state == .inPublicity && $0.pendingObjections == 0 })
        #expect(after.objections.map(\.state) == [.dismissed])
        return publicity
    }

    /// On the restarted daemon: the publicity has ended; the city office's leader routes 李娜's case normally and
    /// entrusts 张伟's to 唐山's senior committee, whose hand-over list then holds it.
    static func routeAfterThePublicity(
        _ cast: ReviewCast, _ tangshan: Zcctl, _ publicity: PublicityInfo, _ a: Int64, _ b: Int64
    ) throws {
        // The saved sessions have expired with the days that passed: each person logs in again.
        try cast[.cityLeader].refused(["route", "queue"], "unauthenticated")
        try cast.loginAgain([.cityHandler, .cityLeader], applicant: true)
        try tangshan.login("admin130200")
        try cast.city.login(ExampleTree.cityAdmin)

        let ended = try cast[.cityHandler].json(PublicityInfo.self, ["publicity", "show", String(publicity.id)])
        #expect(ended.state == .ended, "zcd's clock did not move past the publicity's end: \(ended)")
        let leader = cast[.cityLeader]
        let queue = try leader.json(ZCProtocol.Page<RoutingCaseInfo>.self, ["route", "queue"])
        #expect(Set(queue.items.map(\.application)) == [a, b])

        let normal = try leader.json(
            RouteDecideResult.self, ["route", "decide", "--mode", "normal", "--opinion", Opinion.routed, String(b)])
        #expect(normal.routed == 1 && normal.results.first?.routed?.committeeCode == cityCommittee, "\(normal)")
        let entrust = try leader.ok(
            [
                "route", "decide", "--mode", "entrusted", "--committee", tangshanCommittee, "--opinion",
                Opinion.entrusted, String(a),
            ])
        #expect(entrust.contains("委托代评") && entrust.hasSuffix("routed 1, not routed 0\n"), "\(entrust)")
        #expect(try leader.json(ZCProtocol.Page<RoutingCaseInfo>.self, ["route", "queue"]).items.isEmpty)

        // 唐山's committee lists 张伟's case, entrusted by 石家庄市职改办; so does the leader who routed it there.
        for zcctl in [tangshan, leader] {
            let handed = try zcctl.json(
                ZCProtocol.Page<RoutingCaseInfo>.self, ["committee", "cases", "--committee", tangshanCommittee])
            #expect(handed.items.map(\.application) == [a])
            #expect(handed.items.first?.routing == .entrusted && handed.items.first?.state == .atCommittee)
            #expect(handed.items.first?.routedBy?.code == ExampleTree.cityCode)
        }
        let listed = try tangshan.ok(["committee", "cases", "--committee", tangshanCommittee])
        #expect(listed.contains("张伟") && listed.contains("委托代评") && listed.contains("石家庄市职称改革领导小组办公室"))
        let city = try cast.city.json(
            ZCProtocol.Page<RoutingCaseInfo>.self, ["committee", "cases", "--committee", cityCommittee])
        #expect(city.items.map(\.application) == [b] && city.items.first?.routing == .normal)
        let mine = try cast.applicant.json([ApplicationInfo].self, ["apply", "list"])
        #expect(mine.map(\.state) == [.atCommittee] && mine.first?.stateName == "已送评委会")
    }
}

import Foundation
import Testing
import ZCProtocol

/// What the scenario leaves behind: the case's history (审查记录), the batch's review list (资格审查名单) and the audit
/// trail, each read through zcctl.
extension ReviewChainEndToEndTests {
    /// One row of `zcctl history`, as compared here.
    struct Step: Equatable, CustomStringConvertible {
        var kind: HistoryKind
        var round: Int
        var organization: String?
        var stage: HistoryStage?
        var reviewer: String?
        var outcome: ReviewOutcome?
        var opinion: String?
        var sections: [SectionKey] = []

        init(_ e: HistoryEntryInfo) {
            (kind, round, organization, stage, reviewer, outcome, opinion, sections) =
                (e.kind, e.round, e.organization?.name, e.stage, e.reviewer, e.outcome, e.opinion, e.sections)
        }

        /// A decision: at an organisation, a stage, by a reviewer.
        init(
            _ round: Int, _ organization: String, _ stage: HistoryStage, _ reviewer: String, _ outcome: ReviewOutcome,
            _ opinion: String, _ sections: [SectionKey] = []
        ) {
            (
                kind, self.round, self.organization, self.stage, self.reviewer, self.outcome, self.opinion,
                self.sections
            ) =
                (.review, round, organization, stage, reviewer, outcome, opinion, sections)
        }

        /// A submission: no organisation, stage, reviewer or outcome.
        init(submitted round: Int) {
            (kind, self.round, organization, stage, reviewer, outcome, opinion) =
                (.submitted, round, nil, nil, nil, nil, nil)
        }

        /// The cells zcctl prints for it, in the table's order (时间 and 轮次 left out).
        var cells: [String] {
            let stageName: String
            switch stage {
            case .handler?: stageName = "经办人审查"
            case .leader?: stageName = "领导审查"
            case .publicity?: stageName = "结果公示"
            case .routing?: stageName = "推送评委会"
            case nil: stageName = "提交"
            }
            let marks = sections.isEmpty ? "" : " [" + sections.map(\.rawValue).joined(separator: ",") + "]"
            return [
                organization ?? "—", stageName, reviewer ?? "—", outcome.map(Self.outcomeName) ?? "已提交",
                (opinion ?? "") + marks,
            ]
        }

        static func outcomeName(_ outcome: ReviewOutcome) -> String {
            switch outcome {
            case .pass: "审查通过"
            case .return: "退回修改"
            case .reject: "审查不通过"
            case .blacklist: "加入黑名单"
            case .published: "结果公示"
            case .objectionDismissed: "异议不成立"
            case .routed: "正常评审"
            case .entrusted: "委托代评"
            }
        }

        var description: String { "\(kind.rawValue) r\(round) " + cells.joined(separator: " | ") }
    }

    /// `zcctl history CASE` at the end, as the applicant reads it: both submissions, every decision with its
    /// opinion (the return with its mark), the publication, the dismissed objection and the entrustment.
    static func expectHistory(_ cast: ReviewCast, _ a: Int64, _ publicity: PublicityInfo) throws {
        let (school, bureau, city) = ("石家庄市第一中学", "石家庄市教育局", "石家庄市职称改革领导小组办公室")
        let name = { (r: ReviewCast.Reviewer) in ReviewCast.staff[r]?.name ?? "?" }
        let expected: [Step] = [
            Step(submitted: 1),
            Step(1, school, .handler, name(.schoolHandler), .pass, Opinion.schoolHandler),
            Step(1, school, .leader, name(.schoolLeader), .pass, Opinion.schoolLeader),
            Step(1, bureau, .handler, name(.bureauHandler), .return, Opinion.returned, [.workHistory]),
            Step(submitted: 2),
            Step(2, school, .handler, name(.schoolHandler), .pass, Opinion.schoolHandlerAgain),
            Step(2, school, .leader, name(.schoolLeader), .pass, Opinion.schoolLeader),
            Step(2, bureau, .handler, name(.bureauHandler), .pass, Opinion.bureauHandler),
            Step(2, bureau, .leader, name(.bureauLeader), .pass, Opinion.bureauLeader),
            Step(2, city, .handler, name(.cityHandler), .pass, Opinion.cityHandler),
            Step(2, city, .leader, name(.cityLeader), .pass, Opinion.cityLeader),
            Step(
                2, city, .publicity, name(.cityHandler), .published,
                "\(publicityTitle)（\(publicity.startsOn) 至 \(publicity.endsOn)，5个工作日）"),
            Step(2, city, .publicity, name(.cityHandler), .objectionDismissed, Opinion.dismissed),
            Step(
                2, city, .routing, name(.cityLeader), .entrusted,
                "唐山市中小学教师高级职务评审委员会 (\(tangshanCommittee))；\(Opinion.entrusted)"),
        ]
        let history = try cast.applicant.json([HistoryEntryInfo].self, ["history", String(a)])
        #expect(history.map(Step.init) == expected)
        #expect(history.map(\.at) == history.map(\.at).sorted(), "oldest first")

        // The table people read: a header, a rule, then one line per step with its cells in order.
        let printed = try cast.applicant.ok(["history", String(a)])
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count + 2, "\(printed)")
        for (step, line) in zip(expected, lines.dropFirst(2)) {
            var rest = Substring(line)
            for cell in step.cells where !cell.isEmpty {
                guard let found = rest.range(of: cell) else {
                    Issue.record("no \(cell) for \(step) in the line \(line)")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }

    /// `zcctl export` by the city office's leader (资格审查名单导出): a CSV that holds both cases as they stand, and
    /// an .xlsx that Python's zipfile reads, its sheet holding them too.
    static func expectExport(_ cast: ReviewCast, _ folder: TempFolder, batch: Int64, _ a: Int64, _ b: Int64) throws {
        let leader = cast[.cityLeader]
        let csvPath = folder.file("review-list.csv")
        let wrote = try leader.ok(["export", "--batch", String(batch), "--output", csvPath])
        #expect(wrote.hasPrefix("wrote \(csvPath): 2 cases"), "\(wrote)")
        let csv = Array(try Data(contentsOf: URL(fileURLWithPath: csvPath)))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark first")
        let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            lines.first == "序号,申报编号,姓名,身份证号,工作单位,单位编码,申报系列,申报资格,级别,申报专业,状态,当前审查单位,审查环节,提交时间")
        #expect(lines.count == 4 && lines.last == "", "two records and a final CRLF: \(lines)")
        for (n, (id, name, idNumber)) in [(a, "张伟", ExampleTree.applicantID), (b, "李娜", secondApplicantID)]
            .enumerated() where lines.count == 4
        {
            let start = "\(n + 1),\(id),\(name),\(idNumber),石家庄市第一中学,\(cast.schoolCode),中小学教师,高级教师,副高级,中学数学,已送评委会,,,"
            #expect(lines[n + 1].hasPrefix(start), "\(lines[n + 1])")
        }

        let xlsxPath = folder.file("review-list.xlsx")
        try leader.ok(["export", "--batch", String(batch), "--output", xlsxPath])
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                print("crc:", z.testzip())
                print("entries:", " ".join(z.namelist()))
                print(z.read("xl/worksheets/sheet1.xml").decode("utf-8"))
            """
        let read = try Zcctl.runBinary(
            "/usr/bin/env", ["python3", "-c", script, xlsxPath], stdin: "", environment: [:])
        #expect(read.status == 0, "\(read)")
        #expect(read.stdout.hasPrefix("crc: None\n"), "every entry's CRC-32 matches: \(read)")
        #expect(read.stdout.contains(" xl/worksheets/sheet1.xml\n"), "\(read)")
        for text in ["<t>张伟</t>", "<t>\(ExampleTree.applicantID)</t>", "<t>李娜</t>", "<t>已送评委会</t>"] {
            #expect(read.stdout.contains(text), "no \(text) in the sheet: \(read.stdout)")
        }
    }

    /// `zcctl audit case CASE` by the city office's leader: every decision on the case, oldest last, with its
    /// opinion — submissions, passes, the return, the publication, the objection and its dismissal, the routing.
    static func expectAudit(_ cast: ReviewCast, _ a: Int64) throws {
        let trail = try cast[.cityLeader].json(
            ZCProtocol.Page<AuditEventInfo>.self, ["audit", "case", String(a), "--limit", "500"])
        let families = ["application.submit", "review.", "publicity.", "route."]
        let decisions = trail.items.reversed().filter { e in families.contains { e.action.hasPrefix($0) } }
        let expected: [(String, String?)] = [
            ("application.submit", nil), ("review.pass", Opinion.schoolHandler), ("review.pass", Opinion.schoolLeader),
            ("review.return", Opinion.returned), ("application.submit", nil),
            ("review.pass", Opinion.schoolHandlerAgain), ("review.pass", Opinion.schoolLeader),
            ("review.pass", Opinion.bureauHandler), ("review.pass", Opinion.bureauLeader),
            ("review.pass", Opinion.cityHandler), ("review.pass", Opinion.cityLeader),
            ("publicity.create", publicityTitle), ("publicity.objection", Opinion.objection),
            ("publicity.resolveObjection", Opinion.dismissed), ("route.decide", Opinion.entrusted),
        ]
        #expect(decisions.map(\.action) == expected.map(\.0))
        #expect(decisions.map(\.opinion) == expected.map(\.1))
        #expect(decisions.allSatisfy { $0.outcome == "ok" && $0.case == a })
        #expect(
            decisions.last?.detail["mode"] == "entrusted" && decisions.last?.detail["committee"] == tangshanCommittee)
        #expect(decisions.first { $0.action == "review.return" }?.detail["sections"] == #"["workHistory"]"#)

        let printed = try cast[.cityLeader].ok(["audit", "case", String(a), "--limit", "500"])
        for text in ["review.return", Opinion.returned, "publicity.resolveObjection", "route.decide", "陈静 (sjz.chen)"] {
            #expect(printed.contains(text), "no \(text) in\n\(printed)")
        }
    }
}

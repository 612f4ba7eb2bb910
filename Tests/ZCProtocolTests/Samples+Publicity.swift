import Foundation
import ZCProtocol

/// Samples of the calendar, publicity and route methods (every optional member set).
enum PublicitySamples {
    static let list: [MethodSample] = [
        // calendar
        Samples.sample(ListCalendarDaysRequest(year: 2026), CalendarDaysResult(days: [holiday, workday])),
        Samples.sample(
            RemoveCalendarDaysRequest(dates: ["2026-10-01", "2026-10-02"]),
            CalendarRemoveResult(removed: ["2026-10-01"], missing: ["2026-10-02"])),
        Samples.sample(
            SetCalendarDaysRequest(days: [
                CalendarDayEntry(date: "2026-10-01", kind: .holiday, name: "国庆节"),
                CalendarDayEntry(date: "2026-10-10", kind: .workday, name: "国庆节调休"),
            ]), CalendarDaysResult(days: [holiday, workday])),
        // publicity
        Samples.sample(
            CreatePublicityRequest(
                title: "2026年度中小学教师高级职称资格审查结果公示", cases: [7, 8], startsOn: "2026-11-18", workingDays: 5),
            publicity),
        Samples.sample(
            ListPublicitiesRequest(state: .open, page: PageParams(offset: 0, limit: 20)),
            Page(items: [publicitySummary], total: 1, offset: 0, limit: 20)),
        Samples.sample(
            RecordObjectionRequest(publicity: 3, application: 7, content: "论文涉嫌抄袭", source: "来信"), objection),
        Samples.sample(
            ResolveObjectionRequest(
                objection: 2, decision: .upheld, reason: "经核实工作经历有误", outcome: .return, sections: [.workHistory]),
            upheld),
        Samples.sample(ShowPublicityRequest(id: 3), publicity),
        // route
        Samples.sample(
            CommitteeCasesRequest(committee: "HB-ZXX-GJ", page: PageParams(offset: 0, limit: 50)),
            Page(items: [routed], total: 1, offset: 0, limit: 50)),
        Samples.sample(
            DecideRouteRequest(
                items: [RouteItem(application: 7), RouteItem(application: 8)], mode: .entrusted, committee: "TS-ZXX-GJ",
                opinion: "委托唐山市评委会评审"),
            RouteDecideResult(
                results: [
                    RouteItemResult(application: 7, ok: true, routed: routed, error: nil),
                    RouteItemResult(
                        application: 8, ok: false, routed: nil,
                        error: WireError(
                            code: .failedPrecondition,
                            message: "case 8 has 1 unresolved objection(s) (异议); the handler resolves them first",
                            data: ErrorData(name: "failed_precondition", state: "inPublicity"))),
                ], routed: 1, failed: 1)),
        Samples.sample(RouteQueueRequest(page: PageParams(offset: 0, limit: 50)), Page(items: [waiting], total: 1, offset: 0, limit: 50)),
    ]

    /// 2026-11-24T15:59:59Z = 23:59:59 Beijing time, the end of a five-working-day publicity from 2026-11-18.
    static let endsAt = Date(timeIntervalSince1970: 1_795_535_999)
    static let at = Date(timeIntervalSince1970: 1_795_000_000)
    static let city = OrganizationRef(code: "130100", name: "石家庄市职改办")
    static let school = OrganizationRef(code: "1301001001", name: "石家庄市第一中学")
    static let person = PersonRef(idNumber: "34052419800101001X", name: "张伟")

    static let holiday = CalendarDayInfo(date: "2026-10-01", kind: .holiday, name: "国庆节", weekday: "星期四", updatedAt: at)
    static let workday = CalendarDayInfo(
        date: "2026-10-10", kind: .workday, name: "国庆节调休", weekday: "星期六", updatedAt: at)

    static let objection = ObjectionInfo(
        id: 2, publicity: 3, application: 7, applicantName: "张伟", content: "论文涉嫌抄袭", source: "来信",
        receivedAt: at, recordedBy: "王经办", state: .pending, stateName: "待处理", outcome: nil, reason: nil,
        sections: [], resolvedAt: nil, resolvedBy: nil)

    static let upheld = ObjectionInfo(
        id: 2, publicity: 3, application: 7, applicantName: "张伟", content: "工作经历与档案不符", source: "来访",
        receivedAt: at, recordedBy: "王经办", state: .upheld, stateName: "异议成立", outcome: .return,
        reason: "经核实工作经历有误", sections: [.workHistory], resolvedAt: endsAt, resolvedBy: "王经办")

    static let publicity = PublicityInfo(
        id: 3, title: "2026年度中小学教师高级职称资格审查结果公示", organization: city, startsOn: "2026-11-18",
        endsOn: "2026-11-24", endsAt: endsAt, workingDays: 5, state: .open, createdAt: at, createdBy: "王经办",
        cases: [
            PublicityCaseInfo(
                application: 7, applicant: person, employer: school, seriesCode: "zhongxiaoxue",
                qualificationName: "高级教师", level: "fugao", levelName: "副高级", state: .inPublicity, stateName: "公示中",
                leftAt: endsAt, pendingObjections: 1)
        ], objections: [objection], notices: ["the holiday calendar has no entries for 2026"])

    static let publicitySummary = PublicitySummaryInfo(
        id: 3, title: "2026年度中小学教师高级职称资格审查结果公示", organization: city, startsOn: "2026-11-18",
        endsOn: "2026-11-24", endsAt: endsAt, workingDays: 5, state: .open, caseCount: 2, pendingObjections: 1,
        createdAt: at)

    static let routed = RoutingCaseInfo(
        application: 7, applicant: person, employer: school, batch: BatchRef(id: 1, name: "2026年度中小学教师职称申报"),
        seriesCode: "zhongxiaoxue", qualificationName: "高级教师", level: "fugao", levelName: "副高级", state: .atCommittee,
        stateName: "已送评委会", waitingSince: endsAt, publicity: PublicityRef(id: 3, title: "结果公示", endsAt: endsAt),
        committeeCode: "TS-ZXX-GJ", committeeName: "唐山市中小学教师高级职称评审委员会", routing: .entrusted, routedAt: endsAt,
        routedBy: city)

    static let waiting = RoutingCaseInfo(
        application: 8, applicant: person, employer: school, batch: BatchRef(id: 1, name: "2026年度中小学教师职称申报"),
        seriesCode: "zhongxiaoxue", qualificationName: "高级教师", level: "fugao", levelName: "副高级", state: .inPublicity,
        stateName: "公示中", waitingSince: at, publicity: PublicityRef(id: 3, title: "结果公示", endsAt: endsAt),
        committeeCode: "HB-ZXX-GJ", committeeName: "河北省中小学教师高级职称评审委员会", routing: .normal, routedAt: endsAt,
        routedBy: city)
}

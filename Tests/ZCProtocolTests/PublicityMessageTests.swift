import Foundation
import Testing
import ZCProtocol

/// The calendar, publicity and route messages pinned as JSON: each sample encodes to exactly this and decodes back.
@Suite struct PublicityMessageTests {
    static let endsAt = Date(timeIntervalSince1970: 1_795_535_999)  // 2026-11-24T15:59:59Z

    private func pin<T: Codable & Equatable>(_ value: T, _ json: String) throws {
        let encoded = String(decoding: try ZCJSON.encode(value), as: UTF8.self)
        #expect(encoded == json)
        #expect(try ZCJSON.decode(T.self, from: Array(json.utf8)) == value)
    }

    @Test func calendarParams() throws {
        try pin(
            SetCalendarDaysRequest(days: [CalendarDayEntry(date: "2026-10-10", kind: .workday, name: "国庆节调休")]),
            #"{"days":[{"date":"2026-10-10","kind":"workday","name":"国庆节调休"}]}"#)
        try pin(RemoveCalendarDaysRequest(dates: ["2026-10-01"]), #"{"dates":["2026-10-01"]}"#)
        try pin(ListCalendarDaysRequest(year: 2026), #"{"year":2026}"#)
        try pin(
            CalendarDaysResult(days: [
                CalendarDayInfo(date: "2026-10-01", kind: .holiday, name: "国庆节", weekday: "星期四", updatedAt: Self.endsAt)
            ]),
            #"{"days":[{"date":"2026-10-01","kind":"holiday","name":"国庆节","updatedAt":"2026-11-24T15:59:59Z","weekday":"星期四"}]}"#)
    }

    @Test func publicityParams() throws {
        try pin(
            CreatePublicityRequest(title: "结果公示", cases: [7, 8], startsOn: "2026-11-18", workingDays: 5),
            #"{"cases":[7,8],"startsOn":"2026-11-18","title":"结果公示","workingDays":5}"#)
        try pin(
            ListPublicitiesRequest(state: .ended, page: PageParams(offset: 0, limit: 20)),
            #"{"page":{"limit":20,"offset":0},"state":"ended"}"#)
        try pin(ShowPublicityRequest(id: 3), #"{"id":3}"#)
        try pin(
            RecordObjectionRequest(publicity: 3, application: 7, content: "论文抄袭", source: "来信"),
            #"{"application":7,"content":"论文抄袭","publicity":3,"source":"来信"}"#)
        try pin(
            ResolveObjectionRequest(
                objection: 2, decision: .upheld, reason: "属实", outcome: .return, sections: [.workHistory]),
            #"{"decision":"upheld","objection":2,"outcome":"return","reason":"属实","sections":["workHistory"]}"#)
    }

    @Test func routeParams() throws {
        try pin(
            DecideRouteRequest(
                items: [RouteItem(application: 7)], mode: .entrusted, committee: "TS-ZXX-GJ", opinion: "委托代评"),
            #"{"committee":"TS-ZXX-GJ","items":[{"application":7}],"mode":"entrusted","opinion":"委托代评"}"#)
        try pin(RouteQueueRequest(page: PageParams(offset: 50)), #"{"page":{"offset":50}}"#)
        try pin(CommitteeCasesRequest(committee: "HB-ZXX-GJ"), #"{"committee":"HB-ZXX-GJ"}"#)
    }

    @Test func aFailedRouteItemCarriesTheErrorObject() throws {
        let result = RouteDecideResult(
            results: [
                RouteItemResult(
                    application: 7, ok: false, routed: nil,
                    error: WireError(
                        code: .aborted, message: "case 7 was already handed over to committee TS-ZXX-GJ",
                        data: ErrorData(name: "aborted", state: "atCommittee")))
            ], routed: 0, failed: 1)
        try pin(
            result,
            #"{"failed":1,"results":[{"application":7,"error":{"code":1011,"data":{"name":"aborted","state":"atCommittee"},"message":"case 7 was already handed over to committee TS-ZXX-GJ"},"ok":false}],"routed":0}"#)
    }

    @Test func objectionAndCaseRows() throws {
        try pin(
            ObjectionInfo(
                id: 2, publicity: 3, application: 7, applicantName: "张伟", content: "论文抄袭", source: nil,
                receivedAt: Self.endsAt, recordedBy: "王经办", state: .superseded, stateName: "已一并处理", outcome: nil,
                reason: "异议 #1 成立，一并处理", sections: [], resolvedAt: Self.endsAt, resolvedBy: "王经办"),
            #"{"applicantName":"张伟","application":7,"content":"论文抄袭","id":2,"publicity":3,"reason":"异议 #1 成立，一并处理","receivedAt":"2026-11-24T15:59:59Z","recordedBy":"王经办","resolvedAt":"2026-11-24T15:59:59Z","resolvedBy":"王经办","sections":[],"state":"superseded","stateName":"已一并处理"}"#)
        try pin(
            RoutingCaseInfo(
                application: 7, applicant: PersonRef(idNumber: "34052419800101001X", name: "张伟"),
                employer: OrganizationRef(code: "1301001001", name: "石家庄市第一中学"), batch: BatchRef(id: 1, name: "2026年度"),
                seriesCode: "zhongxiaoxue", qualificationName: "高级教师", level: "fugao", levelName: "副高级",
                state: .atCommittee, stateName: "已送评委会", waitingSince: nil,
                publicity: PublicityRef(id: 3, title: "结果公示", endsAt: Self.endsAt), committeeCode: "HB-ZXX-GJ",
                committeeName: "河北省中小学教师高级评委会", routing: .normal, routedAt: Self.endsAt,
                routedBy: OrganizationRef(code: "130100", name: "石家庄市职改办")),
            #"{"applicant":{"idNumber":"34052419800101001X","name":"张伟"},"application":7,"batch":{"id":1,"name":"2026年度"},"committeeCode":"HB-ZXX-GJ","committeeName":"河北省中小学教师高级评委会","employer":{"code":"1301001001","name":"石家庄市第一中学"},"level":"fugao","levelName":"副高级","publicity":{"endsAt":"2026-11-24T15:59:59Z","id":3,"title":"结果公示"},"qualificationName":"高级教师","routedAt":"2026-11-24T15:59:59Z","routedBy":{"code":"130100","name":"石家庄市职改办"},"routing":"normal","seriesCode":"zhongxiaoxue","state":"atCommittee","stateName":"已送评委会"}"#)
    }
}

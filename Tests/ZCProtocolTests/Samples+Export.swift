import Foundation
import ZCProtocol

/// Samples of the export, audit and blacklist methods (every optional member set).
enum ExportSamples {
    static let at = Date(timeIntervalSince1970: 1_795_000_000)
    static let leader = AuditActor(account: "wangqiang.jyj", name: "王强")
    static let city = OrganizationRef(code: "130100", name: "石家庄市职改办")
    static let page = PageParams(offset: 0, limit: 20)

    static let event = AuditEventInfo(
        id: 981, at: at, action: "review.return", outcome: "ok", actor: leader, organization: city,
        peer: AuditPeer(uid: 1000, pid: 4242), target: AuditTarget(type: "application", id: "7"), case: 7,
        opinion: "工作经历与聘用证明不一致", detail: ["round": "1", "sections": "[\"workHistory\"]", "stage": "leader"])

    static let entry = BlacklistEntryInfo(
        id: 12, idNumber: "34052419800101001X", name: "张伟", reason: "伪造论文检索证明", listedAt: at,
        until: Date(timeIntervalSince1970: 1_889_694_400), organization: city, listedBy: leader, case: 7,
        active: false, lifted: BlacklistLiftInfo(at: Date(timeIntervalSince1970: 1_795_600_000), by: AuditActor(account: "admin130100", name: "石家庄市职改办管理员"), reason: "经复核为误报"))

    static let list: [MethodSample] = [
        // export
        Samples.sample(
            ExportBeginRequest(format: .xlsx, batch: 7, series: "zhongxiaoxue", level: .fugao, state: .submitted, query: "张"),
            ExportStartedInfo(
                export: "5f2c0a9e41d84b7e", rows: 1234, format: .xlsx, fileName: "资格审查名单-7.xlsx",
                mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        Samples.sample(
            ExportNextRequest(export: "5f2c0a9e41d84b7e", maxBytes: 65536),
            ExportChunkInfo(data: "UEsDBBQACAAAAA==", done: false, rowsWritten: 500, bytesWritten: 65536)),
        Samples.sample(ExportCancelRequest(export: "5f2c0a9e41d84b7e"), Empty()),
        // audit
        Samples.sample(
            AuditCaseRequest(application: 7, from: at, to: Date(timeIntervalSince1970: 1_795_600_000), page: page),
            Page(items: [event], total: 1, offset: 0, limit: 20)),
        Samples.sample(
            AuditOrganizationRequest(
                code: "130100", from: at, to: Date(timeIntervalSince1970: 1_795_600_000), action: "review.*",
                subtree: true, page: page),
            Page(items: [event], total: 1, offset: 0, limit: 20)),
        // blacklist
        Samples.sample(
            BlacklistListRequest(query: "340524", activeOnly: false, page: page),
            Page(items: [entry], total: 1, offset: 0, limit: 20)),
        Samples.sample(BlacklistLiftRequest(entry: 12, reason: "经复核为误报"), entry),
    ]
}

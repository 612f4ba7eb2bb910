import Foundation
import Testing
import ZCProtocol

/// The JSON of the export, audit and blacklist messages, pinned.
@Suite struct ExportAuditBlacklistWireTests {
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try ZCJSON.encode(value), as: UTF8.self)
    }

    @Test func exportMessages() throws {
        #expect(
            try Self.json(ExportBeginRequest(format: .xlsx, batch: 12, level: .fugao, query: "张"))
                == #"{"batch":12,"format":"xlsx","level":"fugao","query":"张"}"#)
        #expect(try Self.json(ExportNextRequest(export: "ab12")) == #"{"export":"ab12"}"#)
        let chunk = try ZCJSON.decode(
            ExportChunkInfo.self, from: Array(#"{"bytesWritten":3,"data":"AQID","done":true,"rowsWritten":1}"#.utf8))
        #expect(chunk == ExportChunkInfo(data: "AQID", done: true, rowsWritten: 1, bytesWritten: 3))
        #expect(
            try Self.json(
                ExportStartedInfo(export: "ab12", rows: 2, format: .csv, fileName: "f.csv", mediaType: "text/csv"))
                == #"{"export":"ab12","fileName":"f.csv","format":"csv","mediaType":"text/csv","rows":2}"#)
    }

    @Test func exportBeginSchemaListsTheFormatsAndTheRequiredMembers() {
        guard case .object(let properties) = SchemaRecorder.schema(of: ExportBeginRequest.self) else {
            Issue.record("not an object schema")
            return
        }
        #expect(Set(properties.map(\.name)) == ["batch", "format", "level", "query", "series", "state"])
        let required = properties.filter { ["batch", "format"].contains($0.name) }.map(\.required)
        #expect(required == [true, true])
        #expect(properties.first { $0.name == "format" }?.schema == .enumeration(["csv", "xlsx"]))
    }

    @Test func auditEvent() throws {
        let event = AuditEventInfo(
            id: 7, at: Date(timeIntervalSince1970: 1_795_000_000), action: "review.pass", outcome: "ok",
            actor: AuditActor(account: "l1301", name: "王领导"), organization: OrganizationRef(code: "130100", name: "石家庄市职改办"),
            peer: AuditPeer(uid: 1000, pid: 42), target: AuditTarget(type: "application", id: "9"), case: 9,
            opinion: "同意", detail: ["stage": "leader"])
        #expect(
            try Self.json(event)
                == #"{"action":"review.pass","actor":{"account":"l1301","name":"王领导"},"at":"2026-11-18T11:06:40Z","case":9,"# +
                #""detail":{"stage":"leader"},"id":7,"opinion":"同意","organization":{"code":"130100","name":"石家庄市职改办"},"# +
                #""outcome":"ok","peer":{"pid":42,"uid":1000},"target":{"id":"9","type":"application"}}"#)
        #expect(try ZCJSON.decode(AuditEventInfo.self, from: try ZCJSON.encode(event)) == event)
        #expect(
            try Self.json(AuditOrganizationRequest(code: "13", action: "review.*", subtree: true))
                == #"{"action":"review.*","code":"13","subtree":true}"#)
    }

    @Test func blacklistMessages() throws {
        #expect(try Self.json(BlacklistLiftRequest(entry: 3, reason: "误列")) == #"{"entry":3,"reason":"误列"}"#)
        #expect(try Self.json(BlacklistListRequest(activeOnly: false)) == #"{"activeOnly":false}"#)
        let entry = BlacklistEntryInfo(
            id: 3, idNumber: "34052419800101001X", name: "张伟", reason: "材料造假",
            listedAt: Date(timeIntervalSince1970: 1_795_000_000), until: Date(timeIntervalSince1970: 1_889_608_000),
            organization: nil, listedBy: nil, case: 5, active: false,
            lifted: BlacklistLiftInfo(at: Date(timeIntervalSince1970: 1_795_000_060), by: nil, reason: "误列"))
        #expect(try ZCJSON.decode(BlacklistEntryInfo.self, from: try ZCJSON.encode(entry)) == entry)
        #expect(try Self.json(entry).contains(#""lifted":{"at":"2026-11-18T11:07:40Z","reason":"误列"}"#))
    }
}

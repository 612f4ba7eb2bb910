import Foundation
import Testing
import ZCProtocol

@testable import ZCEngine
@testable import zcd

/// `export.*` through the dispatcher: the JSON of each step, base64 chunks that add up to the file, and the
/// export staying with the session that began it.
@Suite struct ExportDispatchTests {
    @Test func givenALeader_whenExportingOverTheWire_thenTheChunksDecodeToTheCSV() async throws {
        let h = try DispatchHarness()
        let seed = try await ReviewListSeed(h, cases: 400)
        let started = try await h.call(ExportBeginRequest(format: .csv, batch: seed.batch), on: seed.leader)
        #expect(started.rows == 400)
        #expect(started.format == .csv)
        #expect(started.mediaType == "text/csv; charset=utf-8")
        #expect(started.fileName.hasSuffix("-130100-\(LocalDateTime(h.engine.now()).compactDay).csv"))
        var file: [UInt8] = []
        var chunks = 0
        while true {
            let chunk = try await h.call(ExportNextRequest(export: started.export, maxBytes: 16384), on: seed.leader)
            let bytes = try #require(Data(base64Encoded: chunk.data))
            #expect(bytes.count <= 16384)
            file += bytes
            chunks += 1
            #expect(chunk.bytesWritten == file.count)
            if chunk.done {
                #expect(chunk.rowsWritten == 400)
                break
            }
        }
        #expect(chunks > 2)
        let text = String(decoding: file, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}序号,申报编号,姓名,身份证号,工作单位,"))
        #expect(text.components(separatedBy: "\r\n").count == 1 + 400 + 1)
        // Done means forgotten.
        let again = try await h.call(ExportNextRequest.method, #"{"export":"\#(started.export)"}"#, on: seed.leader)
        #expect(Self.code(again) == .notFound)
    }

    @Test func givenTheRawResult_thenItIsSortedJSONWithBase64Data() async throws {
        let h = try DispatchHarness()
        let seed = try await ReviewListSeed(h, cases: 1)
        let started = try await h.call(ExportBeginRequest(format: .xlsx, batch: seed.batch), on: seed.leader)
        guard case .success(let raw) = try await h.call(
            ExportNextRequest.method, #"{"export":"\#(started.export)"}"#, on: seed.leader)
        else {
            Issue.record("export.next failed")
            return
        }
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.hasPrefix(#"{"bytesWritten":"#))
        #expect(text.hasSuffix(#","done":true,"rowsWritten":1}"#))
        let chunk = try ZCJSON.decode(ExportChunkInfo.self, from: raw)
        let bytes = try #require(Data(base64Encoded: chunk.data))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(chunk.bytesWritten == bytes.count)
    }

    @Test func givenAnotherSessionOfTheSameLeader_thenTheExportIsNotFound() async throws {
        let h = try DispatchHarness()
        let seed = try await ReviewListSeed(h, cases: 3)
        let started = try await h.call(ExportBeginRequest(format: .csv, batch: seed.batch), on: seed.leader)
        let second = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: "leader-city", password: ReviewListSeed.leaderPassword), on: second)
        let params = #"{"export":"\#(started.export)"}"#
        #expect(Self.code(try await h.call(ExportNextRequest.method, params, on: second)) == .notFound)
        #expect(Self.code(try await h.call(ExportCancelRequest.method, params, on: second)) == .notFound)
        #expect(Self.code(try await h.call(ExportCancelRequest.method, params, on: seed.leader)) == nil)
        #expect(Self.code(try await h.call(ExportNextRequest.method, params, on: seed.leader)) == .notFound)
    }

    @Test func givenBadParams_thenTheFieldIsNamed() async throws {
        let h = try DispatchHarness()
        let seed = try await ReviewListSeed(h, cases: 0)
        let level = try await h.call(
            ExportBeginRequest.method, #"{"format":"csv","batch":\#(seed.batch),"level":"gaoji"}"#, on: seed.leader)
        guard case .failure(let e) = level else {
            Issue.record("expected a refusal")
            return
        }
        // The level is a wire enum: an unknown value is refused while decoding the params.
        #expect(e.code == .invalidParams)
        #expect(e.data.field == "params.level")
        let format = try await h.call(ExportBeginRequest.method, #"{"format":"pdf","batch":1}"#, on: seed.leader)
        #expect(Self.code(format) == .invalidParams)
        let size = try await h.call(ExportNextRequest.method, #"{"export":"x","maxBytes":1}"#, on: seed.leader)
        #expect(Self.code(size) == .invalidArgument)
    }

    static func code(_ outcome: ParsedResponse.Outcome) -> ErrorCode? {
        if case .failure(let e) = outcome { return e.code }
        return nil
    }
}

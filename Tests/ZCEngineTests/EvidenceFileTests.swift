import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 材料: listing, download byte for byte, delete (not while a section refers to the file), kinds from content.
@Suite struct EvidenceFileTests {
    @Test func aDownloadReturnsTheExactBytesSliceBySlice() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(2500, seed: 6)
        let file = try await f.upload(bytes)

        var got = Data()
        var offset: Int64 = 0
        while true {
            let chunk = try await f.engine.downloadFile(
                fileID: file.id, offset: offset, length: nil, caller: f.applicant)
            #expect(chunk.size == 2500 && chunk.sha256 == file.sha256 && chunk.mediaType == .pdf)
            #expect(chunk.offset == offset && chunk.data.count <= 1024)
            if chunk.data.isEmpty { break }
            got += chunk.data
            offset += Int64(chunk.data.count)
        }
        #expect(got == Data(bytes))
        let middle = try await f.engine.downloadFile(fileID: file.id, offset: 100, length: 10, caller: f.applicant)
        #expect(middle.data == Data(bytes[100..<110]))

        let past = await f.refusal {
            try await f.engine.downloadFile(fileID: file.id, offset: 2501, length: nil, caller: f.applicant)
        }
        #expect(past == .invalid("offset", "is past the end of the file (2500 bytes)"))
        let long = await f.refusal {
            try await f.engine.downloadFile(fileID: file.id, offset: 0, length: 1025, caller: f.applicant)
        }
        #expect(long == .invalid("length", "must be 1 to 1024 bytes"))
        let other = await f.refusal {
            try await f.engine.downloadFile(fileID: file.id, offset: 0, length: nil, caller: f.d.cityAdmin)
        }
        #expect(other.map { if case .permissionDenied = $0 { true } else { false } } == true)
    }

    @Test func aFileASectionRefersToCannotBeDeletedUntilTheSectionNoLongerDoes() async throws {
        // Given two files and a saved section that refers to the first
        let f = try await EvidenceFixture()
        let summary = try await f.upload(EvidenceFixture.pdf(1200), name: "工作总结.pdf")
        let replacement = try await f.upload(EvidenceFixture.pdf(1300, seed: 2), name: "工作总结-v2.pdf")
        try await saveRaw(f, section: "workSummary", #"{"abstract":"…","summaryFile":\#(summary.id)}"#)

        // Then the listing says where it is referred to, and deleting it is refused naming the place
        let listed = try await f.engine.evidenceFiles(applicationID: f.applicationID, caller: f.applicant)
        #expect(listed.map(\.referencedBy) == [["workSummary.summaryFile"], []])
        let refused = await f.refusal { try await f.engine.deleteFile(fileID: summary.id, caller: f.applicant) }
        guard case .failedPrecondition(_, let state, let violations) = refused else {
            Issue.record("expected failedPrecondition, got \(String(describing: refused))")
            return
        }
        #expect(state == "referenced")
        #expect(violations.map(\.field) == ["workSummary.summaryFile"])

        // When the section is saved with the replacement (the documented replace flow), the old file can go
        try await saveRaw(f, section: "workSummary", #"{"abstract":"…","summaryFile":\#(replacement.id)}"#)
        try await f.engine.deleteFile(fileID: summary.id, caller: f.applicant)

        let after = try await f.engine.evidenceFiles(applicationID: f.applicationID, caller: f.applicant)
        #expect(after.map(\.id) == [replacement.id])
        #expect(after.first?.referencedBy == ["workSummary.summaryFile"])
        let gone = await f.refusal {
            try await f.engine.downloadFile(fileID: summary.id, offset: nil, length: nil, caller: f.applicant)
        }
        #expect(gone == .notFound(entity: "file", key: String(summary.id)))
        // The content stays: a submitted snapshot or another declaration may name it.
        #expect(f.storedBlobs().count == 2)
        #expect(try await f.d.base.auditActions().last == "file.delete:ok")
    }

    @Test func referencesAreFoundInArraysAndNestedEntries() {
        let found = Engine.fileReferences(
            inSection: "education",
            content: #"{"entries":[{"school":"河北师范大学","evidence":[3,4],"year":2004},{"diplomaFile":7,"count":2}]}"#)
        #expect(
            Set(found.map { "\($0.0)@\($0.1)" })
                == ["3@entries[0].evidence[0]", "4@entries[0].evidence[1]", "7@entries[1].diplomaFile"])
    }

    @Test func filesAreDeletedOnlyWhileTheDeclarationIsADraft() async throws {
        let f = try await EvidenceFixture()
        let file = try await f.upload(EvidenceFixture.pdf(1000))
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE application SET state = 'submitted' WHERE id = ?", arguments: [f.applicationID])
        }
        let refused = await f.refusal { try await f.engine.deleteFile(fileID: file.id, caller: f.applicant) }
        #expect(refused.map { if case .failedPrecondition(_, "submitted", _) = $0 { true } else { false } } == true)
        // Reading stays possible.
        #expect(try await f.engine.evidenceFiles(applicationID: f.applicationID, caller: f.applicant).count == 1)
    }

    @Test func kindsAreToldFromTheFirstBytes() {
        func kind(_ bytes: [UInt8]) -> MediaSniffer.Verdict { MediaSniffer.detect(Array(bytes.prefix(16))) }
        #expect(kind(Array("%PDF-1.7\n".utf8)) == .accepted(.pdf))
        #expect(kind([0xFF, 0xD8, 0xFF, 0xDB]) == .accepted(.jpeg))
        #expect(kind(EvidenceFixture.png) == .accepted(.png))
        #expect(kind(EvidenceFixture.exe) == .refused("a Windows program (MZ executable)"))
        #expect(kind([0x7F] + Array("ELF".utf8)) == .refused("a Linux program (ELF executable)"))
        #expect(kind(Array("PK".utf8) + [3, 4]) == .refused("a ZIP archive (or a .docx/.xlsx/.pptx document)"))
        #expect(kind(Array("GIF89a".utf8)) == .refused("a GIF image"))
        #expect(kind(Array("hello, 你好\n".utf8)) == .refused("plain text"))
        #expect(kind([0x00, 0x01, 0x02]) == .refused("unrecognised binary data"))
        // `%PDF-` must come first: a PDF hidden behind other bytes is not taken.
        #expect(kind(Array(" %PDF-1.4".utf8)) == .refused("plain text"))
        // Half a PNG signature is not a PNG.
        #expect(kind([0x89, 0x50, 0x4E, 0x47]) != .accepted(.png))
    }

    /// Stores a section's JSON as it is, the way a save would (the sections that hold evidence are built elsewhere).
    private func saveRaw(_ f: EvidenceFixture, section: String, _ json: String) async throws {
        try await f.engine.store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO application_section (application_id, section, content, revision, saved_at)
                    VALUES (?, ?, ?, 1, ?)
                    ON CONFLICT (application_id, section) DO UPDATE SET content = excluded.content,
                        revision = revision + 1
                    """, arguments: [f.applicationID, section, json, Date()])
        }
    }
}

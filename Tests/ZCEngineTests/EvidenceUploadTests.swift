import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// 材料上传: chunked, resumable, checked against the stated SHA-256, typed from the content, stored once.
@Suite struct EvidenceUploadTests {
    @Test func aChunkedUploadIsCheckedStoredAtItsContentAddressAndAudited() async throws {
        // Given a draft and a 3000-byte PDF
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(3000)
        let sha = EvidenceStore.sha256Hex(bytes)

        // When it is announced, sent in 1 KiB chunks and finished
        let ticket = try await f.begin(bytes)
        #expect(ticket.received == 0 && ticket.chunkBytes == 1024 && ticket.file == nil)
        let upload = try #require(ticket.uploadID)
        try await f.send(bytes, upload: upload, from: 0)
        let file = try await f.engine.finishUpload(uploadID: upload, caller: f.applicant)

        // Then it is a PDF of the declaration, at evidence/aa/bb/<sha256>, with nothing left of the upload
        #expect(file.mediaType == .pdf && file.size == 3000 && file.sha256 == sha && file.name == "scan.pdf")
        #expect(file.applicationID == f.applicationID && file.referencedBy.isEmpty)
        let path = f.engine.evidence.blobPath(sha)
        #expect(path.hasSuffix("/evidence/\(sha.prefix(2))/\(sha.dropFirst(2).prefix(2))/\(sha)"))
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        #expect(try await f.count("SELECT count(*) FROM upload") == 0)
        #expect(f.partFiles().isEmpty)
        #expect(try await f.count("SELECT count(*) FROM blob") == 1)
        #expect(try await f.engine.evidenceFiles(applicationID: f.applicationID, caller: f.applicant) == [file])
        let actions = try await f.d.base.auditActions()
        #expect(actions.suffix(2) == ["file.beginUpload:ok", "file.upload:ok"])
    }

    @Test func anAcknowledgedChunkIsOnDiskAndAnInterruptedUploadResumesWhereItStopped() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(3500, seed: 2)
        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.send(bytes, upload: upload, from: 0, until: 2048)
        // The acknowledged bytes are in the partial file already.
        let part = f.engine.evidence.partPath(upload)
        #expect(FileManager.default.contents(atPath: part) == Data(bytes[0..<2048]))

        // When the daemon restarts (a new engine on the same state folder) and the client begins again
        let restarted = Engine(
            store: f.engine.store, config: EvidenceFixture.config, clock: f.d.clock, logger: f.engine.logger)
        let again = try await restarted.beginUpload(
            applicationID: f.applicationID, name: "scan.pdf", size: 3500, sha256: EvidenceStore.sha256Hex(bytes),
            caller: f.applicant)

        // Then it is the same upload with the acknowledged bytes received, and it completes from there
        #expect(again.uploadID == upload && again.received == 2048)
        var offset = Int(again.received)
        while offset < bytes.count {
            let next = min(offset + 1024, bytes.count)
            offset = Int(
                try await restarted.uploadChunk(
                    uploadID: upload, offset: Int64(offset), data: Data(bytes[offset..<next]), caller: f.applicant
                ).received)
        }
        let file = try await restarted.finishUpload(uploadID: upload, caller: f.applicant)
        #expect(file.size == 3500)
        #expect(FileManager.default.contents(atPath: f.engine.evidence.blobPath(file.sha256)) == Data(bytes))
    }

    @Test func bytesWrittenButNeverAcknowledgedAreCutOffBeforeTheNextChunk() async throws {
        // Given a crash after a chunk reached the partial file but before it was acknowledged
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(2500, seed: 3)
        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.send(bytes, upload: upload, from: 0, until: 1024)
        let handle = try #require(FileHandle(forWritingAtPath: f.engine.evidence.partPath(upload)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0xEE, count: 700))
        try handle.close()

        // When the client resumes from what was acknowledged
        #expect(try await f.begin(bytes).received == 1024)
        try await f.send(bytes, upload: upload, from: 1024)

        // Then the stray bytes are gone and the checksum holds
        #expect(try await f.engine.finishUpload(uploadID: upload, caller: f.applicant).size == 2500)
    }

    @Test func aChunkAtTheWrongOffsetIsRefusedWithTheExpectedOffset() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(3000)
        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.send(bytes, upload: upload, from: 0, until: 1024)

        let repeated = await f.refusal {
            try await f.engine.uploadChunk(
                uploadID: upload, offset: 0, data: Data(bytes[0..<1024]), caller: f.applicant)
        }
        guard case .failedPrecondition(_, let state, let violations) = repeated else {
            Issue.record("expected failedPrecondition, got \(String(describing: repeated))")
            return
        }
        #expect(state == "1024")
        #expect(violations == [Violation(field: "offset", reason: "expected 1024")])
        let ahead = await f.refusal {
            try await f.engine.uploadChunk(
                uploadID: upload, offset: 2048, data: Data(bytes[2048..<3000]), caller: f.applicant)
        }
        #expect(ahead == Self.wrongOffset(2048, expected: 1024))
        // Too big a chunk, and one past the declared size, are refused as such.
        let big = await f.refusal {
            try await f.engine.uploadChunk(
                uploadID: upload, offset: 1024, data: Data(repeating: 1, count: 1025), caller: f.applicant)
        }
        #expect(big == .invalid("data", "a chunk may hold at most 1024 bytes"))
        let finishEarly = await f.refusal { try await f.engine.finishUpload(uploadID: upload, caller: f.applicant) }
        #expect(finishEarly.map { if case .failedPrecondition = $0 { true } else { false } } == true)
    }

    static func wrongOffset(_ offset: Int64, expected: Int64) -> EngineError {
        Engine.wrongOffset(offset, expected: expected)
    }

    @Test func aWrongChecksumIsRefusedAndNothingIsStored() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(2000)
        let claimed = EvidenceStore.sha256Hex(EvidenceFixture.pdf(2000, seed: 9))
        let upload = try #require(try await f.begin(bytes, sha256: claimed).uploadID)
        try await f.send(bytes, upload: upload, from: 0)

        let refused = await f.refusal { try await f.engine.finishUpload(uploadID: upload, caller: f.applicant) }

        guard case .invalidArgument(let violations) = refused else {
            Issue.record("expected invalidArgument, got \(String(describing: refused))")
            return
        }
        #expect(violations.map(\.field) == ["sha256"])
        #expect(try await f.count("SELECT count(*) FROM blob") == 0)
        #expect(try await f.count("SELECT count(*) FROM evidence_file") == 0)
        #expect(try await f.count("SELECT count(*) FROM upload") == 0)
        #expect(f.partFiles().isEmpty && f.storedBlobs().isEmpty)
        #expect(try await f.d.base.auditActions().last == "file.upload:failed")
        // The upload is gone: a client must begin again.
        let gone = await f.refusal { try await f.engine.finishUpload(uploadID: upload, caller: f.applicant) }
        #expect(gone == .notFound(entity: "upload", key: upload))
    }

    @Test func aPNGAndAJPEGAreAcceptedWhateverTheirNames() async throws {
        let f = try await EvidenceFixture()
        let png = try await f.upload(EvidenceFixture.png, name: "毕业证书.pdf")
        let jpeg = try await f.upload(EvidenceFixture.jpeg, name: "photo")
        #expect(png.mediaType == .png && png.name == "毕业证书.pdf")
        #expect(jpeg.mediaType == .jpeg)
    }

    @Test func aProgramNamedScanPdfIsRefusedAsNotPDFJPEGOrPNG() async throws {
        let f = try await EvidenceFixture()
        // Sent whole: refused at the first chunk, before the rest is sent.
        let upload = try #require(try await f.begin(EvidenceFixture.exe, name: "scan.pdf").uploadID)
        let early = await f.refusal {
            try await f.engine.uploadChunk(
                uploadID: upload, offset: 0, data: Data(EvidenceFixture.exe[0..<1024]), caller: f.applicant)
        }
        #expect(early == Engine.wrongKind("a Windows program (MZ executable)", field: "data"))
        #expect(early?.description.contains("not a PDF, JPEG or PNG") == true)
        #expect(try await f.count("SELECT count(*) FROM upload") == 0 && f.partFiles().isEmpty)

        // Sent in a first chunk too short to tell: refused at finish.
        let second = try #require(try await f.begin(EvidenceFixture.exe, name: "scan.pdf").uploadID)
        _ = try await f.engine.uploadChunk(
            uploadID: second, offset: 0, data: Data(EvidenceFixture.exe[0..<4]), caller: f.applicant)
        try await f.send(EvidenceFixture.exe, upload: second, from: 4)
        let late = await f.refusal { try await f.engine.finishUpload(uploadID: second, caller: f.applicant) }
        #expect(late == Engine.wrongKind("a Windows program (MZ executable)", field: "upload"))
        #expect(try await f.count("SELECT count(*) FROM evidence_file") == 0)
        #expect(f.storedBlobs().isEmpty && f.partFiles().isEmpty)
    }

    @Test func aFileOverTheLimitIsRefusedAtTheStart() async throws {
        let f = try await EvidenceFixture()
        let refused = await f.refusal {
            try await f.engine.beginUpload(
                applicationID: f.applicationID, name: "big.pdf", size: 64 * 1024 + 1,
                sha256: String(repeating: "a", count: 64), caller: f.applicant)
        }
        #expect(refused.map { if case .resourceExhausted = $0 { true } else { false } } == true)
        #expect(try await f.count("SELECT count(*) FROM upload") == 0)
    }

    @Test func badAnnouncementsAreRefusedWithEveryField() async throws {
        let f = try await EvidenceFixture()
        let refused = await f.refusal {
            try await f.engine.beginUpload(
                applicationID: f.applicationID, name: "a/b.pdf", size: 0, sha256: String(repeating: "A", count: 64),
                caller: f.applicant)
        }
        let fields: [String]? = refused.map { if case .invalidArgument(let v) = $0 { v.map(\.field) } else { [] } }
        #expect(fields.map(Set.init) == ["name", "sha256", "size"])
    }

    @Test func theSameContentTwiceIsStoredOnceAndAddedWithoutTransfer() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(2200, seed: 4)
        let first = try await f.upload(bytes, name: "diploma.pdf")

        let ticket = try await f.begin(bytes, name: "diploma-copy.pdf")

        let second = try #require(ticket.file)
        #expect(ticket.isComplete && ticket.uploadID == nil && ticket.received == 2200)
        #expect(second.id != first.id && second.sha256 == first.sha256 && second.name == "diploma-copy.pdf")
        #expect(try await f.count("SELECT count(*) FROM blob") == 1)
        #expect(try await f.count("SELECT count(*) FROM evidence_file") == 2)
        #expect(f.storedBlobs().count == 1)
        #expect(try await f.d.base.auditActions().last == "file.upload:ok")
    }

    @Test func aCrashBetweenTheMoveAndTheCommitIsRecoveredByFinishingOrBeginningAgain() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(1500, seed: 5)
        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.send(bytes, upload: upload, from: 0)
        // The content reached its address, but the database never heard of it.
        try f.engine.evidence.place(upload, sha256: EvidenceStore.sha256Hex(bytes))
        #expect(f.partFiles().isEmpty)

        let file = try await f.engine.finishUpload(uploadID: upload, caller: f.applicant)

        #expect(file.mediaType == .pdf && file.size == 1500)
        #expect(try await f.count("SELECT count(*) FROM blob") == 1)
    }

    @Test func theDeclarationLimitCountsStoredFilesAndUnfinishedUploads() async throws {
        var config = EvidenceFixture.config
        config.maxDeclarationBytes = 5000
        let f = try await EvidenceFixture(config: config)
        try await f.upload(EvidenceFixture.pdf(3000))
        let tooMuch = await f.refusal { try await f.begin(EvidenceFixture.pdf(2500, seed: 2)) }
        #expect(tooMuch.map { if case .resourceExhausted = $0 { true } else { false } } == true)

        _ = try await f.begin(EvidenceFixture.pdf(1500, seed: 3))
        let pendingCounts = await f.refusal { try await f.begin(EvidenceFixture.pdf(600, seed: 4)) }
        #expect(pendingCounts.map { if case .resourceExhausted = $0 { true } else { false } } == true)
        // A file stored already counts against the declaration too.
        let dedupCounts = await f.refusal { try await f.begin(EvidenceFixture.pdf(3000)) }
        #expect(dedupCounts.map { if case .resourceExhausted = $0 { true } else { false } } == true)
    }

    @Test func uploadsAreForTheApplicantsOwnDraftOnly() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(1000)
        let asAdmin = await f.refusal {
            try await f.engine.beginUpload(
                applicationID: f.applicationID, name: "x.pdf", size: 1000, sha256: EvidenceStore.sha256Hex(bytes),
                caller: f.d.cityAdmin)
        }
        #expect(asAdmin.map { if case .permissionDenied = $0 { true } else { false } } == true)
        let unknown = await f.refusal {
            try await f.engine.beginUpload(
                applicationID: 999, name: "x.pdf", size: 1000, sha256: EvidenceStore.sha256Hex(bytes),
                caller: f.applicant)
        }
        #expect(unknown == .notFound(entity: "application", key: "999"))
        let badID = await f.refusal {
            try await f.engine.uploadChunk(
                uploadID: "../../etc/passwd", offset: 0, data: Data([1]), caller: f.applicant)
        }
        #expect(badID == .notFound(entity: "upload", key: "../../etc/passwd"))

        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE application SET state = 'submitted' WHERE id = ?", arguments: [f.applicationID])
        }
        let submitted = await f.refusal {
            try await f.engine.uploadChunk(uploadID: upload, offset: 0, data: Data(bytes), caller: f.applicant)
        }
        #expect(submitted.map { if case .failedPrecondition(_, "submitted", _) = $0 { true } else { false } } == true)
        let begin = await f.refusal { try await f.begin(EvidenceFixture.pdf(900)) }
        #expect(begin.map { if case .failedPrecondition(_, "submitted", _) = $0 { true } else { false } } == true)
    }

    @Test func staleUploadsAndOrphanPartialFilesAreSweptAtStartUp() async throws {
        let f = try await EvidenceFixture()
        let bytes = EvidenceFixture.pdf(2000)
        let upload = try #require(try await f.begin(bytes).uploadID)
        try await f.send(bytes, upload: upload, from: 0, until: 1024)
        let orphan = f.engine.evidence.partPath(String(repeating: "0", count: 32))
        #expect(FileManager.default.createFile(atPath: orphan, contents: Data([1, 2, 3])))

        // A fresh upload survives the sweep; only the orphan goes
        await f.engine.sweepStaleUploads()
        #expect(try await f.count("SELECT count(*) FROM upload") == 1)
        #expect(f.partFiles() == [upload + ".part"])

        // Two days later the idle upload goes too
        f.d.clock.advance(2 * 86400)
        await f.engine.sweepStaleUploads()
        #expect(try await f.count("SELECT count(*) FROM upload") == 0)
        #expect(f.partFiles().isEmpty)
    }
}

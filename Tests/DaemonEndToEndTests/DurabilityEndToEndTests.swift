import Foundation
import Glibc
import Testing
import ZCProtocol

/// Issue 4's promise that nothing acknowledged is lost: zcd is killed with SIGKILL while one connection saves
/// sections and another uploads files chunk by chunk, then started again on the same state folder. Every save that
/// was answered is there byte for byte (or the save in flight at the kill, whole), every finished upload is there
/// with its SHA-256, and the upload in the middle resumes from at least its acknowledged bytes. Twice over.
@Suite struct DurabilityEndToEndTests {
    /// Small frames, so that a file goes up in many chunks and the kill falls in the middle of one.
    static let config = ["max_frame_bytes": "262144"]
    static let fileSize = 1_000_000

    @Test func acknowledgedSavesAndUploadsSurviveSIGKILL() throws {
        var daemon = try Daemon(config: Self.config)
        _ = try ExampleTree.build(on: daemon)
        let app = try ExampleTree.startDeclaration(on: daemon)
        let ledger = Ledger()

        for round in 1...2 {
            let socket = daemon.socketPath
            let saving = Self.spawn { Self.saveLoop(socket: socket, application: app, ledger: ledger, round: round) }
            let uploading = Self.spawn { Self.uploadLoop(socket: socket, application: app, ledger: ledger) }
            // Kill once both are busy: saves answered this round, a file finished, and another one half sent.
            let base = ledger.counts
            let busy = waitUntil(seconds: 300) {
                let now = ledger.counts
                return now.saves >= base.saves + 6 && now.files >= base.files + 1 && ledger.uploadIsHalfway
            }
            #expect(busy, "round \(round): the workers did not get going: \(ledger.failures)")
            #expect(try daemon.stop(signal: SIGKILL) == -SIGKILL)
            #expect(saving.wait(timeout: .now() + 60) == .success && uploading.wait(timeout: .now() + 60) == .success)
            #expect(ledger.failures.isEmpty, "\(ledger.failures)")

            daemon = try daemon.restarted()
            try Self.verify(daemon, application: app, ledger: ledger)
        }

        // The upload cut off by the last kill completes, and the daemon stops cleanly.
        let client = try ExampleTree.login(daemon, ExampleTree.applicantID)
        if let job = ledger.unfinished {
            let path = try daemon.folder.write("resumed.pdf", bytes: job.bytes)
            let file = try FileTransfer.upload(client, application: app, path: path, name: job.name)
            #expect(file.sha256 == job.sha256)
        }
        client.close()
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    // MARK: checking after a restart

    /// Everything the ledger holds as acknowledged is in the restarted daemon; the ledger is then brought up to
    /// what the daemon holds (a save or a finish in flight at the kill may have been committed without an answer).
    static func verify(_ daemon: Daemon, application: Int64, ledger: Ledger) throws {
        let client = try ExampleTree.login(daemon, ExampleTree.applicantID)
        defer { client.close() }

        for section in [SectionKey.workHistory, .societies] {
            let (acknowledged, inFlight) = ledger.save(of: section)
            guard let stored = try readSection(client, application: application, section: section) else {
                #expect(
                    acknowledged == nil,
                    "\(section.rawValue): acknowledged revision \(acknowledged?.revision ?? 0) is lost")
                continue
            }
            let storedContent = try ZCJSON.decode(AnyJSON.self, from: Array(stored.content.utf8))
            if stored.revision == (acknowledged?.revision ?? 0) + 1, let inFlight {
                // The save in flight at the kill was committed; its answer was lost. It is there whole.
                #expect(storedContent == inFlight, "\(section.rawValue) revision \(stored.revision)")
            } else if let acknowledged {
                #expect(stored.revision == acknowledged.revision, "\(section.rawValue)")
                #expect(storedContent == acknowledged.content, "\(section.rawValue) revision \(stored.revision)")
                if let raw = acknowledged.readBack {
                    #expect(stored.content == raw, "\(section.rawValue): not the same bytes as before the kill")
                }
            } else {
                Issue.record("\(section.rawValue): revision \(stored.revision) stored, none acknowledged or sent")
            }
            ledger.restarted(section, stored: (stored.revision, storedContent, stored.content))
        }

        let files = try client.call(ListFilesRequest(application: application))
        for (id, sha256) in ledger.finishedFiles {
            let listed = files.first { $0.id == id }
            #expect(listed?.sha256 == sha256, "file \(id) is lost or changed")
            let path = daemon.folder.file("check-\(id)")
            _ = try FileTransfer.download(client, file: id, to: path)
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(ContentDigest.hex(of: Array(bytes)) == sha256, "file \(id) does not read back intact")
            try FileManager.default.removeItem(atPath: path)
        }

        guard let job = ledger.unfinished else { return }
        let resumed = try client.call(
            BeginUploadRequest(
                application: application, name: job.name, size: Int64(job.bytes.count), sha256: job.sha256))
        if resumed.complete, let file = resumed.file {
            // Its finish was in flight and committed: all its chunks had been acknowledged.
            #expect(job.acknowledged == Int64(job.bytes.count), "an upload finished without all its chunks")
            ledger.finished(file.id, sha256: file.sha256)
            return
        }
        #expect(resumed.upload == job.upload, "the interrupted upload is not resumed")
        #expect(
            resumed.received >= job.acknowledged && resumed.received <= job.acknowledged + Int64(resumed.chunkBytes),
            "acknowledged \(job.acknowledged), the daemon holds \(resumed.received)")
    }

    /// A section read back: its revision and the exact bytes of its content in the answer.
    static func readSection(_ client: ZCClient, application: Int64, section: SectionKey) throws
        -> (revision: Int, content: String)?
    {
        let outcome = try client.callRaw(
            method: ReadSectionRequest.method,
            params: try ZCJSON.encode(ReadSectionRequest(application: application, section: section)))
        switch outcome {
        case .failure(let e) where e.code == .notFound: return nil
        case .failure(let e): throw HarnessError("application.readSection \(section.rawValue): \(e)")
        case .success(let bytes):
            let members = try bytes.withUnsafeBytes { try JSONScanner.objectMembers($0) }
            guard let content = members.first(where: { $0.key == "content" }),
                let revision = try? ZCJSON.decode(ReadSectionResult.self, from: bytes).revision
            else { throw HarnessError("no content in \(String(decoding: bytes, as: UTF8.self))") }
            return (revision, String(decoding: bytes[content.valueRange], as: UTF8.self))
        }
    }

    // MARK: the workers

    /// Runs `body` on a thread of its own; the semaphore is signalled when it returns.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done
    }

    /// Saves 工作履历 and 学术团体 in turn, each time different, and reads each back; until the connection ends.
    static func saveLoop(socket: String, application: Int64, ledger: Ledger, round: Int) {
        guard let client = try? ExampleTree.login(socket: socket, ExampleTree.applicantID) else { return }
        defer { client.close() }
        for i in 1...100_000 {
            let section: SectionKey = i % 2 == 0 ? .societies : .workHistory
            let content = Self.content(section, round: round, save: i)
            ledger.sending(section, content)
            let params = AnyJSON.object(["application": .number(Double(application)), section.rawValue: content])
            let method = "application.save" + section.rawValue.prefix(1).uppercased() + section.rawValue.dropFirst()
            let saved: SaveSectionResult
            do {
                switch try client.callRaw(method: method, params: try ZCJSON.encode(params)) {
                case .failure(let e):
                    ledger.failed("\(method): \(e.message)")
                    return
                case .success(let bytes): saved = try ZCJSON.decode(SaveSectionResult.self, from: bytes)
                }
                ledger.acknowledged(section, revision: saved.revision, content: content)
                if let read = try readSection(client, application: application, section: section),
                    read.revision == saved.revision
                {
                    ledger.readBack(section, revision: read.revision, raw: read.content)
                }
            } catch {
                return  // the daemon was killed
            }
        }
    }

    /// A section's content for save `i` of `round`: the same shape, a different text each time.
    static func content(_ section: SectionKey, round: Int, save i: Int) -> AnyJSON {
        let mark = "（第\(round)轮第\(i)次保存）"
        switch section {
        case .workHistory:
            return .object([
                "entries": .array([
                    .object([
                        "from": .string("2009-08"), "organization": .string("石家庄市第一中学"),
                        "position": .string("高中数学教师" + mark),
                    ]),
                    .object([
                        "from": .string("2002-08"), "to": .string("2009-07"), "organization": .string("石家庄市第四十中学"),
                        "position": .string("数学教师、班主任"),
                    ]),
                ])
            ])
        default:
            return .object([
                "entries": .array([
                    .object([
                        "from": .string("2018-09"), "name": .string("河北省教育学会中学数学教学专业委员会"),
                        "role": .string("理事" + mark),
                    ])
                ])
            ])
        }
    }

    /// Uploads distinct PDFs of about `fileSize` bytes chunk by chunk, resuming first the one a kill interrupted; until
    /// the connection ends.
    static func uploadLoop(socket: String, application: Int64, ledger: Ledger) {
        guard let client = try? ExampleTree.login(socket: socket, ExampleTree.applicantID) else { return }
        defer { client.close() }
        for _ in 1...100 {
            let job = ledger.unfinished ?? ledger.newUpload()
            let size = Int64(job.bytes.count)
            do {
                let begun = try client.call(
                    BeginUploadRequest(application: application, name: job.name, size: size, sha256: job.sha256))
                if let file = begun.file {
                    ledger.finished(file.id, sha256: file.sha256)
                    continue
                }
                guard let upload = begun.upload else { return ledger.failed("no upload for \(job.name)") }
                ledger.begun(upload)
                var offset = begun.received
                while offset < size {
                    let end = min(offset + Int64(begun.chunkBytes), size)
                    let r = try client.call(
                        UploadChunkRequest(
                            upload: upload, offset: offset,
                            data: Data(job.bytes[Int(offset)..<Int(end)]).base64EncodedString()))
                    offset = r.received
                    ledger.chunkAcknowledged(offset)
                }
                let file = try client.call(FinishUploadRequest(upload: upload))
                ledger.finished(file.id, sha256: file.sha256)
            } catch ClientError.remote(let e) {
                return ledger.failed("upload of \(job.name): \(e.message)")
            } catch {
                return  // the daemon was killed
            }
        }
    }
}

/// What the workers were told was done, shared by their threads and the test.
final class Ledger: @unchecked Sendable {
    struct Save {
        var revision: Int
        var content: AnyJSON
        /// The content's bytes in `application.readSection`'s answer right after the save, if it came.
        var readBack: String?
    }

    /// An upload: its content, and what of it the daemon acknowledged.
    struct UploadJob {
        var name: String
        var bytes: [UInt8]
        var sha256: String
        var upload: String?
        var acknowledged: Int64 = 0
    }

    private let lock = NSLock()
    private var saves: [SectionKey: Save] = [:]
    private var inFlight: [SectionKey: AnyJSON] = [:]
    private var files: [Int64: String] = [:]
    private var job: UploadJob?
    private var uploads = 0
    private var saveCount = 0
    private(set) var failures: [String] = []

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    var counts: (saves: Int, files: Int) { locked { (saveCount, files.count) } }
    var finishedFiles: [Int64: String] { locked { files } }
    var unfinished: UploadJob? { locked { job } }
    /// An upload has acknowledged chunks and is not finished.
    var uploadIsHalfway: Bool {
        locked { job.map { $0.acknowledged > 0 && $0.acknowledged < Int64($0.bytes.count) } ?? false }
    }

    func save(of section: SectionKey) -> (Save?, AnyJSON?) { locked { (saves[section], inFlight[section]) } }

    func sending(_ section: SectionKey, _ content: AnyJSON) { locked { inFlight[section] = content } }

    func acknowledged(_ section: SectionKey, revision: Int, content: AnyJSON) {
        locked {
            saves[section] = Save(revision: revision, content: content)
            inFlight[section] = nil
            saveCount += 1
        }
    }

    func readBack(_ section: SectionKey, revision: Int, raw: String) {
        locked { if saves[section]?.revision == revision { saves[section]?.readBack = raw } }
    }

    /// After a restart: the section as the daemon holds it is the new acknowledged state.
    func restarted(_ section: SectionKey, stored: (revision: Int, content: AnyJSON, raw: String)) {
        locked {
            saves[section] = Save(revision: stored.revision, content: stored.content, readBack: stored.raw)
            inFlight[section] = nil
        }
    }

    func newUpload() -> UploadJob {
        let n = locked {
            uploads += 1
            return uploads
        }
        let bytes = TestDocuments.pdf("evidence \(n)", padding: DurabilityEndToEndTests.fileSize, seed: n)
        let made = UploadJob(name: "evidence-\(n).pdf", bytes: bytes, sha256: ContentDigest.hex(of: bytes))
        locked { job = made }
        return made
    }

    func begun(_ upload: String) { locked { job?.upload = upload } }
    func chunkAcknowledged(_ received: Int64) { locked { job?.acknowledged = received } }

    func finished(_ id: Int64, sha256: String) {
        locked {
            files[id] = sha256
            job = nil
        }
    }

    func failed(_ message: String) { locked { failures.append(message) } }
}

import Foundation
import Glibc
import Testing
import ZCProtocol

/// Evidence files against the built zcd over its socket: uploads (resumed after SIGKILL, wrong checksum, a renamed
/// program), downloads byte for byte, and zcctl's `file` commands.
@Suite struct FileEndToEndTests {
    /// A running zcd with issue 3's example tree, an open batch of the city office, and the applicant's draft
    /// declaration in it (all made over the protocol); returns the daemon and the declaration's id.
    static func daemonWithDraft(config: [String: String] = [:]) throws -> (Daemon, Int64) {
        let d = try Daemon(config: config)
        _ = try ExampleTree.build(on: d)
        return (d, try ExampleTree.startDeclaration(on: d))
    }

    static func applicant(_ d: Daemon) throws -> ZCClient {
        try ExampleTree.login(d, ExampleTree.applicantID)
    }

    static func pdf(_ size: Int, seed: Int) -> [UInt8] {
        let head = Array("%PDF-1.4\n".utf8)
        let tail = Array("\n%%EOF\n".utf8)
        return head + (0..<(size - head.count - tail.count)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ seed) } + tail
    }

    static func write(_ bytes: [UInt8], _ d: Daemon, _ name: String) throws -> String {
        let path = d.folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func downloaded(_ c: ZCClient, _ d: Daemon, file: Int64) throws -> Data? {
        let path = d.folder.file("download-\(file)-\(UUID().uuidString.prefix(6))")
        _ = try FileTransfer.download(c, file: file, to: path)
        return FileManager.default.contents(atPath: path)
    }

    static func remoteError(_ body: () throws -> some Any) -> WireError? {
        do {
            _ = try body()
            return nil
        } catch let ClientError.remote(e) {
            return e
        } catch FileTransferError.client(.remote(let e)) {
            return e
        } catch {
            return nil
        }
    }

    @Test func uploadDownloadAndTheRefusalsOverTheSocket() throws {
        let (d, app) = try Self.daemonWithDraft()
        let c = try Self.applicant(d)

        // A 2.5 MiB PDF goes up in 1 MiB chunks and comes back byte for byte.
        let bytes = Self.pdf(2_600_000, seed: 1)
        let file = try FileTransfer.upload(c, application: app, path: try Self.write(bytes, d, "论文.pdf"))
        #expect(file.mediaType == .pdf && file.size == 2_600_000 && file.name == "论文.pdf")
        #expect(try Self.downloaded(c, d, file: file.id) == Data(bytes))
        #expect(try c.call(ListFilesRequest(application: app)).map(\.id) == [file.id])

        // A wrong checksum is refused at the finish, and the upload is gone.
        let small = Self.pdf(5000, seed: 2)
        let wrong = try c.call(
            BeginUploadRequest(application: app, name: "x.pdf", size: 5000, sha256: String(repeating: "0", count: 64)))
        let upload = try #require(wrong.upload)
        _ = try c.call(UploadChunkRequest(upload: upload, offset: 0, data: Data(small).base64EncodedString()))
        let checksum = Self.remoteError { try c.call(FinishUploadRequest(upload: upload)) }
        #expect(checksum?.code == .invalidArgument && checksum?.data.field == "params.sha256")

        // A program renamed to .pdf is refused as not PDF/JPEG/PNG.
        let exe = Array("MZ".utf8) + [UInt8](repeating: 0x90, count: 3000)
        let renamed = Self.remoteError {
            try FileTransfer.upload(c, application: app, path: try Self.write(exe, d, "setup.pdf"))
        }
        #expect(renamed?.code == .invalidArgument)
        #expect(renamed?.message.contains("Windows program") == true)

        // A chunk at the wrong offset says where to continue.
        let other = Self.pdf(3000, seed: 3)
        let begun = try c.call(
            BeginUploadRequest(
                application: app, name: "y.pdf", size: 3000, sha256: ContentDigest.hex(of: other)))
        let offset = Self.remoteError {
            try c.call(
                UploadChunkRequest(
                    upload: try #require(begun.upload), offset: 100,
                    data: Data(other[100..<200]).base64EncodedString()))
        }
        #expect(offset?.code == .failedPrecondition && offset?.data.state == "0")

        // The same content again is added without sending it.
        let again = try c.call(
            BeginUploadRequest(application: app, name: "copy.pdf", size: 2_600_000, sha256: file.sha256))
        #expect(again.complete && again.upload == nil && again.file?.sha256 == file.sha256)

        c.close()
        #expect(try d.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: d.socketPath))
    }

    @Test func acknowledgedChunksAndFilesSurviveSIGKILL() throws {
        var (d, app) = try Self.daemonWithDraft()
        var c = try Self.applicant(d)
        let bytes = Self.pdf(3_500_000, seed: 4)
        let path = try Self.write(bytes, d, "工作总结.pdf")
        let sha = ContentDigest.hex(of: bytes)

        // Two chunks acknowledged, then zcd is killed.
        let begun = try c.call(BeginUploadRequest(application: app, name: "工作总结.pdf", size: 3_500_000, sha256: sha))
        let upload = try #require(begun.upload)
        let chunk = begun.chunkBytes
        for i in 0..<2 {
            let r = try c.call(
                UploadChunkRequest(
                    upload: upload, offset: Int64(i * chunk),
                    data: Data(bytes[(i * chunk)..<((i + 1) * chunk)]).base64EncodedString()))
            #expect(r.received == Int64((i + 1) * chunk))
        }
        c.close()
        #expect(try d.stop(signal: SIGKILL) == -SIGKILL)

        // After the restart the upload resumes from the acknowledged bytes, and completes.
        d = try d.restarted()
        c = try Self.applicant(d)
        let resumed = try c.call(BeginUploadRequest(application: app, name: "工作总结.pdf", size: 3_500_000, sha256: sha))
        #expect(resumed.upload == upload && resumed.received == Int64(2 * chunk))
        var progress: [Int64] = []
        let file = try FileTransfer.upload(c, application: app, path: path) { done, _ in progress.append(done) }
        #expect(progress.first == Int64(2 * chunk))
        #expect(file.sha256 == sha)
        c.close()

        // The finished file, acknowledged, survives another SIGKILL intact.
        #expect(try d.stop(signal: SIGKILL) == -SIGKILL)
        d = try d.restarted()
        c = try Self.applicant(d)
        #expect(try c.call(ListFilesRequest(application: app)).map(\.id) == [file.id])
        #expect(try Self.downloaded(c, d, file: file.id) == Data(bytes))
        c.close()
        #expect(try d.stop() == 0)
    }

    @Test func zcctlUploadsListsDownloadsAndDeletes() throws {
        let (d, app) = try Self.daemonWithDraft()
        let zcctl = Zcctl(d, as: "applicant")
        let login = try zcctl.run(["login", ExampleTree.applicantID], stdin: ExampleTree.password + "\n")
        #expect(login.status == 0, "\(login.stderr)")
        let bytes = Self.pdf(1_500_000, seed: 5)
        let path = try Self.write(bytes, d, "证书.pdf")

        let upload = try zcctl.run(["file", "upload", path, "--application", String(app)])
        #expect(upload.status == 0, "\(upload.stderr)")
        let id = try #require(Int64(upload.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))

        let list = try zcctl.run(["file", "list", "--application", String(app), "--json"])
        let files = try ZCJSON.decode([FileInfo].self, from: Array(list.stdout.utf8))
        #expect(files.map(\.id) == [id] && files.first?.name == "证书.pdf")

        let out = d.folder.file("back.pdf")
        let download = try zcctl.run(["file", "download", String(id), "--output", out])
        #expect(download.status == 0, "\(download.stderr)")
        #expect(FileManager.default.contents(atPath: out) == Data(bytes))
        let again = try zcctl.run(["file", "download", String(id), "--output", out])
        #expect(again.status == 2 && again.stderr.contains("--force"))

        let exe = try Self.write(Array("MZ".utf8) + [UInt8](repeating: 0, count: 100), d, "scan.pdf")
        let refused = try zcctl.run(["file", "upload", exe, "--application", String(app)])
        #expect(refused.status == 1 && refused.stderr.contains("invalid_argument"))

        let delete = try zcctl.run(["file", "delete", String(id)])
        #expect(delete.status == 0 && delete.stdout.contains("deleted file \(id)"))
        #expect(try zcctl.run(["file", "list", "--application", String(app)]).stdout.contains("no files"))
        #expect(try d.stop() == 0)
    }
}

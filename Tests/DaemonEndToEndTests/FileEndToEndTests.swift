import Foundation
import Glibc
import Testing
import ZCProtocol

/// Evidence files against the built zcd over its socket: uploads (resumed after SIGKILL, wrong checksum, a renamed
/// program), downloads byte for byte, and zcctl's `file` commands.
@Suite(.serialized) struct FileEndToEndTests {
    static let applicantID = "34052419800101001X"
    static let password = "Admin-Pass-2026"

    /// A running zcd with one applicant and one draft declaration (id 1).
    ///
    /// TODO(lead, after the merge): the applicant, batch and declaration are written with the sqlite3 shell while zcd
    /// is stopped, because org.create / applicant.create / batch.create are not on this branch. Replace this with
    /// those methods and application.start over the protocol.
    static func daemonWithDraft(config: [String: String] = [:]) throws -> FilesDaemon {
        let d = try FilesDaemon(config: config)
        try d.start()
        let op = try d.connect()
        let issued = try op.call(SystemInitRequest()).admin
        _ = try op.call(LoginRequest(account: issued.account, password: issued.initialPassword))
        _ = try op.call(ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: password))
        op.close()
        #expect(try d.stop() == 0)
        let now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
        try d.sqlite(
            """
            INSERT INTO account (login, kind, organization_id, display_name, password_hash, must_change_password,
                created_at, updated_at)
            SELECT '\(applicantID)', 'applicant', 1, '张伟', password_hash, 0, \(now), \(now) FROM account WHERE id = 1;
            INSERT INTO applicant (account_id, id_number, name, gender, birth_date)
            VALUES (2, '\(applicantID)', '张伟', 'male', '1980-01-01');
            INSERT INTO batch (office_organization_id, year, name, opens_at, closes_at, created_at, updated_at)
            VALUES (1, 2026, '2026年度', '2000-01-01 00:00:00.000', '2099-01-01 00:00:00.000', \(now), \(now));
            INSERT INTO batch_series (batch_id, series_code) VALUES (1, 'zhongxiaoxue');
            INSERT INTO application (batch_id, applicant_account_id, employer_organization_id, state, review_method,
                route, series_code, qualification_code, level, specialty, created_at, updated_at)
            VALUES (1, 2, 1, 'draft', 'review', 'normal', 'zhongxiaoxue', 'zhongxiaoxue.fugao', 'fugao', '中学数学',
                \(now), \(now));
            """)
        try d.start()
        return d
    }

    static func applicant(_ d: FilesDaemon) throws -> ZCClient {
        let c = try d.connect()
        _ = try c.call(LoginRequest(account: applicantID, password: password))
        return c
    }

    static func pdf(_ size: Int, seed: Int) -> [UInt8] {
        let head = Array("%PDF-1.4\n".utf8)
        let tail = Array("\n%%EOF\n".utf8)
        return head + (0..<(size - head.count - tail.count)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ seed) } + tail
    }

    static func write(_ bytes: [UInt8], _ d: FilesDaemon, _ name: String) throws -> String {
        let path = d.folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func downloaded(_ c: ZCClient, _ d: FilesDaemon, file: Int64) throws -> Data? {
        let path = d.folder + "/download-\(file)-\(UUID().uuidString.prefix(6))"
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
        let d = try Self.daemonWithDraft()
        let c = try Self.applicant(d)

        // A 2.5 MiB PDF goes up in 1 MiB chunks and comes back byte for byte.
        let bytes = Self.pdf(2_600_000, seed: 1)
        let file = try FileTransfer.upload(c, application: 1, path: try Self.write(bytes, d, "论文.pdf"))
        #expect(file.mediaType == .pdf && file.size == 2_600_000 && file.name == "论文.pdf")
        #expect(try Self.downloaded(c, d, file: file.id) == Data(bytes))
        #expect(try c.call(ListFilesRequest(application: 1)).map(\.id) == [file.id])

        // A wrong checksum is refused at the finish, and the upload is gone.
        let small = Self.pdf(5000, seed: 2)
        let wrong = try c.call(
            BeginUploadRequest(application: 1, name: "x.pdf", size: 5000, sha256: String(repeating: "0", count: 64)))
        let upload = try #require(wrong.upload)
        _ = try c.call(UploadChunkRequest(upload: upload, offset: 0, data: Data(small).base64EncodedString()))
        let checksum = Self.remoteError { try c.call(FinishUploadRequest(upload: upload)) }
        #expect(checksum?.code == .invalidArgument && checksum?.data.field == "params.sha256")

        // A program renamed to .pdf is refused as not PDF/JPEG/PNG.
        let exe = Array("MZ".utf8) + [UInt8](repeating: 0x90, count: 3000)
        let renamed = Self.remoteError {
            try FileTransfer.upload(c, application: 1, path: try Self.write(exe, d, "setup.pdf"))
        }
        #expect(renamed?.code == .invalidArgument)
        #expect(renamed?.message.contains("Windows program") == true)

        // A chunk at the wrong offset says where to continue.
        let other = Self.pdf(3000, seed: 3)
        let begun = try c.call(
            BeginUploadRequest(
                application: 1, name: "y.pdf", size: 3000, sha256: ContentDigest.hex(of: other)))
        let offset = Self.remoteError {
            try c.call(
                UploadChunkRequest(
                    upload: try #require(begun.upload), offset: 100,
                    data: Data(other[100..<200]).base64EncodedString()))
        }
        #expect(offset?.code == .failedPrecondition && offset?.data.state == "0")

        // The same content again is added without sending it.
        let again = try c.call(
            BeginUploadRequest(application: 1, name: "copy.pdf", size: 2_600_000, sha256: file.sha256))
        #expect(again.complete && again.upload == nil && again.file?.sha256 == file.sha256)

        c.close()
        #expect(try d.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: d.socketPath))
    }

    @Test func acknowledgedChunksAndFilesSurviveSIGKILL() throws {
        let d = try Self.daemonWithDraft()
        var c = try Self.applicant(d)
        let bytes = Self.pdf(3_500_000, seed: 4)
        let path = try Self.write(bytes, d, "工作总结.pdf")
        let sha = ContentDigest.hex(of: bytes)

        // Two chunks acknowledged, then zcd is killed.
        let begun = try c.call(BeginUploadRequest(application: 1, name: "工作总结.pdf", size: 3_500_000, sha256: sha))
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
        try d.start()
        c = try Self.applicant(d)
        let resumed = try c.call(BeginUploadRequest(application: 1, name: "工作总结.pdf", size: 3_500_000, sha256: sha))
        #expect(resumed.upload == upload && resumed.received == Int64(2 * chunk))
        var progress: [Int64] = []
        let file = try FileTransfer.upload(c, application: 1, path: path) { done, _ in progress.append(done) }
        #expect(progress.first == Int64(2 * chunk))
        #expect(file.sha256 == sha)
        c.close()

        // The finished file, acknowledged, survives another SIGKILL intact.
        #expect(try d.stop(signal: SIGKILL) == -SIGKILL)
        try d.start()
        c = try Self.applicant(d)
        #expect(try c.call(ListFilesRequest(application: 1)).map(\.id) == [file.id])
        #expect(try Self.downloaded(c, d, file: file.id) == Data(bytes))
        c.close()
        #expect(try d.stop() == 0)
    }

    @Test func zcctlUploadsListsDownloadsAndDeletes() throws {
        let d = try Self.daemonWithDraft()
        let login = try d.zcctl(["login", Self.applicantID], stdin: Self.password + "\n")
        #expect(login.status == 0, "\(login.stderr)")
        let bytes = Self.pdf(1_500_000, seed: 5)
        let path = try Self.write(bytes, d, "证书.pdf")

        let upload = try d.zcctl(["file", "upload", path, "--application", "1"])
        #expect(upload.status == 0, "\(upload.stderr)")
        let id = try #require(Int64(upload.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))

        let list = try d.zcctl(["file", "list", "--application", "1", "--json"])
        let files = try ZCJSON.decode([FileInfo].self, from: Array(list.stdout.utf8))
        #expect(files.map(\.id) == [id] && files.first?.name == "证书.pdf")

        let out = d.folder + "/back.pdf"
        let download = try d.zcctl(["file", "download", String(id), "--output", out])
        #expect(download.status == 0, "\(download.stderr)")
        #expect(FileManager.default.contents(atPath: out) == Data(bytes))
        let again = try d.zcctl(["file", "download", String(id), "--output", out])
        #expect(again.status == 2 && again.stderr.contains("--force"))

        let exe = try Self.write(Array("MZ".utf8) + [UInt8](repeating: 0, count: 100), d, "scan.pdf")
        let refused = try d.zcctl(["file", "upload", exe, "--application", "1"])
        #expect(refused.status == 1 && refused.stderr.contains("invalid_argument"))

        let delete = try d.zcctl(["file", "delete", String(id)])
        #expect(delete.status == 0 && delete.stdout.contains("deleted file \(id)"))
        #expect(try d.zcctl(["file", "list", "--application", "1"]).stdout.contains("no files"))
        #expect(try d.stop() == 0)
    }
}

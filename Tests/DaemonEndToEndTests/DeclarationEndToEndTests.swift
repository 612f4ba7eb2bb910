import Foundation
import Testing
import ZCProtocol

/// Issue 4's flow end to end: the city office opens a batch with `zcctl batch create`; the applicant starts the
/// example declaration of `examples/declaration/`, uploads the evidence (PDFs and a PNG made here) with
/// `zcctl file upload`, fills the placeholders, saves every section with `zcctl apply set`, submits, and reads the
/// declaration back with `zcctl apply show` identical to what was sent. On the way: an upload interrupted mid-chunk
/// and resumed, a wrong checksum and a renamed program refused (over the protocol, where the client must be raw).
@Suite struct DeclarationEndToEndTests {
    static let sectionNames: [SectionKey: String] = [
        .declaration: "申报信息", .basicInfo: "基础信息", .education: "学习经历", .certificates: "专业技术资格证书",
        .employment: "聘用证明", .otherMaterials: "其他材料", .workHistory: "工作履历", .societies: "学术团体/社会兼职",
        .professionalExperience: "专业技术工作经历", .papers: "论文", .books: "论著", .projects: "课题/项目",
        .awards: "奖励和荣誉", .patents: "专利", .expertTitles: "专家称号", .otherAchievements: "其它业绩",
        .workSummary: "工作总结",
    ]

    /// The example tree, the city's batch opened through zcctl, and the applicant's zcctl logged in with the
    /// declaration started from `declaration.json`; returns the applicant's zcctl and the declaration.
    static func startedThroughZcctl(_ daemon: Daemon) throws -> (Zcctl, ApplicationInfo) {
        _ = try ExampleTree.build(on: daemon)
        let city = Zcctl(daemon, as: "city")
        try city.ok(["login", ExampleTree.cityAdmin], stdin: ExampleTree.password + "\n")
        let now = Date()
        let iso = ISO8601DateFormatter()
        let batch = try city.json(
            BatchInfo.self,
            [
                "batch", "create", "--year", "2026", "--name", "2026年度石家庄市中小学教师职称申报", "--series", "zhongxiaoxue",
                "--opens", iso.string(from: now.addingTimeInterval(-86_400)),
                "--closes", iso.string(from: now.addingTimeInterval(365 * 86_400)),
            ])
        #expect(batch.office.code == ExampleTree.cityCode && batch.open)

        let applicant = Zcctl(daemon, as: "applicant")
        try applicant.ok(["login", ExampleTree.applicantID], stdin: ExampleTree.password + "\n")
        #expect(try applicant.ok(["batch", "list", "--open"]).contains("2026年度石家庄市中小学教师职称申报"))
        let started = try applicant.json(
            ApplicationInfo.self,
            ["apply", "start", "--batch", String(batch.id), "--file", ExampleDeclaration.path(.declaration)])
        #expect(started.state == .draft && started.qualificationName == "高级教师" && started.levelName == "副高级")
        return (applicant, started)
    }

    @Test func theExampleDeclarationSavedUploadedSubmittedAndShownBackIdentical() throws {
        let daemon = try Daemon()
        let (applicant, started) = try Self.startedThroughZcctl(daemon)
        let app = started.id
        let folder = daemon.folder

        // The documents: two PDFs and a PNG for the evidence, a PDF of 2.5 MiB for the work summary.
        let documents: [(name: String, bytes: [UInt8])] = [
            ("证书.pdf", TestDocuments.pdf("Zhang Wei: certificate")),
            ("扫描件.png", TestDocuments.png(width: 40, height: 30, seed: 3)),
            ("证明.pdf", TestDocuments.pdf("Zhang Wei: proof", padding: 5000, seed: 2)),
        ]
        let paths = try documents.map { try folder.write($0.name, bytes: $0.bytes) }
        let summary = TestDocuments.pdf("Zhang Wei: work summary", padding: 2_600_000, seed: 11)
        let summaryPath = try folder.write("工作总结.pdf", bytes: summary)
        let summarySHA = ContentDigest.hex(of: summary)

        // The work summary's upload is interrupted in the middle of its second chunk (half its frame sent), then
        // begun again on a new connection: the daemon holds the first chunk, and the upload continues from there.
        var client = try ExampleTree.login(daemon, ExampleTree.applicantID)
        let begin = BeginUploadRequest(
            application: app, name: "工作总结.pdf", size: Int64(summary.count), sha256: summarySHA)
        let begun = try client.call(begin)
        let upload = try #require(begun.upload)
        let chunk = begun.chunkBytes
        #expect(begun.received == 0 && summary.count > 2 * chunk)
        let first = try client.call(
            UploadChunkRequest(upload: upload, offset: 0, data: Data(summary[0..<chunk]).base64EncodedString()))
        #expect(first.received == Int64(chunk))
        let second = Frame.encode(
            client.requestBody(
                id: 99, method: UploadChunkRequest.method,
                params: try ZCJSON.encode(
                    UploadChunkRequest(
                        upload: upload, offset: Int64(chunk),
                        data: Data(summary[chunk..<(2 * chunk)]).base64EncodedString()))))
        try client.sendRaw(Array(second[0..<(second.count / 2)]))
        client.close()
        client = try ExampleTree.login(daemon, ExampleTree.applicantID)
        let resumed = try client.call(begin)
        #expect(resumed.upload == upload && resumed.received == Int64(chunk))
        var progress: [Int64] = []
        let summaryFile = try FileTransfer.upload(client, application: app, path: summaryPath) { done, _ in
            progress.append(done)
        }
        #expect(progress.first == Int64(chunk) && progress.last == Int64(summary.count))
        #expect(summaryFile.sha256 == summarySHA && summaryFile.mediaType == .pdf)

        // A wrong checksum is refused at the finish and the upload discarded: beginning again starts from 0.
        let stated = ContentDigest.hex(of: TestDocuments.pdf("Zhang Wei: certificatf"))
        let wrong = BeginUploadRequest(
            application: app, name: "证书.pdf", size: Int64(documents[0].bytes.count), sha256: stated)
        let wrongUpload = try #require(try client.call(wrong).upload)
        _ = try client.call(
            UploadChunkRequest(upload: wrongUpload, offset: 0, data: Data(documents[0].bytes).base64EncodedString()))
        let mismatch = remoteError { try client.call(FinishUploadRequest(upload: wrongUpload)) }
        #expect(mismatch?.code == .invalidArgument && mismatch?.data.field == "params.sha256")
        let again = try client.call(wrong)
        #expect(again.received == 0 && again.upload != wrongUpload)

        // A Windows program named x.pdf is refused as not a PDF, through the protocol and through zcctl.
        let exe = try folder.write("x.pdf", bytes: TestDocuments.windowsProgram())
        let renamed = remoteError { try FileTransfer.upload(client, application: app, path: exe) }
        #expect(renamed?.code == .invalidArgument && renamed?.message.contains("Windows program") == true)
        try applicant.refused(["file", "upload", exe, "--application", String(app)], "invalid_argument")
        client.close()

        // Every placeholder becomes an upload through zcctl (PDF, PNG, PDF in turn); the summary file is the
        // resumed upload. Then each section is saved from its filled file.
        var uploaded: [String: (id: Int64, document: Int)] = [:]
        let sent = try ExampleDeclaration.saveThroughZcctl(applicant, application: app, folder: folder) { place in
            if place == "workSummary.summaryFile" { return summaryFile.id }
            let document = uploaded.count % documents.count
            let ext = (documents[document].name as NSString).pathExtension
            let id = try ExampleDeclaration.uploadThroughZcctl(
                applicant, paths[document], application: app, name: "\(place).\(ext)")
            uploaded[place] = (id, document)
            return id
        }
        #expect(uploaded.count >= 20)

        // The files as the daemon lists them: each one's content and the one place that refers to it.
        let files = try applicant.json([FileInfo].self, ["file", "list", "--application", String(app)])
        #expect(files.count == uploaded.count + 1)
        for (place, (id, document)) in uploaded {
            let file = files.first { $0.id == id }
            #expect(file?.sha256 == ContentDigest.hex(of: documents[document].bytes), "\(place)")
            #expect(file?.referencedBy == [place])
        }
        #expect(files.first { $0.id == summaryFile.id }?.referencedBy == ["workSummary.summaryFile"])

        // Submitted: every section saved, the declaration enters review at the school.
        let submitted = try applicant.json(ApplicationInfo.self, ["apply", "submit"])
        #expect(submitted.state == .submitted && submitted.round == 1)
        #expect(submitted.sections.map(\.section) == SectionKey.allCases)

        // zcctl apply show --json: the sections exactly as sent (papers gain `counted`).
        let shown = try ZCJSON.decode(AnyJSON.self, from: Array(try applicant.ok(["apply", "show"], json: true).utf8))
        let sections = try #require(shown["sections"])
        guard case .object(let stored) = sections else { throw HarnessError("no sections in \(shown.text)") }
        #expect(Set(stored.keys) == Set(SectionKey.allCases.map(\.rawValue)))
        #expect(stored["declaration"] == (try ExampleDeclaration.content(.declaration)))
        for section in ExampleDeclaration.savedSections {
            let expected = ExampleDeclaration.expectedStored(section, sent: try #require(sent[section]))
            #expect(
                stored[section.rawValue] == expected,
                "\(section.rawValue): sent \(expected.text), shown \(stored[section.rawValue]?.text ?? "nothing")")
        }
        #expect(
            shown["person"]
                == .object([
                    "name": .string("张伟"), "gender": .string("male"), "idNumber": .string(ExampleTree.applicantID),
                    "birthDate": .string("1980-01-01"),
                ]))
        #expect(shown["application"]?["state"] == .string("submitted"))

        // zcctl apply show for people: the form's Chinese section names, in the form's order.
        let text = try applicant.ok(["apply", "show"])
        var last = text.startIndex
        for section in SectionKey.allCases {
            let heading = " \(Self.sectionNames[section] ?? "?") (\(section.rawValue)):\n"
            let found = text.range(of: heading, range: last..<text.endIndex)
            #expect(found != nil, "no \(heading) after the previous section in\n\(text)")
            if let found { last = found.upperBound }
        }
        #expect(text.contains("核心素养视角下高中数学单元教学设计的实践与思考"))
        // Numbers stay numbers (file id 1 is not 是), labels fit where they stand, and every paragraph of the
        // abstract stays indented under it.
        for line in [
            "  姓名 (name): 张伟", "    学历 (education): bachelor", "  id: \(app)",
            "    工作总结全文 (summaryFile): \(summaryFile.id)", "        排名 (rank): 1", "        计入 (counted): 是",
            "      在教育教学方面，", "      今后，本人将继续潜心教书育人",
        ] {
            #expect(text.contains("\n" + line), "no line \(line) in\n\(text)")
        }

        // Submitted means frozen.
        try applicant.refused(
            ["apply", "set", "societies", "--file", ExampleDeclaration.path(.societies)], "failed_precondition")
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    @Test func anIncompleteDeclarationReportsEveryMissingItemAtOnce() throws {
        let daemon = try Daemon()
        let (applicant, _) = try Self.startedThroughZcctl(daemon)
        // Saved without any evidence: 基础信息, 学习经历, 工作总结 (abstract only); nothing else.
        for section in [SectionKey.basicInfo, .education, .workSummary] {
            let content = ExampleDeclaration.withoutEvidence(try ExampleDeclaration.content(section))
            let file = try daemon.folder.write("\(section.rawValue).json", content.text)
            try applicant.ok(["apply", "set", section.rawValue, "--file", file])
        }
        let expected: Set<String> = [
            "education.entries[0].evidence", "education.entries[1].evidence", "certificates", "employment",
            "otherMaterials", "workHistory", "professionalExperience", "workSummary.summaryFile",
        ]

        let refused = try applicant.refused(["apply", "submit"], "failed_precondition")
        let listed = Set(
            refused.stderr.split(separator: "\n").filter { $0.hasPrefix("  ") }
                .compactMap { $0.dropFirst(2).split(separator: ":", maxSplits: 1).first.map(String.init) })
        #expect(listed == expected, "\(refused.stderr)")

        let json = try applicant.run(["apply", "submit"], json: true)
        #expect(json.status == 1)
        struct Failure: Decodable { var error: WireError }
        let failure = try ZCJSON.decode(Failure.self, from: Array(json.stdout.utf8))
        #expect(failure.error.code == .failedPrecondition && failure.error.data.state == "draft")
        #expect(Set(failure.error.data.violations?.map(\.field) ?? []) == expected)
        struct Status: Decodable { var application: ApplicationInfo }
        #expect(try applicant.json(Status.self, ["apply", "status"]).application.state == .draft)
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }
}

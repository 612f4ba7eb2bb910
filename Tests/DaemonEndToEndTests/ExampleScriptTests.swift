import Foundation
import Testing
import ZCProtocol

/// `examples/declaration/fill.sh`, the README walkthrough's shortcut: it uploads a file per evidence placeholder
/// with zcctl, saves every section, and leaves a declaration that submits.
@Suite struct ExampleScriptTests {
    static let script = ExampleDeclaration.folder + "/fill.sh"

    /// Runs fill.sh as `zcctl` (its config home and socket) with the built zcctl.
    static func fill(_ zcctl: Zcctl, socket: String, _ arguments: [String]) throws -> CommandOutput {
        try Zcctl.runBinary(
            "/bin/sh", [script] + arguments, stdin: "",
            environment: [
                "ZCCTL": try Binaries.zcctl, "ZC_SOCKET": socket, "XDG_CONFIG_HOME": zcctl.configHome,
                "HOME": zcctl.configHome,
            ], seconds: 300)
    }

    @Test func fillShUploadsTheEvidenceSavesEverySectionAndTheDeclarationSubmits() throws {
        let daemon = try Daemon()
        _ = try ExampleTree.build(on: daemon)
        let batch = try ExampleTree.openBatch(on: daemon)
        let applicant = Zcctl(daemon, as: "applicant")
        try applicant.ok(["login", ExampleTree.applicantID], stdin: ExampleTree.password + "\n")
        let started = try applicant.json(
            ApplicationInfo.self,
            ["apply", "start", "--batch", String(batch.id), "--file", ExampleDeclaration.path(.declaration)])
        let pdf = try daemon.folder.write("scan.pdf", bytes: TestDocuments.pdf("scan"))
        let png = try daemon.folder.write("photo.png", bytes: TestDocuments.png())
        let exe = try daemon.folder.write("setup.pdf", bytes: TestDocuments.windowsProgram())

        // Refused before anything is sent: a file that is no PDF/JPEG/PNG, and no PDF for the work summary.
        let notADocument = try Self.fill(applicant, socket: daemon.socketPath, [pdf, exe])
        #expect(notADocument.status != 0 && notADocument.stderr.contains("setup.pdf is not a PDF, JPEG or PNG"))
        let noPDF = try Self.fill(applicant, socket: daemon.socketPath, [png])
        #expect(noPDF.status != 0 && noPDF.stderr.contains("give at least one PDF"), "\(noPDF)")
        #expect(try applicant.json([FileInfo].self, ["file", "list", "--application", String(started.id)]).isEmpty)

        let out = daemon.folder.file("filled")
        let filled = try Self.fill(applicant, socket: daemon.socketPath, ["--out", out, pdf, png])
        #expect(filled.status == 0, "\(filled)")
        let placeholders = try ExampleDeclaration.savedSections.reduce(0) {
            $0 + (try ExampleDeclaration.placeholders($1).count)
        }
        #expect(
            filled.stdout
                == ExampleDeclaration.savedSections.map { "saved \($0.rawValue) (revision 1)\n" }.joined()
                + "\(placeholders) files uploaded; the filled sections are in \(out)\nnext: zcctl apply submit\n")

        // What it saved is what it wrote, and the files alternate as given (the summary is the PDF).
        let files = try applicant.json([FileInfo].self, ["file", "list", "--application", String(started.id)])
        #expect(files.count == placeholders)
        #expect(Set(files.map(\.mediaType)) == [.pdf, .png])
        for section in ExampleDeclaration.savedSections {
            let written = try #require(FileManager.default.contents(atPath: out + "/\(section.rawValue).json"))
            let saved = try applicant.json(ReadSectionResult.self, ["apply", "get", section.rawValue])
            #expect(
                saved.content
                    == ExampleDeclaration.expectedStored(section, sent: try ZCJSON.decode(AnyJSON.self, from: written)))
        }
        let submitted = try applicant.json(ApplicationInfo.self, ["apply", "submit"])
        #expect(submitted.state == .submitted)
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }
}

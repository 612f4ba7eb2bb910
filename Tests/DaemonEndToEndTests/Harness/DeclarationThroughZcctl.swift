import Foundation
import ZCProtocol

/// The example declaration filled in with the zcctl binary, as an applicant does it after `zcctl apply start`.
extension ExampleDeclaration {
    /// Every section of the example saved with `zcctl apply set`, each placeholder replaced by `upload(place)` (the
    /// id of a file uploaded for it); the filled files are written to `folder`. Returns what was sent per section.
    static func saveThroughZcctl(
        _ applicant: Zcctl, application: Int64, folder: TempFolder, upload: (String) throws -> Int64
    ) throws -> [SectionKey: AnyJSON] {
        var sent: [SectionKey: AnyJSON] = [:]
        for section in savedSections {
            let content = try filled(section, upload: upload)
            sent[section] = content
            let file = try folder.write("\(application)-\(section.rawValue).json", content.text)
            let saved = try applicant.ok(
                ["apply", "set", section.rawValue, "--application", String(application), "--file", file])
            guard saved == "saved \(section.rawValue) (revision 1)\n" else {
                throw HarnessError("zcctl apply set \(section.rawValue) printed \(saved)")
            }
        }
        return sent
    }

    /// `zcctl file upload PATH --application ID --name PLACE.pdf`; returns the file id it prints.
    static func uploadThroughZcctl(_ applicant: Zcctl, _ path: String, application: Int64, name: String) throws
        -> Int64
    {
        let out = try applicant.ok(["file", "upload", path, "--application", String(application), "--name", name])
        guard let id = Int64(out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("zcctl file upload printed no file id: \(out)")
        }
        return id
    }

    /// The example declaration started in `batch` (`zcctl apply start --file declaration.json`), one upload of
    /// a small PDF per evidence placeholder, every section saved: a declaration that submits. Returns its id.
    static func startAndFillThroughZcctl(_ applicant: Zcctl, batch: Int64, folder: TempFolder) throws -> Int64 {
        let started = try applicant.json(
            ApplicationInfo.self, ["apply", "start", "--batch", String(batch), "--file", path(.declaration)])
        let pdf = try folder.write("evidence-\(started.id).pdf", bytes: TestDocuments.pdf("evidence \(started.id)"))
        _ = try saveThroughZcctl(applicant, application: started.id, folder: folder) { place in
            try uploadThroughZcctl(applicant, pdf, application: started.id, name: place + ".pdf")
        }
        return started.id
    }
}

import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// The whole declaration: the example in `examples/declaration/` submits once its evidence is uploaded; an incomplete
/// one reports every problem of every section at once.
@Suite struct DeclarationSubmissionTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../examples/declaration").standardizedFileURL

    static func example(_ key: SectionKey) throws -> String {
        try String(contentsOf: examples.appendingPathComponent("\(key.rawValue).json"), encoding: .utf8)
    }

    /// What the walkthrough does: every `0` placeholder in an `evidence` list becomes a newly uploaded file (PDFs and
    /// PNGs in turn), and `summaryFile` an uploaded PDF.
    static func replacingPlaceholders(_ json: String, upload: (String) async throws -> Int64) async throws -> String {
        var out = ""
        var rest = Substring(json)
        while let key = rest.range(of: #""evidence""#) ?? rest.range(of: #""summaryFile""#) {
            out += rest[..<key.upperBound]
            rest = rest[key.upperBound...]
            if json[key] == #""summaryFile""# {
                guard let zero = rest.firstIndex(of: "0") else { break }
                out += rest[..<zero] + String(try await upload("application/pdf"))
                rest = rest[rest.index(after: zero)...]
                continue
            }
            guard let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]") else { break }
            out += rest[...open]
            var ids: [String] = []
            for (i, item) in rest[rest.index(after: open)..<close].split(separator: ",").enumerated()
            where item.trimmingCharacters(in: .whitespacesAndNewlines) == "0" {
                ids.append(String(try await upload(i % 2 == 0 ? "application/pdf" : "image/png")))
            }
            out += ids.joined(separator: ",")
            rest = rest[close...]
        }
        return out + rest
    }

    func save<S: DeclarationSection>(_ type: S.Type, _ json: String, _ f: DeclarationFixture, _ app: Int64) async throws
        -> SavedSection
    {
        try await f.engine.saveSection(
            try JSONDecoder().decode(S.self, from: Data(json.utf8)), applicationID: app, caller: f.applicant)
    }

    @Test func givenTheExampleWithItsEvidenceUploaded_whenSubmitting_thenItIsSubmittedWhole() async throws {
        let f = try await DeclarationFixture()
        let declaration = try JSONDecoder().decode(
            DeclarationInfo.self, from: Data(try Self.example(.declaration).utf8))
        let app = try await f.engine.startApplication(
            batchID: f.batch.id, declaration: declaration, caller: f.applicant)
        var uploaded = 0
        for key in SectionKey.allCases where key != .declaration {
            let json = try await Self.replacingPlaceholders(try Self.example(key)) { mediaType in
                uploaded += 1
                return try await f.attachFile(to: app.id, mediaType: mediaType)
            }
            #expect(!json.contains("[0") && !json.contains(": 0"), "\(key.rawValue): a placeholder is left")
            let type = try #require(SectionTypes.type(for: key))
            let saved = try await save(type, json, f, app.id)
            #expect(saved.notices.isEmpty, "\(key.rawValue): \(saved.notices)")
        }
        #expect(uploaded >= 20)
        let submitted = try await f.engine.submit(applicationID: app.id, caller: f.applicant)
        #expect(submitted.state == .submitted)
        #expect(submitted.sections.count == SectionKey.allCases.count)
        let doc = String(decoding: try f.engine.applicationDocument(id: app.id, caller: f.applicant), as: UTF8.self)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [String: Any])
        #expect(Set(sections.keys) == Set(SectionKey.allCases.map(\.rawValue)))
    }

    @Test func givenSeveralIncompleteSections_whenSubmitting_thenEveryProblemComesBackAtOnce() async throws {
        let f = try await DeclarationFixture()
        let app = try await f.start()
        let a = app.id
        _ = try await f.engine.saveSection(f.basicInfo(), applicationID: a, caller: f.applicant)
        _ = try await f.engine.saveSection(
            Education(entries: [EducationSectionTests.entry(code: nil, evidence: [])]), applicationID: a,
            caller: f.applicant)
        let scan = try await f.attachFile(to: a)
        _ = try await f.engine.saveSection(
            Certificates(entries: [CertificatesSectionTests.entry(evidence: [scan])]), applicationID: a,
            caller: f.applicant)
        _ = try await f.engine.saveSection(
            OtherMaterials(socialInsurance: SocialInsurance(insuredInProvince: false)), applicationID: a,
            caller: f.applicant)
        _ = try await f.engine.saveSection(
            WorkSummary(abstract: SectionTesting.text(300)), applicationID: a, caller: f.applicant)
        _ = try await f.engine.saveSection(
            Papers(entries: [PapersSectionTests.paper(evidence: [])]), applicationID: a, caller: f.applicant)
        // The certificate's scan disappears after the save (replaced or deleted by the applicant).
        try await f.engine.store.pool.write { db in
            try db.execute(sql: "UPDATE evidence_file SET deleted_at = ? WHERE id = ?", arguments: [Date(), scan])
        }
        do {
            _ = try await f.engine.submit(applicationID: a, caller: f.applicant)
            Issue.record("expected a refusal")
        } catch let EngineError.failedPrecondition(_, state, v) {
            #expect(state == "draft")
            #expect(
                Set(v.map(\.field)) == [
                    "education.entries[0].xuexinCode", "education.entries[0].evidence",
                    "certificates.entries[0].evidence[0]", "employment",
                    "otherMaterials.socialInsurance.evidence", "otherMaterials.practiceCertificates", "workHistory",
                    "professionalExperience", "papers.entries[0].evidence", "workSummary.abstract",
                    "workSummary.summaryFile",
                ])
            #expect(v.count == 11)
        }
        let view = try f.engine.application(id: a, caller: f.applicant)
        #expect(view.state == .draft)
    }
}

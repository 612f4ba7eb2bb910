import Foundation
import ZCProtocol

/// The accounts and ids a benchmark acts on: written by `zcctl bench setup` and by `zcd generate`
/// (`<state>/generated.json`), read by `zcctl bench --manifest`. docs/performance.md documents the format.
///
/// Members other than these are ignored, so a generator may add what it likes (counts, the tree, timings).
struct BenchManifest: Codable, Equatable, Sendable {
    /// The format version; this reader takes 1.
    var version: Int?
    /// The batch the declarations belong to; `queue` filters by it.
    var batch: Int64?
    var applicants: [Applicant]
    var reviewers: [Reviewer]

    /// An applicant (申报人) and their declaration.
    struct Applicant: Codable, Equatable, Sendable {
        /// The ID number they log in with.
        var login: String
        /// Their current password (already changed: `mustChangePassword` false).
        var password: String
        /// Their declaration in `batch`.
        var application: Int64
        /// The declaration's state (`draft`, `submitted`, …), when known; `save` needs `draft`.
        var state: String?
    }

    /// A reviewer: a handler (经办人) or leader (领导) with the review permission of that stage.
    struct Reviewer: Codable, Equatable, Sendable {
        var login: String
        var password: String
        /// Their organisation's code.
        var organization: String?
        /// `handler` or `leader`.
        var stage: String?
    }

    init(version: Int? = 1, batch: Int64?, applicants: [Applicant], reviewers: [Reviewer]) {
        self.version = version
        self.batch = batch
        self.applicants = applicants
        self.reviewers = reviewers
    }

    /// Applicants whose declaration can be saved: drafts, or of unknown state (a refusal then shows in the errors).
    var draftApplicants: [Applicant] { applicants.filter { $0.state == nil || $0.state == "draft" } }

    /// Reads a manifest file.
    static func load(_ path: String) throws(BenchUsageError) -> BenchManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchUsageError("cannot read the manifest \(path)")
        }
        return try parse(Array(data), source: path)
    }

    static func parse(_ bytes: [UInt8], source: String) throws(BenchUsageError) -> BenchManifest {
        let manifest: BenchManifest
        do {
            manifest = try ZCJSON.decode(BenchManifest.self, from: bytes)
        } catch {
            throw BenchUsageError("\(source) is not a bench manifest: \(Self.reason(error))")
        }
        if let v = manifest.version, v != 1 {
            throw BenchUsageError("\(source) has manifest version \(v); this zcctl reads version 1")
        }
        for (i, a) in manifest.applicants.enumerated() where a.login.isEmpty || a.password.isEmpty {
            throw BenchUsageError("\(source): applicants[\(i)] needs a login and a password")
        }
        for (i, r) in manifest.reviewers.enumerated() where r.login.isEmpty || r.password.isEmpty {
            throw BenchUsageError("\(source): reviewers[\(i)] needs a login and a password")
        }
        return manifest
    }

    /// Applicants from a plain list, one `LOGIN APPLICATION` per line (blank lines and `#` comments skipped), all with
    /// the same password.
    static func applicants(list text: String, password: String, source: String) throws(BenchUsageError) -> [Applicant] {
        var out: [Applicant] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            guard fields.count == 2, let application = Int64(fields[1]), application > 0 else {
                throw BenchUsageError(
                    "\(source) line \(n + 1): expected `LOGIN APPLICATION`, e.g. `130102197501010016 12`")
            }
            out.append(Applicant(login: String(fields[0]), password: password, application: application, state: nil))
        }
        return out
    }

    /// The first line of a decoding error, without Swift's type dump.
    private static func reason(_ error: any Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
    }
}

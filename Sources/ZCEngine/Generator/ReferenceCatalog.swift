import Foundation
import GRDB

/// The reference data as the store holds it after `Engine.prepare()`: the current qualifications of each series.
/// Generated declarations draw from it, so they use exactly the codes the engine validates against.
struct ReferenceCatalog: Sendable {
    /// Series codes in the seed's order (not retired).
    let series: [String]
    /// Current qualifications by series, lowest level first.
    let qualifications: [String: [Qualification]]
    let seriesNames: [String: String]

    init(_ db: Database) throws {
        var series: [String] = []
        var names: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT code, name FROM reference_series WHERE retired = 0 ORDER BY position")
        {
            series.append(row["code"])
            names[row["code"]] = row["name"]
        }
        var qualifications: [String: [Qualification]] = [:]
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT code, series_code, name, level FROM reference_qualification WHERE retired = 0 ORDER BY position"
        ) {
            guard let level = TitleLevel(rawValue: row["level"]) else { continue }
            qualifications[row["series_code"], default: []].append(
                Qualification(code: row["code"], name: row["name"], level: level))
        }
        for key in qualifications.keys { qualifications[key]?.sort { $0.level < $1.level } }
        self.series = series
        self.qualifications = qualifications
        seriesNames = names
    }

    /// The qualification one level below `q` in its series, on the same track (卫生: 医/药/护/技) when there is one.
    func below(_ q: Qualification, series: String) -> Qualification? {
        let all = qualifications[series] ?? []
        let lower = all.filter { $0.level < q.level }
        guard let level = lower.map(\.level).max() else { return nil }
        let candidates = lower.filter { $0.level == level }
        return candidates.first { track($0.code) == track(q.code) } ?? candidates.first
    }

    /// `hu` for `weisheng.hu.fugao`, nil for two-part codes.
    func track(_ code: String) -> Substring? {
        let parts = code.split(separator: ".")
        return parts.count == 3 ? parts[1] : nil
    }
}

/// The one small PDF every generated evidence file shares: written once to the state folder's content-addressed
/// store (`evidence/aa/bb/<sha256>`, mode 0440) — which is what deduplication would make of identical uploads.
enum GeneratedEvidence {
    static let pdf = Array(
        """
        %PDF-1.4
        1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
        2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
        3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj
        trailer <</Root 1 0 R>>
        %%EOF

        """.utf8)

    /// Writes the PDF where the evidence store looks for it; returns its SHA-256 and size.
    static func write(into store: EvidenceStore) throws -> (sha256: String, size: Int64) {
        let sha = EvidenceStore.sha256Hex(pdf)
        let path = store.blobPath(sha)
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            let folder = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            guard manager.createFile(atPath: path, contents: Data(pdf), attributes: [.posixPermissions: 0o440]),
                let handle = FileHandle(forReadingAtPath: path)
            else { throw EngineError.failedPrecondition("cannot write the evidence file \(path)") }
            try handle.synchronize()
            try handle.close()
        }
        return (sha, Int64(pdf.count))
    }
}

import Foundation
import GRDB

extension Engine {
    /// Every place in the declaration's saved sections that refers to an evidence file: file id → section paths
    /// such as `education.entries[0].evidence[1]`, sorted.
    ///
    /// A section whose Swift type is known says itself what it refers to (`DeclarationSection.evidence`). Besides,
    /// and for a section without a known type (or stored in a shape its type no longer reads), the stored JSON is
    /// searched by name: any whole number, or array of whole numbers, under a member whose name contains `file` or
    /// `evidence`. Erring on the side of finding a reference only ever keeps a file from being deleted.
    func evidenceReferences(_ db: Database, applicationID: Int64) throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(
            try db.cachedStatement(sql: "SELECT section, content FROM application_section WHERE application_id = ? ORDER BY section"),
            arguments: [applicationID])
        for row in rows {
            let key: String = row["section"]
            let content: String = row["content"]
            for (fileID, path) in Self.fileReferences(inSection: key, content: content) {
                out[fileID, default: []].append(key + "." + path)
            }
        }
        return out.mapValues { Array(Set($0)).sorted() }
    }

    static func fileReferences(inSection key: String, content: String) -> [(Int64, String)] {
        var found: [(Int64, String)] = []
        if let sectionKey = SectionKey(rawValue: key), let type = SectionTypes.type(for: sectionKey),
            let section = try? decodeSection(type, content)
        {
            found += section.evidence.map { ($0.fileID, $0.field) }
        }
        if let json = try? JSONDecoder().decode(LooseJSON.self, from: Data(content.utf8)) {
            json.collectReferences(path: "", underFileMember: false, into: &found)
        }
        return found
    }
}

/// Just enough of JSON to find numbers by the names of the members that hold them.
private indirect enum LooseJSON: Decodable {
    case object([String: LooseJSON])
    case array([LooseJSON])
    case integer(Int64)
    case other

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let o = try? c.decode([String: LooseJSON].self) {
            self = .object(o)
        } else if let a = try? c.decode([LooseJSON].self) {
            self = .array(a)
        } else if (try? c.decode(Bool.self)) != nil {
            self = .other
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else {
            self = .other
        }
    }

    func collectReferences(path: String, underFileMember: Bool, into found: inout [(Int64, String)]) {
        switch self {
        case .object(let members):
            for (name, value) in members {
                let lower = name.lowercased()
                let isFileMember = lower.contains("file") || lower.contains("evidence")
                value.collectReferences(
                    path: path.isEmpty ? name : path + "." + name, underFileMember: isFileMember, into: &found)
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                item.collectReferences(path: "\(path)[\(i)]", underFileMember: underFileMember, into: &found)
            }
        case .integer(let value):
            if underFileMember { found.append((value, path)) }
        case .other:
            break
        }
    }
}

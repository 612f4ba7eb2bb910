import Foundation
import Testing

@testable import zcd

/// The shipped config file and the operations guide name exactly the keys zcd accepts.
@Suite struct ConfigKeysTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardizedFileURL

    @Test func theDefaultConfigFileListsEveryKeyCommentedOut() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("packaging/zcd.conf"), encoding: .utf8)
        var keys = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("#") && line.contains("=") && !line.hasPrefix("##") {
            let key = line.dropFirst().split(separator: "=")[0].trimmingCharacters(in: .whitespaces)
            if !key.contains(" ") { keys.insert(key) }
        }
        #expect(keys == DaemonConfig.keys)
    }

    @Test func theOperationsGuideDocumentsEveryKey() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/operations.md"), encoding: .utf8)
        for key in DaemonConfig.keys {
            #expect(text.contains("`\(key)`"), "docs/operations.md does not document \(key)")
        }
    }

    @Test func everyKeyIsAccepted() throws {
        var config = DaemonConfig()
        let text = try String(contentsOf: Self.root.appendingPathComponent("packaging/zcd.conf"), encoding: .utf8)
        // The shipped defaults, uncommented, form a valid config.
        let uncommented = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("#"), !line.hasPrefix("##"), line.contains("=") else { return nil }
            let body = String(line.dropFirst())
            let key = body.split(separator: "=")[0].trimmingCharacters(in: .whitespaces)
            return key.contains(" ") || key == "state_dir" || key == "socket" ? nil : body
        }.joined(separator: "\n")
        for entry in try ConfigFile.parse(uncommented, knownKeys: DaemonConfig.keys) {
            try config.apply(key: entry.key, value: entry.value, line: entry.line)
        }
    }
}

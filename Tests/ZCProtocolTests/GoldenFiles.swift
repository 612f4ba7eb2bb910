import Foundation
import Testing

/// Reads the fixtures in `Golden/` (copied into the test bundle) and, with `ZC_UPDATE_GOLDEN=1`, rewrites them in the
/// source tree instead of comparing.
enum GoldenFiles {
    /// True when the run should write fixtures rather than check them.
    static var updating: Bool { ProcessInfo.processInfo.environment["ZC_UPDATE_GOLDEN"] == "1" }

    /// `Tests/ZCProtocolTests/Golden` in the source tree.
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// The fixture's bytes with surrounding white space removed, or nil when the bundle has no such file.
    static func read(_ name: String) -> [UInt8]? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Golden"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Array(text.utf8)
    }

    /// Every fixture name in the bundle, without `.json`.
    static func names() -> Set<String> {
        guard let folder = Bundle.module.url(forResource: "Golden", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) })
    }

    static func write(_ name: String, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
        try Data(bytes + [0x0A]).write(to: sourceFolder.appendingPathComponent(name + ".json"))
    }

    /// Compares `encoded` with the fixture `name` byte for byte (or writes it when updating) and returns the fixture
    /// to decode back.
    static func check(
        _ name: String, encoded: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [UInt8]? {
        if updating {
            try write(name, encoded)
            return encoded
        }
        guard let golden = read(name) else {
            Issue.record(
                "no fixture Golden/\(name).json; run `ZC_UPDATE_GOLDEN=1 swift test`, check the new file and commit it",
                sourceLocation: sourceLocation)
            return nil
        }
        #expect(
            String(decoding: encoded, as: UTF8.self) == String(decoding: golden, as: UTF8.self),
            "\(name): the encoding differs from Golden/\(name).json", sourceLocation: sourceLocation)
        return golden
    }
}

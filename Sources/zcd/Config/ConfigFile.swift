import Foundation

/// Reads the daemon's config file: UTF-8 text, one `key = value` per line, `#` starts a comment line, blank lines
/// are ignored. Unknown keys and malformed lines are errors, so a typo never silently leaves a default in place.
enum ConfigFile {
    struct Entry: Equatable {
        var key: String
        var value: String
        var line: Int
    }

    static func parse(_ text: String, knownKeys: Set<String>) throws(ConfigError) -> [Entry] {
        var entries: [Entry] = []
        var seen = Set<String>()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw ConfigError(line: index + 1, message: "expected `key = value`")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard knownKeys.contains(key) else {
                throw ConfigError(line: index + 1, message: "unknown key `\(key)`")
            }
            guard seen.insert(key).inserted else {
                throw ConfigError(line: index + 1, message: "`\(key)` is set twice")
            }
            entries.append(Entry(key: key, value: value, line: index + 1))
        }
        return entries
    }
}

/// A config problem, with the line it is on (0 for a command-line flag).
struct ConfigError: Error, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { line > 0 ? "line \(line): \(message)" : message }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: CharacterSet) -> String { String(self).trimmingCharacters(in: set) }
}

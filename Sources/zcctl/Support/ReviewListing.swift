import ArgumentParser
import Foundation
import ZCProtocol

/// Helpers of the publicity, route and calendar commands.
enum ReviewListing {
    /// A command-line value as a wire enumeration, naming the allowed values when it is none of them.
    static func choice<E: WireEnum>(_ text: String) throws -> E {
        guard let value = E(rawValue: text) else {
            throw ValidationError("expected one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// `2026-11-24 23:59:59` in Beijing time (UTC+8 all year).
    static func beijing(_ date: Date?) -> String {
        guard let date else { return "" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: date)
    }

    /// `shown 1–20 of 35` under a paged table, or `none` for an empty one.
    static func footer<T>(_ page: Page<T>, noun: String) -> String {
        guard !page.items.isEmpty else {
            return page.total == 0 ? "no \(noun)" : "no \(noun) from \(page.offset + 1); \(page.total) in all"
        }
        return "shown \(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)"
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `--offset` and `--limit` of a paged list.
struct ReviewPageOptions: ParsableArguments {
    @Option(help: "Skip this many items (default 0).") var offset: Int?
    @Option(help: "Return at most this many items (1–500, default 50).") var limit: Int?

    var params: PageParams? { offset == nil && limit == nil ? nil : PageParams(offset: offset, limit: limit) }
}

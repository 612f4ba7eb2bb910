import ArgumentParser
import ZCProtocol

/// Parses a command-line value into a wire enumeration, naming the allowed values when it is none of them.
func wireEnum<E: WireEnum>(_ text: String) throws -> E {
    guard let value = E(rawValue: text) else {
        throw ValidationError("expected one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return value
}

/// `--offset` and `--limit` of a paged list.
struct ListPageOptions: ParsableArguments {
    @Option(help: "Skip this many items (default 0).") var offset: Int?
    @Option(help: "Return at most this many items (1–500, default 50).") var limit: Int?

    var params: PageParams? { offset == nil && limit == nil ? nil : PageParams(offset: offset, limit: limit) }
}

/// `shown 1–20 of 35`: the line under a paged table; for an empty page, `no committees` or
/// `no committees from 40; 35 in all`.
func pageFooter<T>(_ page: Page<T>, noun: String = "items") -> String {
    guard !page.items.isEmpty else {
        return page.total == 0 ? "no \(noun)" : "no \(noun) from \(page.offset + 1); \(page.total) in all"
    }
    return "shown \(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)"
}

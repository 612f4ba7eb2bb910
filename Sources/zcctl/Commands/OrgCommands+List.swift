import ArgumentParser
import Foundation
import ZCProtocol

extension Org {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the children of an organisation, or its whole subtree (机构列表).",
            discussion: "With --subtree the list is printed as an indented tree; --all fetches every page.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Whose children to list (default: your own organisation).") var parent: String?
        @Flag(help: "Every descendant, not only the direct children.") var subtree = false
        @Option(help: "Only organisations of this kind.") var kind: OrganizationKind?
        @Flag(help: "Include disabled organisations.") var includeDisabled = false
        @Option(help: "Skip this many.") var offset: Int?
        @Option(help: "At most this many (1–500, default 50).") var limit: Int?
        @Flag(help: "Fetch every page.") var all = false

        func validate() throws {
            if all && (offset != nil || limit != nil) {
                throw ValidationError("--all fetches every page; leave out --offset and --limit")
            }
        }

        func run() throws {
            let client = try options.connect()
            defer { client.close() }
            func fetch(_ page: PageParams) throws(CLIError) -> ZCProtocol.Page<OrganizationInfo> {
                try options.call(
                    ListOrganizationsRequest(
                        parentCode: parent, subtree: subtree ? true : nil, kind: kind,
                        includeDisabled: includeDisabled ? true : nil, page: page),
                    on: client)
            }
            let page = all ? try fetchEveryPage(fetch) : try fetch(PageParams(offset: offset, limit: limit))
            options.emit(page) {
                guard !page.items.isEmpty || page.total > 0 else {
                    out("no organisations")
                    return
                }
                let base = subtree ? (parent ?? commonBase(page.items)) : nil
                let table = OrganizationText.table(page.items, indentBelow: base)
                FileHandle.standardOutput.write(Data(table.render().utf8))
                if let footer = pagingNote(total: page.total, offset: page.offset, count: page.items.count) {
                    out(footer)
                }
            }
        }

        /// The code the listed tree hangs from when none was given: the shortest parent code among the items.
        private func commonBase(_ items: [OrganizationInfo]) -> String? {
            items.compactMap(\.parentCode).min { $0.count < $1.count }
        }
    }
}

/// Every page of a list, fetched 500 at a time, as one page.
func fetchEveryPage<Item>(_ fetch: (PageParams) throws(CLIError) -> ZCProtocol.Page<Item>) throws(CLIError)
    -> ZCProtocol.Page<Item>
{
    var items: [Item] = []
    var total = 0
    repeat {
        let page = try fetch(PageParams(offset: items.count, limit: 500))
        total = page.total
        items += page.items
        if page.items.isEmpty { break }
    } while items.count < total
    return ZCProtocol.Page(items: items, total: total, offset: 0, limit: max(items.count, 1))
}

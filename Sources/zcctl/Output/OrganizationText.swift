import ZCProtocol

/// How zcctl shows organisations to people.
enum OrganizationText {
    static func fields(_ o: OrganizationInfo) -> FieldList {
        var f = FieldList()
        func add(_ label: String, _ value: String?) { if let value, !value.isEmpty { f.add(label, value) } }
        add("code", o.code)
        add("name", o.name)
        add("kind", "\(o.kindName) (\(o.kind.rawValue))")
        add("category", o.category.map { "\(o.categoryName ?? "") (\($0.rawValue))" })
        add("nature", o.nature.map { "\(o.natureName ?? "") (\($0.rawValue))" })
        add("parent", o.parentCode)
        add("address", o.address)
        add("contact", o.contactPerson)
        add("phone", o.contactPhone)
        add("admin", o.adminAccount)
        add("status", status(o))
        return f
    }

    static func status(_ o: OrganizationInfo) -> String { o.disabled ? "disabled" : "enabled" }

    /// A table of organisations; with `indentBelow`, names are indented by their depth below that code (a tree).
    static func table(_ items: [OrganizationInfo], indentBelow base: String? = nil) -> TextTable {
        var table = TextTable(["CODE", "NAME", "KIND", "CATEGORY", "ADMIN", "STATUS"])
        for o in items {
            var name = o.name
            if let base {
                let depth = max(0, (o.code.count - base.count) / 4 - 1)
                name = String(repeating: "  ", count: depth) + (depth > 0 ? "└ " : "") + o.name
            }
            table.add([o.code, name, o.kindName, o.categoryName ?? "", o.adminAccount ?? "", status(o)])
        }
        return table
    }
}

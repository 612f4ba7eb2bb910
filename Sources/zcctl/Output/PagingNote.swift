/// `showing 51–100 of 230; more with --offset 100` under a list, or nil when the page holds everything.
func pagingNote(total: Int, offset: Int, count: Int) -> String? {
    guard offset > 0 || count < total else { return nil }
    if count == 0 { return "nothing at offset \(offset); \(total) in all" }
    var text = "showing \(offset + 1)–\(offset + count) of \(total)"
    if offset + count < total { text += "; more with --offset \(offset + count)" }
    return text
}

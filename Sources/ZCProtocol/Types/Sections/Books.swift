/// 论著 — books, in the applicant's order (by quality); may be empty.
public struct Books: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [BookEntry]

    public init(entries: [BookEntry]) { self.entries = entries }
}

/// One book; `evidence` is needed to submit: 封面, 版权页, 目录 (excerpt), 编委会名单页 and the page stating the
/// 字数.
public struct BookEntry: Codable, Hashable, Sendable {
    /// 书名, 1–200 characters.
    public var title: String
    /// 出版社, 1–100 characters.
    public var publisher: String
    /// 出版年月, `YYYY-MM`, not in the future.
    public var publishedOn: String
    public var role: BookRole
    /// 字数 in thousands of characters (千字) as the 版权页 prints it, 1–100000.
    public var wordCount: Int?
    /// 本人撰写字数 in thousands of characters (千字), 1–100000, not above `wordCount`.
    public var ownWordCount: Int?
    /// ISBN-13 or ISBN-10 (hyphens allowed) with a valid check digit.
    public var isbn: String?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(
        title: String, publisher: String, publishedOn: String, role: BookRole, wordCount: Int? = nil,
        ownWordCount: Int? = nil, isbn: String? = nil, evidence: [Int64] = []
    ) {
        self.title = title
        self.publisher = publisher
        self.publishedOn = publishedOn
        self.role = role
        self.wordCount = wordCount
        self.ownWordCount = ownWordCount
        self.isbn = isbn
        self.evidence = evidence
    }
}

/// 本人角色: `soleAuthor` 独著, `coAuthor` 合著, `editorInChief` 主编, `deputyEditor` 副主编, `editorialBoard` 编委.
public enum BookRole: String, WireEnum {
    case soleAuthor, coAuthor, editorInChief, deputyEditor, editorialBoard
}

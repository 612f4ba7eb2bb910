import Foundation

/// 论著 — books, in the applicant's order (by quality).
public struct Books: DeclarationSection, Equatable {
    public static let key = SectionKey.books

    public var entries: [BookEntry]

    public init(entries: [BookEntry]) { self.entries = entries }

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].title = SectionEntries.trim(entries[i].title)
            entries[i].publisher = SectionEntries.trim(entries[i].publisher)
            entries[i].publishedOn = SectionEntries.trim(entries[i].publishedOn)
            entries[i].isbn = SectionEntries.trim(entries[i].isbn)?.uppercased()
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.title, field: "\(p).title", max: 200, into: &v)
            _ = Validate.text(e.publisher, field: "\(p).publisher", max: 100, into: &v)
            _ = DateRules.month(e.publishedOn, field: "\(p).publishedOn", today: context.today, into: &v)
            if let words = e.wordCount {
                SectionEntries.number(words, field: "\(p).wordCount", in: 1...100_000, into: &v)
            }
            if let own = e.ownWordCount {
                SectionEntries.number(own, field: "\(p).ownWordCount", in: 1...100_000, into: &v)
                if let words = e.wordCount, own > words {
                    v.append(
                        Violation(field: "\(p).ownWordCount", reason: "must not be greater than wordCount (\(words))"))
                }
            }
            if let isbn = e.isbn, !PublicationNumbers.isISBN(isbn) {
                v.append(
                    Violation(field: "\(p).isbn", reason: "must be an ISBN-13 or ISBN-10 with a valid check digit"))
            }
            SectionEntries.checkFiles(e.evidence, field: "\(p).evidence", into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        for (i, e) in entries.enumerated() {
            SectionEntries.requireFiles(
                e.evidence, field: "entries[\(i)].evidence",
                needs: "the 封面, 版权页, 目录 (excerpt), 编委会名单页 and the page stating the 字数", into: &m)
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One book.
public struct BookEntry: Sendable, Codable, Equatable {
    /// 书名.
    public var title: String
    /// 出版社.
    public var publisher: String
    /// 出版年月, `YYYY-MM`.
    public var publishedOn: String
    /// 本人角色.
    public var role: BookRole
    /// 字数 in thousands of characters (千字), as the 版权页 prints it.
    public var wordCount: Int?
    /// 本人撰写字数 in thousands of characters (千字); not more than `wordCount`.
    public var ownWordCount: Int?
    /// ISBN.
    public var isbn: String?
    /// 封面, 版权页, 目录, 编委会名单页, 字数页.
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

/// 本人在论著中的角色.
public enum BookRole: String, Sendable, Codable, CaseIterable {
    /// 独著
    case soleAuthor
    /// 合著
    case coAuthor
    /// 主编
    case editorInChief
    /// 副主编
    case deputyEditor
    /// 编委
    case editorialBoard

    public var chineseName: String {
        switch self {
        case .soleAuthor: "独著"
        case .coAuthor: "合著"
        case .editorInChief: "主编"
        case .deputyEditor: "副主编"
        case .editorialBoard: "编委"
        }
    }
}

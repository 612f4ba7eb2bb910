public import Foundation

/// One section's content, validated on save and stored as canonical JSON.
///
/// Three kinds of finding, kept apart on purpose: `violations` refuse the save (a malformed date, an unknown value);
/// `missing` lets a draft be saved but blocks submission (evidence not yet uploaded); `notices` are said to the
/// applicant and block nothing (a paper without a verification URL is kept but does not count).
public protocol DeclarationSection: Codable, Sendable {
    static var key: SectionKey { get }
    /// Trims text and puts entries into the order the manual fixes, before validation and storage.
    mutating func normalize()
    /// Problems that refuse the save. Fields are paths inside the section, e.g. `entries[2].from`.
    func violations(in context: SectionContext) -> [Violation]
    /// What a submission still needs (evidence, required values a draft may leave out).
    func missing(in context: SectionContext) -> [Violation]
    /// What the applicant should know that blocks nothing.
    func notices(in context: SectionContext) -> [String]
    /// Every evidence file the section refers to, with the path of the reference.
    var evidence: [EvidenceReference] { get }
}

extension DeclarationSection {
    public mutating func normalize() {}
    public func missing(in context: SectionContext) -> [Violation] { [] }
    public func notices(in context: SectionContext) -> [String] { [] }
    public var evidence: [EvidenceReference] { [] }
}

/// A reference from a section entry to an uploaded evidence file.
public struct EvidenceReference: Sendable, Equatable {
    public var field: String
    public var fileID: Int64
    /// The media types this reference accepts (the work summary takes PDF only).
    public var accepts: Set<String>

    public init(field: String, fileID: Int64, accepts: Set<String> = EvidenceReference.anyEvidence) {
        self.field = field
        self.fileID = fileID
        self.accepts = accepts
    }

    public static let anyEvidence: Set<String> = ["application/pdf", "image/jpeg", "image/png"]
    public static let pdfOnly: Set<String> = ["application/pdf"]
}

/// What a section's rules may look at besides the section itself.
public struct SectionContext: Sendable {
    /// Today in Beijing, for rules such as "not in the future" and "the last five years".
    public var today: CalendarDay
    /// The applicant's birth date (from the resident ID).
    public var birthDate: CalendarDay
    /// The title level applied for, once the declaration section is saved.
    public var level: TitleLevel?
    public var seriesCode: String?

    public init(today: CalendarDay, birthDate: CalendarDay, level: TitleLevel?, seriesCode: String?) {
        self.today = today
        self.birthDate = birthDate
        self.level = level
        self.seriesCode = seriesCode
    }
}

/// A calendar day in Beijing time.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in Asia/Shanghai.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

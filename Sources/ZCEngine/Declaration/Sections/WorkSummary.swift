import Foundation

/// 工作总结 — the abstract (工作总结摘要, about 800 characters: 600–1,000 to submit) and the full summary as a PDF.
///
/// A draft may be saved while the abstract is still short or the file not yet uploaded; submission needs both.
public struct WorkSummary: DeclarationSection, Equatable {
    public static let key = SectionKey.workSummary

    /// The abstract's length to submit, in characters (grapheme clusters) after trimming.
    public static let abstractLength = 600...1000

    /// 工作总结摘要 — 专业技术水平、能力、业绩; may span lines.
    public var abstract: String
    /// 工作总结 — an uploaded PDF file.
    public var summaryFile: Int64?

    public init(abstract: String, summaryFile: Int64? = nil) {
        self.abstract = abstract
        self.summaryFile = summaryFile
    }

    public mutating func normalize() {
        abstract = SectionEntries.paragraph(abstract)
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        // Blank is allowed in a draft (reported as missing); what is written must fit.
        if !abstract.isEmpty {
            Validate.paragraph(abstract, field: "abstract", max: Self.abstractLength.upperBound, into: &v)
        }
        return v
    }

    public func missing(in context: SectionContext) -> [Violation] {
        var m: [Violation] = []
        let length = abstract.count
        if length < Self.abstractLength.lowerBound {
            m.append(
                Violation(
                    field: "abstract",
                    reason: "must have \(Self.abstractLength.lowerBound)–\(Self.abstractLength.upperBound) characters "
                        + "(about 800); it has \(length)"))
        }
        if summaryFile == nil {
            m.append(Violation(field: "summaryFile", reason: "the 工作总结 is missing: upload it as a PDF file"))
        }
        return m
    }

    public var evidence: [EvidenceReference] {
        summaryFile.map { [EvidenceReference(field: "summaryFile", fileID: $0, accepts: EvidenceReference.pdfOnly)] }
            ?? []
    }
}

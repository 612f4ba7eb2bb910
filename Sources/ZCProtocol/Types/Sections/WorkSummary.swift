/// 工作总结. A draft may be saved with a short abstract or without the file; to submit, the abstract needs 600–1,000
/// characters (about 800) and the file must be given.
public struct WorkSummary: Codable, Hashable, Sendable {
    /// 工作总结摘要 — the applicant's 专业技术水平、能力、业绩: at most 1,000 characters, 600 or more to submit
    /// (characters as people count them, after trimming; line breaks allowed).
    public var abstract: String
    /// 工作总结 — the id of an uploaded file, which must be a PDF.
    public var summaryFile: Int64?

    public init(abstract: String, summaryFile: Int64? = nil) {
        self.abstract = abstract
        self.summaryFile = summaryFile
    }
}

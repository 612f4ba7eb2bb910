/// 论文 — papers, in the applicant's order (by quality); may be empty.
///
/// Each paper must be found on 中国知网 (cnki.net), 万方数据 (wanfangdata.com.cn) or 维普网 (cqvip.com) and the
/// address of that page given as `verificationURL` (检索验证地址). A paper without one is kept but does not count:
/// the daemon sets `counted` false and says so in a notice (检索不到或未填检索验证地址的视为无效论文，不作为评审依据).
public struct Papers: Codable, Hashable, Sendable {
    /// At most 50.
    public var entries: [PaperEntry]

    public init(entries: [PaperEntry]) { self.entries = entries }
}

/// One paper; `evidence` is needed to submit: the journal's 封面, 主办单位页, 目录页 and the 正文 (a paper in a
/// foreign language also its Chinese translation).
public struct PaperEntry: Codable, Hashable, Sendable {
    /// 论文题目, 1–200 characters.
    public var title: String
    /// 刊物名称, 1–100 characters.
    public var journal: String
    /// 发表年月, `YYYY-MM`, not in the future.
    public var publishedOn: String
    /// 本人排名, 1–100 (1 = first author); not above `authorCount`.
    public var authorRank: Int
    /// 作者人数, 1–100.
    public var authorCount: Int?
    /// ISSN `NNNN-NNNC` with a valid check digit (stored upper-case).
    public var issn: String?
    /// 检索验证地址: an http(s) URL whose host is cnki.net, wanfangdata.com.cn or cqvip.com or a subdomain of one
    /// (e.g. kns.cnki.net); any other address is refused.
    public var verificationURL: String?
    /// Set by the daemon on save: true exactly when `verificationURL` is given. Ignored on input.
    public var counted: Bool?
    /// Uploaded file ids (at most 30, none twice).
    public var evidence: [Int64]

    public init(
        title: String, journal: String, publishedOn: String, authorRank: Int, authorCount: Int? = nil,
        issn: String? = nil, verificationURL: String? = nil, counted: Bool? = nil, evidence: [Int64] = []
    ) {
        self.title = title
        self.journal = journal
        self.publishedOn = publishedOn
        self.authorRank = authorRank
        self.authorCount = authorCount
        self.issn = issn
        self.verificationURL = verificationURL
        self.counted = counted
        self.evidence = evidence
    }
}

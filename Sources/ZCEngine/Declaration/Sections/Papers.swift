import Foundation

/// 论文 — papers, in the applicant's order (by quality). Each must be found on 中国知网 (cnki.net), 万方数据
/// (wanfangdata.com.cn) or 维普网 (cqvip.com) and the page's address given; a paper without one is kept but does not
/// count (检索不到或未填检索验证地址的视为无效论文，不作为评审依据), which `counted` records and a notice says.
public struct Papers: DeclarationSection, Equatable {
    public static let key = SectionKey.papers

    public var entries: [PaperEntry]

    public init(entries: [PaperEntry]) { self.entries = entries }

    /// The hosts (and their subdomains) a verification URL may point to.
    public static let verificationHosts = ["cnki.net", "wanfangdata.com.cn", "cqvip.com"]

    public mutating func normalize() {
        for i in entries.indices {
            entries[i].title = SectionEntries.trim(entries[i].title)
            entries[i].journal = SectionEntries.trim(entries[i].journal)
            entries[i].publishedOn = SectionEntries.trim(entries[i].publishedOn)
            entries[i].issn = SectionEntries.trim(entries[i].issn)?.uppercased()
            entries[i].verificationURL = SectionEntries.trim(entries[i].verificationURL)
            entries[i].counted = entries[i].verificationURL != nil
        }
    }

    public func violations(in context: SectionContext) -> [Violation] {
        var v: [Violation] = []
        SectionEntries.bound(entries.count, field: "entries", into: &v)
        for (i, e) in entries.enumerated() {
            let p = "entries[\(i)]"
            _ = Validate.text(e.title, field: "\(p).title", max: 200, into: &v)
            _ = Validate.text(e.journal, field: "\(p).journal", max: 100, into: &v)
            _ = DateRules.month(e.publishedOn, field: "\(p).publishedOn", today: context.today, into: &v)
            SectionEntries.number(e.authorRank, field: "\(p).authorRank", in: 1...100, into: &v)
            if let count = e.authorCount {
                SectionEntries.number(count, field: "\(p).authorCount", in: 1...100, into: &v)
                if e.authorRank > count {
                    v.append(
                        Violation(field: "\(p).authorRank", reason: "must not be greater than authorCount (\(count))"))
                }
            }
            if let issn = e.issn, !PublicationNumbers.isISSN(issn) {
                v.append(
                    Violation(field: "\(p).issn", reason: "must be an ISSN written NNNN-NNNC with a valid check digit"))
            }
            if let url = e.verificationURL, !Self.isVerificationURL(url) {
                v.append(
                    Violation(
                        field: "\(p).verificationURL",
                        reason: "must be an http(s) address on cnki.net, wanfangdata.com.cn or cqvip.com (检索验证地址)"))
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
                needs: "the journal's 封面, 主办单位页, 目录页 and the 正文 (a paper in a foreign language also its Chinese "
                    + "translation)", into: &m)
        }
        return m
    }

    public func notices(in context: SectionContext) -> [String] {
        entries.enumerated().compactMap { i, e in
            e.verificationURL == nil
                ? "论文 \(i + 1) (entries[\(i)]) 《\(e.title)》 has no verification URL and does not count: "
                    + "检索不到或未填检索验证地址的视为无效论文，不作为评审依据"
                : nil
        }
    }

    /// An http(s) URL whose host is one of `verificationHosts` or a subdomain of one.
    public static func isVerificationURL(_ text: String) -> Bool {
        guard text.count <= 2000, let c = URLComponents(string: text), let scheme = c.scheme?.lowercased(),
            scheme == "http" || scheme == "https", c.user == nil, c.password == nil,
            let host = c.host?.lowercased(), !host.isEmpty
        else { return false }
        return verificationHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    public var evidence: [EvidenceReference] {
        entries.enumerated().flatMap {
            SectionEntries.references($0.element.evidence, field: "entries[\($0.offset)].evidence")
        }
    }
}

/// One paper.
public struct PaperEntry: Sendable, Codable, Equatable {
    /// 论文题目.
    public var title: String
    /// 刊物名称.
    public var journal: String
    /// 发表年月, `YYYY-MM`.
    public var publishedOn: String
    /// 本人排名 — 1 for the first author.
    public var authorRank: Int
    /// 作者人数.
    public var authorCount: Int?
    /// ISSN, e.g. 0583-1458.
    public var issn: String?
    /// 检索验证地址 on CNKI, Wanfang or CQVIP.
    public var verificationURL: String?
    /// Whether the paper counts: set on save (true exactly when it has a verification URL); ignored on input.
    public var counted: Bool?
    /// 封面, 主办单位页, 目录页, 正文 (and 中文译文).
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

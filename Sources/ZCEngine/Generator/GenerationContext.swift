/// What a generation knows and keeps while it writes: the tree, the reference data, the account ids it assigns, and
/// the tallies the manifest and the summary are made from.
struct GenerationContext: Sendable {
    let config: ProvinceGeneratorConfig
    let tree: ProvinceTree
    let reference: ReferenceCatalog
    let passwordHash: String
    let now: GeneratedTime
    let evidence: (sha256: String, size: Int64)
    /// The batch window: opened 40 days ago, closes in 20.
    let opens: GeneratedTime
    let closes: GeneratedTime
    let today: CalendarDay
    /// Employers (and self-reviewing units) drawn by size.
    let employers: WeightedTable<Int>
    /// 自主评审 committees: (organisation index, series, committee level).
    var selfReviewCommittees: Set<SelfReviewKey> = []

    struct SelfReviewKey: Hashable, Sendable {
        var organization: Int
        var series: String
        var level: CommitteeLevel
    }

    // Tallies.
    var usedIDs: Set<String> = []
    var states: [ApplicationState: Int] = [:]
    var sample: [GenerationManifest.Applicant] = []
    var nextSnapshotID: Int64 = 1

    init(
        config: ProvinceGeneratorConfig, tree: ProvinceTree, reference: ReferenceCatalog, passwordHash: String,
        now: GeneratedTime, evidence: (sha256: String, size: Int64)
    ) {
        self.config = config
        self.tree = tree
        self.reference = reference
        self.passwordHash = passwordHash
        self.now = now
        self.evidence = evidence
        opens = now.adding(-40 * GeneratedTime.day)
        closes = now.adding(20 * GeneratedTime.day)
        today = now.chinaDay
        employers = WeightedTable(Array(tree.organizations.indices)) { tree.organizations[$0].size }
    }

    var organizationCount: Int { tree.organizations.count }

    // Account ids: admins 1…N (organisation order), then a handler and a leader per organisation, then applicants.
    func adminID(_ org: Int) -> Int64 { Int64(org + 1) }
    func staffID(_ org: Int, _ stage: ReviewStage) -> Int64 {
        Int64(organizationCount + 2 * org + (stage == .handler ? 1 : 2))
    }
    func applicantAccountID(_ index: Int) -> Int64 { Int64(3 * organizationCount + index + 1) }

    func adminLogin(_ org: Int) -> String { Engine.adminLogin(forCode: tree.organizations[org].code) }
    /// `jb130100` (经办人) and `ld130100` (领导): staff logins that say whose they are.
    func staffLogin(_ org: Int, _ stage: ReviewStage) -> String {
        (stage == .handler ? "jb" : "ld") + tree.organizations[org].code
    }

    func batchID(_ plan: Int) -> Int64 { Int64(plan + 1) }

    /// A stream of its own for the `index`-th declaration, so that each can be made on any thread.
    func random(for index: Int, _ purpose: UInt64) -> GeneratorRandom {
        GeneratorRandom(seed: config.seed &* 0x2545_F491_4F6C_DD1D ^ (UInt64(index) << 8) ^ purpose)
    }
}

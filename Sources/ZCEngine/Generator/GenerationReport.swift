public import Foundation

/// How to generate a province (`zcd generate`).
public struct ProvinceGeneratorConfig: Sendable {
    /// Applicants (申报人), each with one declaration.
    public var applicants = 200_000
    /// About this many employers (申报单位) below departments, counties and talent centres.
    public var employers = 2_000
    /// How many cities (石家庄 first) take employers and so applicants: 11, the province; 1 concentrates the
    /// declarations in one city, so that one city office's review list is as long as a benchmark needs.
    public var cities = 11
    /// The same seed gives the same province (but for the password hash's salt).
    public var seed: UInt64 = 1
    /// "Now" for the generated history: batches are open around it, every event lies before it.
    public var now = Date()
    /// The one password of every generated account (already changed: no account must change it).
    public var password = "Zc-Bench-2026"
    /// scrypt cost of that password's hash (computed once); the daemon's default.
    public var kdfLogN = EngineConfig().kdfLogN
    /// Applicants listed in the manifest, spread over all states.
    public var manifestApplicants = 10_000
    /// Reviewers listed in the manifest: those with the longest queues.
    public var manifestReviewers = 200
    /// Waiting cases listed for each of the first reviewers of the manifest.
    public var manifestCases = 100
    /// Declarations per transaction.
    public var transactionSize = 2_000

    public init() {}
}

/// Where a generation is, for a progress line.
public struct GenerationProgress: Sendable {
    public var phase: String
    public var done: Int
    public var total: Int
}

/// What a generation wrote.
public struct GenerationSummary: Sendable {
    /// Rows per table, in the order of the schema.
    public var tables: [(table: String, rows: Int)]
    /// Declarations per state.
    public var states: [(state: String, count: Int)]
    /// Cases waiting per stage (handler, leader) and the longest queue.
    public var longestQueue: (login: String, organization: String, waiting: Int)?
    public var seconds: Double
    /// The database file after the final checkpoint, in bytes.
    public var databaseBytes: Int64
}

/// `<state>/generated.json`: the accounts and ids a load generator (`zcctl bench --manifest`) acts on. Version 1;
/// docs/performance.md, section "Province-scale data", describes every member.
public struct GenerationManifest: Codable, Sendable {
    public struct Generator: Codable, Sendable {
        public var seed: UInt64
        public var applicants: Int
        public var employers: Int
        public var now: String
        public var seconds: Double
    }

    public struct Batch: Codable, Sendable {
        public var id: Int64
        public var office: String
        public var officeName: String
        public var name: String
        public var applications: Int
    }

    public struct Applicant: Codable, Sendable {
        public var login: String
        public var password: String
        public var application: Int64
        public var state: String
        public var batch: Int64
        public var name: String
    }

    public struct Case: Codable, Sendable {
        public var application: Int64
        /// `review_seq`: the step to pass back with a decision.
        public var step: Int
    }

    public struct Reviewer: Codable, Sendable {
        public var login: String
        public var password: String
        public var organization: String
        public var organizationName: String
        /// `handler` or `leader`.
        public var stage: String
        /// Cases waiting for this stage at this organisation.
        public var waiting: Int
        /// The batch most of them belong to.
        public var batch: Int64
        /// The first waiting cases, longest waiting first (the queue's order).
        public var cases: [Case]
    }

    public struct Admin: Codable, Sendable {
        public var login: String
        public var password: String
        public var organization: String
    }

    public var version = 1
    public var generator: Generator
    public var password: String
    /// The batch of the reviewer with the longest queue (what `zcctl bench` filters `queue` by).
    public var batch: Int64?
    public var batches: [Batch]
    public var applicants: [Applicant]
    public var reviewers: [Reviewer]
    public var admins: [Admin]
    public var states: [String: Int]
    public var tables: [String: Int]

    /// Writes the manifest as pretty JSON (keys sorted), atomically.
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

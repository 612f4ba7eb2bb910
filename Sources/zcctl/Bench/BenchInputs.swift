import Foundation
import ZCProtocol

/// The requests' fixed content that does not come from the manifest.
enum BenchContent {
    /// The 基础信息 a `save` writes, every time: the example declaration's (examples/declaration/basicInfo.json) with
    /// appraisals for the five years before this one in China time, as the daemon requires.
    static func basicInfo(now: Date = Date()) -> String {
        let year = chinaYear(now)
        let appraisals = (1...5).map {
            #"{"result":"\#($0 % 2 == 0 ? "excellent" : "competent")","year":\#(year - $0)}"#
        }
        return #"{"adminLevel":"无","adminPosition":"无","appraisals":["# + appraisals.joined(separator: ",")
            + #"],"currentTitle":"一级教师","degree":"bachelor","education":"bachelor","#
            + #""major":"数学与应用数学","phone":"13912345678"}"#
    }

    /// The calendar year in China (UTC+8), which decides which appraisals are due.
    static func chinaYear(_ date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        return calendar.component(.year, from: date)
    }

    static let opinion = "符合申报条件"

    /// The frame template of `operation` for one connection.
    static func template(
        _ operation: BenchOperation, applicant: (token: String, application: Int64)?, reviewer: String?, batch: Int64?
    ) -> FrameTemplate? {
        switch operation {
        case .ping:
            return FrameTemplate.request(method: operation.method)
        case .read:
            guard let applicant else { return nil }
            return FrameTemplate.request(
                method: operation.method, params: [#"{"application":\#(applicant.application)}"#],
                session: applicant.token)
        case .save:
            guard let applicant else { return nil }
            return FrameTemplate.request(
                method: operation.method,
                params: [#"{"application":\#(applicant.application),"basicInfo":\#(basicInfo())}"#],
                session: applicant.token)
        case .queue:
            guard let reviewer else { return nil }
            let filter = batch.map { #""batch":\#($0),"# } ?? ""
            return FrameTemplate.request(
                method: operation.method, params: [#"{\#(filter)"page":{"limit":50,"offset":0}}"#], session: reviewer)
        case .decide:
            guard let reviewer else { return nil }
            return FrameTemplate.request(
                method: operation.method,
                params: [#"{"items":[{"application":"#, #","step":"#, #"}],"opinion":"\#(opinion)"}"#],
                session: reviewer)
        }
    }
}

/// Turns the plan and the manifest into one `ConnectionPlan` per connection: logs in each account used once
/// (sessions not bound to a connection, sent with every request as a web portal does), and hands each decide
/// connection its own share of the reviewer's waiting cases.
struct BenchPreparation {
    let plan: BenchPlan
    let manifest: BenchManifest
    let client: ZCClient
    /// Refuse a queue larger than this many cases per reviewer to fetch for `decide`.
    var caseLimit = 1_000_000

    /// Checks that the manifest has the accounts the workload acts as, before anything connects.
    static func check(_ workload: BenchWorkload, _ manifest: BenchManifest) throws(CLIError) {
        let applicants = workload.needsDrafts ? manifest.draftApplicants : manifest.applicants
        if workload.needsApplicants && applicants.isEmpty {
            throw .usage(
                workload.needsDrafts
                    ? "the \(workload.rawValue) workload needs applicants with a draft declaration; none is given"
                    : "the \(workload.rawValue) workload needs applicants "
                        + "(--manifest, or --applicants with --applicant-password)"
            )
        }
        if workload.needsReviewers && manifest.reviewers.isEmpty {
            throw .usage(
                "the \(workload.rawValue) workload needs reviewers (--manifest, or --reviewer with --staff-password)")
        }
    }

    func connectionPlans() throws -> [ConnectionPlan] {
        let workload = plan.workload
        try Self.check(workload, manifest)
        let applicants = workload.needsDrafts ? manifest.draftApplicants : manifest.applicants
        var tokens: [String: String] = [:]
        func token(_ login: String, _ password: String) throws -> String {
            if let t = tokens[login] { return t }
            let t = try logIn(login, password)
            tokens[login] = t
            return t
        }
        // Reviewers with cases waiting, in the manifest's order, one per connection at most: a queue page of an
        // empty queue measures nothing, and decide needs cases.
        var active: [(token: String, waiting: Int)] = []
        if workload.needsReviewers {
            for r in manifest.reviewers where active.count < plan.connections {
                let t = try token(r.login, r.password)
                let waiting = try waitingCases(t, limit: 1).total
                if waiting > 0 { active.append((t, waiting)) }
            }
            if active.isEmpty {
                if workload == .decide {
                    throw CLIError.usage(
                        "no case waits for the manifest's reviewers: decide needs submitted declarations at their stage"
                    )
                }
                for r in manifest.reviewers.prefix(plan.connections) {
                    active.append((try token(r.login, r.password), 0))
                }
            }
        }
        var casePlans: [[CaseStep]] = Array(repeating: [], count: plan.connections)
        if workload.operations.contains(.decide) {
            // Connections acting as the same reviewer share its queue: each takes every n-th case.
            for (k, reviewer) in active.enumerated() {
                let group = Array(stride(from: k, to: plan.connections, by: active.count))
                let cases = try waitingCases(reviewer.token, limit: caseLimit).cases
                for (n, step) in cases.enumerated() { casePlans[group[n % group.count]].append(step) }
            }
        }
        var plans: [ConnectionPlan] = []
        for i in 0..<plan.connections {
            var applicant: (token: String, application: Int64)?
            if workload.needsApplicants {
                let a = applicants[i % applicants.count]
                applicant = (try token(a.login, a.password), a.application)
            }
            let reviewer = active.isEmpty ? nil : active[i % active.count].token
            var templates: [FrameTemplate?] = Array(repeating: nil, count: BenchOperation.allCases.count)
            for operation in workload.operations {
                templates[operation.rawValue] = BenchContent.template(
                    operation, applicant: applicant, reviewer: reviewer, batch: manifest.batch)
            }
            let chooser =
                workload == .mixed ? OperationChooser(blend: BenchWorkload.mixedBlend, seed: UInt64(i + 1)) : nil
            plans.append(
                ConnectionPlan(
                    templates: templates, cases: casePlans[i], chooser: chooser,
                    single: workload.operations.first ?? .ping, quota: plan.quota(connection: i)))
        }
        return plans
    }

    /// A session for `login`, not bound to this connection.
    private func logIn(_ login: String, _ password: String) throws -> String {
        client.session = nil
        let result: LoginResult
        do {
            result = try client.call(LoginRequest(account: login, password: password, bindConnection: false))
        } catch {
            throw BenchPreparation.failure(error, doing: "log in as \(login)", client: client)
        }
        guard !result.mustChangePassword else {
            throw CLIError.usage("\(login) must change its password before it can act; give its current password")
        }
        return result.token
    }

    /// Up to `limit` cases waiting for the reviewer (filtered by the manifest's batch), longest waiting first, and
    /// how many wait in all.
    private func waitingCases(_ token: String, limit: Int) throws -> (cases: [CaseStep], total: Int) {
        client.session = token
        defer { client.session = nil }
        var out: [CaseStep] = []
        var total = 0
        repeat {
            let page: Page<CaseInfo>
            do {
                page = try client.call(
                    ReviewQueueRequest(
                        batch: manifest.batch, page: PageParams(offset: out.count, limit: min(500, limit - out.count))))
            } catch {
                throw BenchPreparation.failure(error, doing: "read a reviewer's queue", client: client)
            }
            total = page.total
            out += page.items.map { CaseStep(application: $0.application, step: $0.step) }
            if page.items.isEmpty { break }
        } while out.count < min(total, limit)
        return (out, total)
    }

    static func failure(_ error: ClientError, doing what: String, client: ZCClient) -> CLIError {
        switch error {
        case .remote(let e):
            return .local("cannot \(what): \(e.message) [\(e.code.name)]")
        case .unreachable(let path, let reason):
            return .unreachable("cannot reach zcd at \(path): \(reason)")
        case .closed, .timedOut, .transport:
            return .unreachable("lost the connection to zcd at \(client.path) while trying to \(what): \(error)")
        case .malformed(let m):
            return .local("cannot \(what): unreadable answer: \(m)")
        }
    }
}

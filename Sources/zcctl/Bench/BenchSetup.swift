import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl bench setup`: populates an empty daemon through the ordinary methods, as people would, and returns the
/// manifest of what it made.
///
/// The tree: the province (system.init) → 石家庄市职改办 (city office, opens the batch) → 石家庄市第一中学 (employer)
/// with a handler `bench.handler` (review.handler) and a leader `bench.leader` (review.leader). Then `drafts + cases`
/// applicants, each with the example declaration (examples/declaration/) filled in and its evidence uploaded; the
/// first `drafts` stay drafts (for read and save), the other `cases` are submitted and wait for the employer's
/// handler (for queue and decide). Every account's password is changed to `password`.
struct BenchSetup {
    let client: ZCClient
    /// The folder of the example declaration, one JSON file per section.
    let examples: String
    let password: String
    let drafts: Int
    let cases: Int
    /// Progress lines for people.
    var progress: (String) -> Void = { _ in }

    static let handlerLogin = "bench.handler"
    static let leaderLogin = "bench.leader"

    func run() throws -> BenchManifest {
        let declaration = try readDeclaration()
        let sections = try ExampleSections(folder: examples)
        client.session = nil
        let province: SystemInitResult
        do {
            province = try client.call(SystemInitRequest())
        } catch {
            if case .remote(let e) = error, e.code == .failedPrecondition {
                throw CLIError.usage(
                    "zcd is initialised already: bench setup needs a daemon with an empty state folder "
                        + "(or run the bench with --manifest of an existing data set)")
            }
            throw BenchPreparation.failure(error, doing: "initialise the province (system.init)", client: client)
        }
        client.session = try activate(province.admin)
        let city = try call(
            CreateOrganizationRequest(parentCode: province.organization.code, kind: .cityOffice, name: "石家庄市职改办"),
            "create the city office")
        client.session = try activate(city.admin)
        let now = Date()
        let year = BenchContent.chinaYear(now)
        let batch = try call(
            CreateBatchRequest(
                year: year, name: "\(year)年度中小学教师职称申报（压测）", seriesCodes: [declaration.seriesCode],
                opensAt: now.addingTimeInterval(-3600), closesAt: now.addingTimeInterval(30 * 86400)),
            "open a batch")
        let employer = try call(
            CreateOrganizationRequest(parentCode: city.organization.code, kind: .employer, name: "石家庄市第一中学"),
            "create the employer")
        let employerToken = try activate(employer.admin)
        client.session = employerToken
        let handler = try call(
            CreateStaffRequest(
                account: Self.handlerLogin, name: "王经办", staffType: .handler, permissions: ["review.handler"]),
            "create the handler")
        let leader = try call(
            CreateStaffRequest(
                account: Self.leaderLogin, name: "李领导", staffType: .leader, permissions: ["review.leader"]),
            "create the leader")
        _ = try activate(handler.credentials)
        _ = try activate(leader.credentials)
        progress(
            "tree: province \(province.organization.code), city \(city.organization.code), "
                + "employer \(employer.organization.code); batch \(batch.id)"
        )

        let evidence = try EvidenceFile()
        defer { evidence.remove() }
        var applicants: [BenchManifest.Applicant] = []
        for i in 0..<(drafts + cases) {
            client.session = employerToken
            let created = try call(
                CreateApplicantRequest(idNumber: ResidentIDs.make(i), name: "申报人\(i + 1)"), "create applicant \(i + 1)")
            client.session = try activate(created.credentials)
            let application = try call(
                StartApplicationRequest(batch: batch.id, declaration: declaration), "start a declaration")
            try sections.fill(application.id, client: client) {
                try evidence.upload(client, application: application.id)
            }
            let submit = i >= drafts
            if submit {
                _ = try call(
                    SubmitApplicationRequest(application: application.id), "submit declaration \(application.id)")
            }
            applicants.append(
                BenchManifest.Applicant(
                    login: created.credentials.account, password: password, application: application.id,
                    state: submit ? "submitted" : "draft"))
            if (i + 1) % 50 == 0 { progress("\(i + 1) of \(drafts + cases) declarations") }
        }
        client.session = nil
        let code = employer.organization.code
        return BenchManifest(
            batch: batch.id, applicants: applicants,
            reviewers: [
                .init(login: Self.handlerLogin, password: password, organization: code, stage: "handler"),
                .init(login: Self.leaderLogin, password: password, organization: code, stage: "leader"),
            ])
    }

    /// Logs in with an initial password, changes it to `password` and logs in again (a change ends the account's
    /// sessions); returns a session token not bound to the connection.
    func activate(_ issued: IssuedCredentials) throws -> String {
        client.session = nil
        let first = try call(
            LoginRequest(account: issued.account, password: issued.initialPassword, bindConnection: false),
            "log in as \(issued.account)")
        client.session = first.token
        _ = try call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: password),
            "change the password of \(issued.account)")
        client.session = nil
        return try call(
            LoginRequest(account: issued.account, password: password, bindConnection: false),
            "log in as \(issued.account) with the new password"
        ).token
    }

    private func call<R: ZCRequest>(_ request: R, _ what: String) throws -> R.Response {
        do {
            return try client.call(request)
        } catch {
            throw BenchPreparation.failure(error, doing: what, client: client)
        }
    }

    private func readDeclaration() throws -> DeclarationInfo {
        let path = examples + "/declaration.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.usage("cannot read \(path): give the example declaration's folder with --examples")
        }
        do {
            return try ZCJSON.decode(DeclarationInfo.self, from: Array(data))
        } catch {
            throw CLIError.usage("\(path) does not hold a 申报信息 (DeclarationInfo): \(error)")
        }
    }
}

extension BenchSetup {
    /// `zcctl bench setup`.
    struct Command: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "setup",
            abstract: "Populate an empty zcd for a quick benchmark and write the manifest of what was made.",
            discussion: """
                Creates a city office, an employer with a handler and a leader, and applicants with the example \
                declaration (examples/declaration/) filled in: --drafts stay drafts (read, save), --cases are \
                submitted and wait for the handler (queue, decide; each decide consumes one). Run it as an operator \
                (root or zcd's user) against a daemon with an empty state folder; a low scrypt cost \
                (scrypt_log_n = 10 in zcd.conf) makes it quick.
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Applicants whose declaration stays a draft.") var drafts = 8
        @Option(help: "Applicants whose declaration is submitted and waits for review.") var cases = 100
        @Option(help: ArgumentHelp("The example declaration's folder.", valueName: "path"))
        var examples = "examples/declaration"
        @Option(help: ArgumentHelp("Where to write the manifest.", valueName: "path")) var output =
            "bench-manifest.json"
        @Option(help: "The password every account gets.") var password = "Bench-Pass-2026"

        func validate() throws {
            guard drafts >= 0, cases >= 0, drafts + cases >= 1, drafts + cases <= 500 * 10_000 else {
                throw ValidationError("--drafts and --cases must be 0 or more, together 1 to 5,000,000")
            }
        }

        func run() throws {
            let client = try options.connect(withSession: false)
            defer { client.close() }
            var setup = BenchSetup(client: client, examples: examples, password: password, drafts: drafts, cases: cases)
            if !options.json { setup.progress = { out($0) } }
            let manifest = try setup.run()
            let text: String
            do {
                text = try ZCJSON.encodePretty(manifest) + "\n"
            } catch {
                throw CLIError.local("cannot encode the manifest: \(error)")
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                throw CLIError.local("cannot write \(output)")
            }
            struct Summary: Encodable { var manifest: String; var batch: Int64?; var drafts: Int; var cases: Int }
            options.emit(Summary(manifest: output, batch: manifest.batch, drafts: drafts, cases: cases)) {
                out("wrote \(output): \(drafts) drafts and \(cases) submitted cases in batch \(manifest.batch ?? 0)")
            }
        }
    }
}

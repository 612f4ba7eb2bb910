import ArgumentParser
import Foundation
import Glibc
import ZCEngine

/// `zcd generate`: a realistic province written straight into a new state folder, for benchmarks.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a province-scale data set (河北: organisations, staff, declarations) into a new state folder.",
        discussion: """
            Creates DIR/zcd.sqlite with the normal migrations and fills it: the organisation tree of 河北 (the \
            provincial office, 11 cities, 雄安新区, 定州 and 辛集, their counties and departments, provincial units and \
            about --employers employers), an admin, a handler and a leader for every organisation, committees, one \
            batch per city-level office and one for the provincial units, and --applicants applicants with one \
            declaration each in every state, with sections, evidence, snapshots, review history and audit trail. \
            Every account has the same password, already changed; DIR/generated.json lists it with sample \
            applicants and the reviewers with the longest queues (docs/performance.md, "Province-scale data"). \
            Then start the daemon on DIR as usual.
            """)

    @Option(name: .customLong("state-dir"), help: ArgumentHelp("The state folder to create.", valueName: "dir"))
    var stateDir: String

    @Option(help: "Applicants, each with one declaration.")
    var applicants = 200_000

    @Option(help: "About this many employers (申报单位).")
    var employers = 2_000

    @Option(help: "How many cities (石家庄 first) take employers: 11, or 1 to put every declaration in one city.")
    var cities = 11

    @Option(help: "Random seed: the same seed gives the same province.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The password of every generated account.", valueName: "password"))
    var password = ProvinceGeneratorConfig().password

    @Flag(help: "Replace the database, evidence and manifest already in the state folder.")
    var force = false

    func validate() throws {
        guard (1...5_000_000).contains(applicants) else { throw ValidationError("--applicants must be 1 to 5,000,000") }
        guard (1...9_000).contains(employers) else { throw ValidationError("--employers must be 1 to 9,000") }
        guard (1...11).contains(cities) else { throw ValidationError("--cities must be 1 to 11") }
        guard password.count >= 8 else { throw ValidationError("--password needs at least 8 characters") }
    }

    func run() throws {
        umask(0o027)
        let folder = StateFolder(path: stateDir)
        do {
            try folder.prepare(force: force)
        } catch let error as StateFolder.Occupied {
            printError("zcd generate: \(error)")
            throw ExitCode(1)
        }
        var config = ProvinceGeneratorConfig()
        config.applicants = applicants
        config.employers = employers
        config.cities = cities
        config.seed = seed
        config.password = password
        let store = try Store(path: folder.database)
        let printer = ProgressPrinter()
        let result = try ProvinceGenerator(config).generate(into: store) { printer.show($0) }
        try store.close()
        try result.manifest.write(to: folder.manifest)
        printer.finish()
        print(SummaryText.render(result.summary, manifest: folder.manifest))
    }
}

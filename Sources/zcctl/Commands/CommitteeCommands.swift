import ArgumentParser
import Foundation
import ZCProtocol

struct Committee: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committee",
        abstract: "Review committees (评委会).",
        subcommands: [
            CommitteeCreate.self, CommitteeList.self, CommitteeShow.self, CommitteeEdit.self, CommitteeDisable.self,
            CommitteeEnable.self, CommitteeCases.self,
        ])

    /// The committee for people: one field a line.
    static func printDetails(_ c: CommitteeInfo) {
        var fields = FieldList()
        fields.add("code", c.code)
        fields.add("name", c.name)
        fields.add("series", "\(c.seriesName) (\(c.seriesCode))")
        fields.add("level", "\(c.levelName) (\(c.level.rawValue))")
        fields.add("review type", "\(c.reviewTypeName) (\(c.reviewType.rawValue))")
        fields.add("forming", "\(c.formingOrganization.name) (\(c.formingOrganization.code))")
        fields.add("authority", "\(c.authorityOrganization.name) (\(c.authorityOrganization.code))")
        fields.add("owner", "\(c.owner.name) (\(c.owner.code))")
        fields.add("specialties", c.specialties.joined(separator: "、"))
        fields.add("status", c.disabled ? "disabled" : "enabled")
        fields.add("created", ISO8601DateFormatter().string(from: c.createdAt))
        fields.print()
    }
}

struct CommitteeCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a committee owned by your organisation (committee.create).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The committee's code: 3–20 of A–Z, 0–9 and '-', e.g. HB-GJ-JY01.") var code: String
    @Option(help: "The committee's name.") var name: String
    @Option(help: "The series code (zcctl ref series lists them).") var series: String
    @Option(help: "chuji (初级), zhongji (中级) or gaoji (高级).", transform: { try wireEnum($0) })
    var level: CommitteeLevel
    @Option(
        name: .customLong("review-type"), help: "social (社会化评审) or selfReview (自主评审).",
        transform: { try wireEnum($0) })
    var reviewType: ReviewType
    @Option(help: "The forming organisation's code (组建单位): yours or one below it.") var forming: String
    @Option(help: "The authorising title-reform office's code (授权管理单位), at or above the forming one.")
    var authority: String
    @Option(name: .customLong("specialty"), help: "A specialty it reviews (评审专业); repeat for each.")
    var specialties: [String] = []

    func run() throws {
        let committee = try options.call(
            CreateCommitteeRequest(
                code: code, name: name, seriesCode: series, level: level, reviewType: reviewType,
                formingOrganizationCode: forming, authorityOrganizationCode: authority, specialties: specialties))
        options.emit(committee) {
            out("created committee \(committee.code)")
            Committee.printDetails(committee)
        }
    }
}

struct CommitteeList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List review committees (committee.list).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Only committees of this series.") var series: String?
    @Option(help: "Only this level: chuji, zhongji or gaoji.", transform: { try wireEnum($0) })
    var level: CommitteeLevel?
    @Flag(help: "Also list disabled committees.") var includeDisabled = false
    @OptionGroup var paging: ListPageOptions

    func run() throws {
        let page = try options.call(
            ListCommitteesRequest(
                seriesCode: series, level: level, includeDisabled: includeDisabled ? true : nil, page: paging.params))
        options.emit(page) {
            guard !page.items.isEmpty else { return out(pageFooter(page, noun: "committees")) }
            var table = TextTable(["CODE", "NAME", "SERIES", "LEVEL", "TYPE", "FORMING", "STATUS"])
            for c in page.items {
                table.add([
                    c.code, c.name, c.seriesName, c.levelName, c.reviewTypeName,
                    "\(c.formingOrganization.name) (\(c.formingOrganization.code))",
                    c.disabled ? "disabled" : "enabled",
                ])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
            out(pageFooter(page))
        }
    }
}

struct CommitteeShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one committee (committee.show)."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The committee's code.") var code: String

    func run() throws {
        let committee = try options.call(ShowCommitteeRequest(code: code))
        options.emit(committee) { Committee.printDetails(committee) }
    }
}

struct CommitteeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a committee's name, specialties or authorising office (committee.edit).",
        discussion: "Series, level, review type and forming organisation are fixed once created.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The committee's code.") var code: String
    @Option(help: "The new name.") var name: String?
    @Option(name: .customLong("specialty"), help: "The new list of specialties, replacing the old; repeat for each.")
    var specialties: [String] = []
    @Option(help: "The new authorising title-reform office's code.") var authority: String?

    func validate() throws {
        if name == nil && specialties.isEmpty && authority == nil {
            throw ValidationError("nothing to change: give --name, --specialty or --authority")
        }
    }

    func run() throws {
        let committee = try options.call(
            EditCommitteeRequest(
                code: code, name: name, specialties: specialties.isEmpty ? nil : specialties,
                authorityOrganizationCode: authority))
        options.emit(committee) {
            out("changed committee \(committee.code)")
            Committee.printDetails(committee)
        }
    }
}

struct CommitteeDisable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable a committee, with a reason (committee.disable).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The committee's code.") var code: String
    @Option(help: "Why (kept in the audit trail).") var reason: String

    func run() throws {
        let committee = try options.call(DisableCommitteeRequest(code: code, reason: reason))
        options.emit(committee) { out("disabled committee \(committee.code) (\(committee.name))") }
    }
}

struct CommitteeEnable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "Enable a disabled committee again (committee.enable).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The committee's code.") var code: String

    func run() throws {
        let committee = try options.call(EnableCommitteeRequest(code: code))
        options.emit(committee) { out("enabled committee \(committee.code) (\(committee.name))") }
    }
}

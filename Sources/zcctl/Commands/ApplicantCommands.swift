import ArgumentParser
import Foundation
import ZCProtocol

struct Applicant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applicant",
        abstract: "Applicants' accounts (申报人) of your organisation.",
        discussion: "Applicants log in with their resident ID number; a lower-case x is accepted everywhere.",
        subcommands: [
            ApplicantCreate.self, ApplicantList.self, ApplicantShow.self, ApplicantEdit.self, ApplicantDisable.self,
            ApplicantEnable.self, ApplicantResetPassword.self,
        ])

    /// The applicant for people: one field a line.
    static func printDetails(_ a: ApplicantInfo) {
        var fields = FieldList()
        fields.add("ID number", a.idNumber)
        fields.add("name", a.name)
        fields.add("gender", a.genderName)
        fields.add("birth date", a.birthDate)
        fields.add("phone", a.phone ?? "—")
        fields.add("employer", "\(a.employer.name) (\(a.employer.code))")
        fields.add("status", status(a))
        fields.add("created", ISO8601DateFormatter().string(from: a.createdAt))
        fields.print()
    }

    static func status(_ a: ApplicantInfo) -> String {
        if a.disabled { return "disabled" }
        return a.mustChangePassword ? "password must be changed" : "active"
    }

    static func printCredentials(_ c: IssuedCredentials) {
        out("login (ID number): \(c.account)")
        out("initial password:  \(c.initialPassword)")
        out("This password is shown once; the applicant must change it at the first login.")
    }
}

struct ApplicantCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create an applicant's account (applicant.create).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number (18 characters); it becomes the login.") var idNumber: String
    @Option(help: "The applicant's name.") var name: String
    @Option(help: "A mobile number or a landline with area code.") var phone: String?

    func run() throws {
        let result = try options.call(CreateApplicantRequest(idNumber: idNumber, name: name, phone: phone))
        options.emit(result) {
            out("created applicant \(result.applicant.name) at \(result.applicant.employer.name)")
            Applicant.printCredentials(result.credentials)
        }
    }
}

struct ApplicantList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List or search your organisation's applicants (applicant.list).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Digits: ID numbers starting so; anything else: names containing it.") var query: String?
    @Flag(help: "Also list disabled applicants.") var includeDisabled = false
    @OptionGroup var paging: ListPageOptions

    func run() throws {
        let page = try options.call(
            ListApplicantsRequest(query: query, includeDisabled: includeDisabled ? true : nil, page: paging.params))
        options.emit(page) {
            guard !page.items.isEmpty else { return out(pageFooter(page, noun: "applicants")) }
            var table = TextTable(["ID NUMBER", "NAME", "GENDER", "BIRTH DATE", "PHONE", "STATUS"])
            for a in page.items {
                table.add([a.idNumber, a.name, a.genderName, a.birthDate, a.phone ?? "—", Applicant.status(a)])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
            out(pageFooter(page))
        }
    }
}

struct ApplicantShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one applicant (applicant.show)."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number.") var idNumber: String

    func run() throws {
        let applicant = try options.call(ShowApplicantRequest(idNumber: idNumber))
        options.emit(applicant) { Applicant.printDetails(applicant) }
    }
}

struct ApplicantEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an applicant's name or phone (applicant.edit).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number.") var idNumber: String
    @Option(help: "The new name.") var name: String?
    @Option(help: "The new phone; an empty value removes it.") var phone: String?

    func validate() throws {
        if name == nil && phone == nil { throw ValidationError("nothing to change: give --name or --phone") }
    }

    func run() throws {
        let applicant = try options.call(EditApplicantRequest(idNumber: idNumber, name: name, phone: phone))
        options.emit(applicant) {
            out("changed applicant \(applicant.idNumber)")
            Applicant.printDetails(applicant)
        }
    }
}

struct ApplicantDisable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an applicant's account; its sessions end (applicant.disable).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number.") var idNumber: String
    @Option(help: "Why (kept in the audit trail).") var reason: String

    func run() throws {
        let applicant = try options.call(DisableApplicantRequest(idNumber: idNumber, reason: reason))
        options.emit(applicant) { out("disabled applicant \(applicant.idNumber) (\(applicant.name))") }
    }
}

struct ApplicantEnable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "Enable a disabled applicant's account again (applicant.enable).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number.") var idNumber: String

    func run() throws {
        let applicant = try options.call(EnableApplicantRequest(idNumber: idNumber))
        options.emit(applicant) { out("enabled applicant \(applicant.idNumber) (\(applicant.name))") }
    }
}

struct ApplicantResetPassword: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password",
        abstract: "Give an applicant a new initial password; unlocks and ends its sessions (applicant.resetPassword).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The resident ID number.") var idNumber: String

    func run() throws {
        let credentials = try options.call(ResetApplicantPasswordRequest(idNumber: idNumber))
        options.emit(credentials) { Applicant.printCredentials(credentials) }
    }
}

import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl org …`: the organisation tree (组织机构).
struct Org: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Organisations (组织机构): create, list, show, edit, rename, disable, enable, reset an admin's password.",
        subcommands: [
            Create.self, List.self, Show.self, Edit.self, Rename.self, Disable.self, Enable.self,
            ResetAdminPassword.self,
        ])
}

extension Org {
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a child organisation and its admin account (创建次级机构).",
            discussion: """
                The code is the parent's code plus 4 digits: give them with --serial or let zcd take the lowest free \
                one in the category's range. The admin's initial password is shown once.
                """)
        @OptionGroup var options: GlobalOptions
        @Option(help: "The parent organisation's code.") var parent: String
        @Option(help: "What the new organisation is.") var kind: OrganizationKind
        @Option(help: "Its category (departments, self-reviewing units, talent centres).")
        var category: OrganizationCategory?
        @Option(help: "The own 4 digits of its code (default: the next free one).") var serial: String?
        @Option(help: "Its name.") var name: String
        @Option(help: "Its nature (default: stateOrgan for offices, publicInstitution for provincial units).")
        var nature: OrganizationNature?
        @Option(help: "Address.") var address: String?
        @Option(help: "Contact person.") var contact: String?
        @Option(help: "Contact phone.") var phone: String?

        func run() throws {
            let result = try options.call(
                CreateOrganizationRequest(
                    parentCode: parent, kind: kind, category: category, serial: serial, name: name, nature: nature,
                    address: address, contactPerson: contact, contactPhone: phone))
            options.emit(result) {
                out("created \(result.organization.name) (\(result.organization.code))")
                out("admin account:    \(result.admin.account)")
                out("initial password: \(result.admin.initialPassword)")
                out("This password is shown once; it must be changed at the first login.")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an organisation's profile (查看机构)."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The organisation's code.") var code: String

        func run() throws {
            let org = try options.call(ShowOrganizationRequest(code: code))
            options.emit(org) { OrganizationText.fields(org).print() }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Complete your own organisation's profile (编辑本级机构).",
            discussion: "Only the options given change; an empty value (--address '') clears a text field.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Your organisation's code.") var code: String
        @Option(help: "A new category; the code's serial must lie in its range.") var category: OrganizationCategory?
        @Option(help: "A new nature.") var nature: OrganizationNature?
        @Option(help: "Address.") var address: String?
        @Option(help: "Contact person.") var contact: String?
        @Option(help: "Contact phone.") var phone: String?

        func run() throws {
            let org = try options.call(
                EditOrganizationRequest(
                    code: code, category: category, nature: nature, address: address, contactPerson: contact,
                    contactPhone: phone))
            options.emit(org) { OrganizationText.fields(org).print() }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename a child organisation (修改机构名称)."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The organisation's code.") var code: String
        @Argument(help: "Its new name.") var name: String

        func run() throws {
            let org = try options.call(RenameOrganizationRequest(code: code, name: name))
            options.emit(org) { out("renamed \(org.code) to \(org.name)") }
        }
    }
}

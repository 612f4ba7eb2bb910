import ArgumentParser
import Foundation
import ZCProtocol

/// `zcctl staff …`: your organisation's handlers (经办人) and leaders (领导).
struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Staff accounts (工作人员) of your organisation: handlers and leaders and their permissions.",
        subcommands: [
            Create.self, List.self, Show.self, Edit.self, Permissions.self, Disable.self, Enable.self,
            ResetPassword.self, Grantable.self,
        ])
}

extension Staff {
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a staff account in your organisation (创建工作人员账号).",
            discussion: "The initial password is shown once. `zcctl staff grantable TYPE` lists the permissions.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String
        @Option(help: "The person's name.") var name: String
        @Option(name: .customLong("type"), help: "handler (经办人) or leader (领导).") var staffType: StaffType
        @Option(help: "Phone.") var phone: String?
        @Option(name: .customLong("permission"), help: "A permission to grant (repeat, or separate with commas).")
        var permissions: [String] = []

        func run() throws {
            let result = try options.call(
                CreateStaffRequest(
                    account: account, name: name, staffType: staffType, phone: phone,
                    permissions: StaffText.permissionNames(permissions)))
            options.emit(result) {
                StaffText.fields(result.staff).print()
                out("initial password: \(result.credentials.initialPassword)")
                out("This password is shown once; it must be changed at the first login.")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a staff account (查看工作人员).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String

        func run() throws {
            let staff = try options.call(ShowStaffRequest(account: account))
            options.emit(staff) { StaffText.fields(staff).print() }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a staff member's name or phone (编辑工作人员).",
            discussion: "Only the options given change; --phone '' clears the phone.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String
        @Option(help: "The person's name.") var name: String?
        @Option(help: "Phone.") var phone: String?

        func validate() throws {
            if name == nil && phone == nil { throw ValidationError("give --name, --phone or both") }
        }

        func run() throws {
            let staff = try options.call(EditStaffRequest(account: account, name: name, phone: phone))
            options.emit(staff) { StaffText.fields(staff).print() }
        }
    }

    struct Permissions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "permissions",
            abstract: "Replace a staff member's permissions (设置权限); effective at once.",
            discussion: "The permissions given become the whole set; --none removes them all.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String
        @Argument(help: "Permission names (also comma-separated).") var permissions: [String] = []
        @Flag(help: "Remove every permission.") var none = false

        func validate() throws {
            let names = StaffText.permissionNames(permissions)
            if names.isEmpty && !none {
                throw ValidationError("name the permissions, or give --none to remove them all")
            }
            if !names.isEmpty && none { throw ValidationError("--none takes no permission names") }
        }

        func run() throws {
            let staff = try options.call(
                SetStaffPermissionsRequest(account: account, permissions: StaffText.permissionNames(permissions)))
            options.emit(staff) { StaffText.fields(staff).print() }
        }
    }
}

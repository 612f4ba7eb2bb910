import ArgumentParser
import Foundation
import ZCProtocol

extension Staff {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List your organisation's staff (工作人员列表)."
        )
        @OptionGroup var options: GlobalOptions
        @Option(name: .customLong("type"), help: "Only handlers or only leaders.") var staffType: StaffType?
        @Flag(help: "Include disabled accounts.") var includeDisabled = false
        @Option(help: "Skip this many.") var offset: Int?
        @Option(help: "At most this many (1–500, default 50).") var limit: Int?
        @Flag(help: "Fetch every page.") var all = false

        func validate() throws {
            if all && (offset != nil || limit != nil) {
                throw ValidationError("--all fetches every page; leave out --offset and --limit")
            }
        }

        func run() throws {
            let client = try options.connect()
            defer { client.close() }
            func fetch(_ page: PageParams) throws(CLIError) -> ZCProtocol.Page<StaffInfo> {
                try options.call(
                    ListStaffRequest(
                        staffType: staffType, includeDisabled: includeDisabled ? true : nil, page: page),
                    on: client)
            }
            let page = all ? try fetchEveryPage(fetch) : try fetch(PageParams(offset: offset, limit: limit))
            options.emit(page) {
                guard page.total > 0 else {
                    out("no staff")
                    return
                }
                FileHandle.standardOutput.write(Data(StaffText.table(page.items).render().utf8))
                if let footer = pagingNote(total: page.total, offset: page.offset, count: page.items.count) {
                    out(footer)
                }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract: "Disable a staff account (停用工作人员): it cannot log in and its sessions end.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String

        func run() throws {
            let staff = try options.call(DisableStaffRequest(account: account))
            options.emit(staff) { out("disabled \(staff.account) (\(staff.name))") }
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable",
            abstract: "Enable a disabled staff account (启用工作人员)."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String

        func run() throws {
            let staff = try options.call(EnableStaffRequest(account: account))
            options.emit(staff) { out("enabled \(staff.account) (\(staff.name))") }
        }
    }

    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Give a staff account a new initial password (重置密码); it must be changed at the next login.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The login name.") var account: String

        func run() throws {
            let issued = try options.call(ResetStaffPasswordRequest(account: account))
            options.emit(issued) {
                out("account:          \(issued.account)")
                out("initial password: \(issued.initialPassword)")
                out("This password is shown once; it must be changed at the next login.")
            }
        }
    }

    struct Grantable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grantable",
            abstract: "List the permissions you may grant to a handler or a leader (可授予权限).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "handler or leader.") var staffType: StaffType

        func run() throws {
            let permissions = try options.call(GrantablePermissionsRequest(staffType: staffType))
            options.emit(permissions) {
                var table = TextTable(["PERMISSION", "NAME"])
                for p in permissions { table.add([p.name, p.chineseName]) }
                FileHandle.standardOutput.write(Data(table.render().utf8))
            }
        }
    }
}

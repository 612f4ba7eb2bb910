import ArgumentParser
import ZCProtocol

extension Org {
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract: "Disable a child organisation (停用机构): its accounts cannot log in, their sessions end.",
            discussion: "Refused while it has enabled children. Nothing is deleted; `zcctl org enable` undoes it.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The organisation's code.") var code: String
        @Option(help: "Why (kept in the audit trail).") var reason: String

        func run() throws {
            let org = try options.call(DisableOrganizationRequest(code: code, reason: reason))
            options.emit(org) { out("disabled \(org.name) (\(org.code))") }
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable",
            abstract: "Enable a disabled child organisation (启用机构)."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The organisation's code.") var code: String

        func run() throws {
            let org = try options.call(EnableOrganizationRequest(code: code))
            options.emit(org) { out("enabled \(org.name) (\(org.code))") }
        }
    }

    struct ResetAdminPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-admin-password",
            abstract: "Give a child organisation's admin a new initial password (重置下级管理员密码).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The child organisation's code.") var code: String

        func run() throws {
            let issued = try options.call(ResetOrganizationAdminPasswordRequest(code: code))
            options.emit(issued) {
                out("admin account:    \(issued.account)")
                out("initial password: \(issued.initialPassword)")
                out("This password is shown once; the admin must change it at the next login.")
            }
        }
    }
}

import ArgumentParser
import Foundation
import ZCProtocol

struct Login: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Log in; later commands act as this account.",
        discussion: "The password is asked for on the terminal, or read as one line from standard input.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Account name (applicants: resident ID number).") var account: String

    func run() throws {
        let password = try PasswordPrompt.read("password for \(account): ")
        let client = try options.connect(withSession: false)
        defer { client.close() }
        let result = try options.call(LoginRequest(account: account, password: password), on: client)
        do {
            try SessionFile.save(token: result.token, for: client.path)
        } catch {
            throw CLIError.local("logged in, but could not save the session: \(error)")
        }
        struct Summary: Encodable {
            var account: AccountInfo
            var expiresAt: Date
            var mustChangePassword: Bool
        }
        options.emit(Summary(account: result.account, expiresAt: result.expiresAt, mustChangePassword: result.mustChangePassword)) {
            out("logged in as \(result.account.account) (\(result.account.displayName), \(result.account.organization.name))")
            if result.mustChangePassword {
                out("You must change your password before anything else: zcctl passwd")
            }
        }
    }
}

struct Logout: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "End the saved session.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let client = try options.connect()
        defer { client.close() }
        guard client.session != nil else { throw CLIError.usage("not logged in") }
        let outcome = Result { () throws(CLIError) in try options.call(LogoutRequest(), on: client) }
        do {
            try SessionFile.save(token: nil, for: client.path)
        } catch {
            throw CLIError.local("could not remove the saved session: \(error)")
        }
        if case .failure(let e) = outcome, case .remote(let wire, _) = e, wire.code != .unauthenticated { throw e }
        options.emit(Empty()) { out("logged out") }
    }
}

struct WhoAmI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show who the daemon takes you for."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let me = try options.call(WhoAmIRequest())
        options.emit(me) {
            out("peer:     uid \(me.uid) gid \(me.gid) pid \(me.pid)\(me.isOperator ? " (operator)" : "")")
            guard let a = me.account else {
                out("account:  none (not logged in)")
                return
            }
            out("account:  \(a.account) — \(a.displayName)")
            out("kind:     \(a.kind.rawValue)\(a.staffType.map { " (\($0.rawValue))" } ?? "")")
            out("org:      \(a.organization.name) (\(a.organization.code))")
            if !a.permissions.isEmpty { out("permits:  \(a.permissions.joined(separator: ", "))") }
            if a.mustChangePassword { out("password: must be changed (zcctl passwd)") }
        }
    }
}

struct Passwd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Change your password.",
        discussion: "Asks for the old and the new password (twice on a terminal); from standard input: old, then new.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let old = try PasswordPrompt.read("old password: ")
        let new = try PasswordPrompt.read("new password: ")
        if isatty(STDIN_FILENO) == 1 {
            let again = try PasswordPrompt.read("new password again: ")
            guard again == new else { throw CLIError.usage("the two new passwords differ") }
        }
        _ = try options.call(ChangePasswordRequest(oldPassword: old, newPassword: new))
        options.emit(Empty()) { out("password changed") }
    }
}

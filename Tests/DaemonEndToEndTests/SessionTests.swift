import Foundation
import Testing
import ZCProtocol

/// Bootstrap and the first login: system.init → session.login → the forced password change → session.whoami,
/// through the client library and through the zcctl binary.
@Suite struct SessionTests {
    static let newPassword = "N3w-Passw0rd!"

    @Test func initLoginPasswdWhoamiThroughTheClient() throws {
        let daemon = try Daemon()
        let operatorClient = try daemon.connect()

        let created = try operatorClient.call(SystemInitRequest())
        #expect(created.organization == OrganizationRef(code: "13", name: "河北省职称改革领导小组办公室"))
        #expect(created.admin.account == "admin13")
        #expect(created.admin.initialPassword.count == 12)
        let again = remoteError { try operatorClient.call(SystemInitRequest()) }
        #expect(again?.code == .failedPrecondition)
        #expect(again?.data.state == "initialized")

        let client = try daemon.connect()
        let login = try client.call(LoginRequest(account: "admin13", password: created.admin.initialPassword))
        #expect(login.mustChangePassword)
        #expect(login.token.count == 64)
        #expect(login.token.allSatisfy { $0.isHexDigit })
        #expect(login.expiresAt > Date())
        #expect(login.account.account == "admin13")
        #expect(login.account.kind == .orgAdmin)
        #expect(login.account.organization.code == "13")

        // Until the password is changed, everything else is refused with password_change_required.
        for refused in [
            remoteError { try client.call(SystemInitRequest()) },
            remoteError { try client.call(ResetProvinceAdminPasswordRequest()) },
        ] {
            #expect(refused?.code == .passwordChangeRequired)
            #expect(refused?.code.rawValue == 1007)
        }
        let before = try client.call(WhoAmIRequest())
        #expect(before.account?.mustChangePassword == true)
        #expect(before.isOperator)

        // A wrong old password and a weak new one are refused with every problem named.
        let wrongOld = remoteError {
            try client.call(ChangePasswordRequest(oldPassword: "nope", newPassword: Self.newPassword))
        }
        #expect(wrongOld?.code == .invalidArgument)
        #expect(wrongOld?.data.field == "params.oldPassword")
        let weak = remoteError {
            try client.call(ChangePasswordRequest(oldPassword: created.admin.initialPassword, newPassword: "admin13"))
        }
        #expect(weak?.code == .invalidArgument)
        #expect(weak?.data.field == "params.newPassword")
        #expect((weak?.data.violations?.count ?? 0) >= 3, "too short, too few classes, contains the account name")

        #expect(
            try client.call(
                ChangePasswordRequest(oldPassword: created.admin.initialPassword, newPassword: Self.newPassword))
                == Empty())
        let after = try client.call(WhoAmIRequest())
        #expect(after.account?.account == "admin13")
        #expect(after.account?.mustChangePassword == false)
        #expect(after.uid == Int(getuid()))
        // The gate is lifted: system.init now fails for its own reason.
        #expect(remoteError { try client.call(SystemInitRequest()) }?.code == .failedPrecondition)

        // The old password no longer works; the new one does, without the forced change.
        let other = try daemon.connect()
        let old = remoteError {
            try other.call(LoginRequest(account: "admin13", password: created.admin.initialPassword))
        }
        #expect(old?.code == .unauthenticated)
        let relogin = try other.call(
            LoginRequest(account: "admin13", password: Self.newPassword, bindConnection: false))
        #expect(!relogin.mustChangePassword)
        // bindConnection false: the connection itself stays anonymous; the token works on any connection.
        #expect(try other.call(WhoAmIRequest()).account == nil)
        let third = try daemon.connect()
        third.session = relogin.token
        #expect(try third.call(WhoAmIRequest()).account?.account == "admin13")

        // Logging out ends the session everywhere it was used.
        #expect(try third.call(LogoutRequest()) == Empty())
        #expect(remoteError { try third.call(WhoAmIRequest()) }?.code == .unauthenticated)
        third.session = nil
        #expect(try third.call(WhoAmIRequest()).account == nil)
        // The first connection's own session is unaffected; its logout unbinds it.
        #expect(try client.call(LogoutRequest()) == Empty())
        #expect(try client.call(WhoAmIRequest()).account == nil)
        #expect(try daemon.stop() == 0, "\(daemon.log)")
    }

    @Test func initLoginPasswdWhoamiThroughZcctl() throws {
        let daemon = try Daemon()
        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)

        let initialized = try zcctl.run(["init"], json: true)
        #expect(initialized.status == 0, "\(initialized)")
        let created = try ZCJSON.decode(SystemInitResult.self, from: Array(initialized.stdout.utf8))
        #expect(created.admin.account == "admin13")
        let password = created.admin.initialPassword

        let twice = try zcctl.run(["init"])
        #expect(twice.status == 1, "\(twice)")
        #expect(twice.stderr.contains("[failed_precondition]"), "\(twice)")

        let wrong = try zcctl.run(["login", "admin13"], stdin: "wrong-password\n")
        #expect(wrong.status == 1, "\(wrong)")
        #expect(wrong.stderr.contains("[unauthenticated]"), "\(wrong)")

        let login = try zcctl.run(["login", "admin13"], stdin: password + "\n")
        #expect(login.status == 0, "\(login)")
        #expect(login.stdout.contains("logged in as admin13"), "\(login)")
        #expect(login.stdout.contains("zcctl passwd"), "\(login)")
        let sessionFile = zcctl.configHome + "/zcctl/session"
        #expect(FileManager.default.fileExists(atPath: sessionFile))
        let mode = (try FileManager.default.attributesOfItem(atPath: sessionFile)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600, "session file mode \(String(mode, radix: 8))")

        let gated = try zcctl.run(["init"])
        #expect(gated.status == 1, "\(gated)")
        #expect(gated.stderr.contains("[password_change_required]"), "\(gated)")

        let whoBefore = try zcctl.run(["whoami"], json: true)
        #expect(whoBefore.status == 0, "\(whoBefore)")
        let before = try ZCJSON.decode(CallerInfo.self, from: Array(whoBefore.stdout.utf8))
        #expect(before.account?.mustChangePassword == true)

        let weak = try zcctl.run(["passwd"], stdin: password + "\nshort\n")
        #expect(weak.status == 1, "\(weak)")
        #expect(weak.stderr.contains("[invalid_argument]"), "\(weak)")
        #expect(weak.stderr.contains("params.newPassword"), "\(weak)")

        let passwd = try zcctl.run(["passwd"], stdin: password + "\n" + Self.newPassword + "\n")
        #expect(passwd.status == 0, "\(passwd)")
        #expect(passwd.stdout == "password changed\n", "\(passwd)")

        let whoami = try zcctl.run(["whoami"])
        #expect(whoami.status == 0, "\(whoami)")
        #expect(whoami.stdout.contains("(operator)"), "\(whoami)")
        #expect(whoami.stdout.contains("account:  admin13 — 河北省职称改革领导小组办公室管理员"), "\(whoami)")
        #expect(whoami.stdout.contains("org:      河北省职称改革领导小组办公室 (13)"), "\(whoami)")
        #expect(!whoami.stdout.contains("must be changed"), "\(whoami)")

        let whoJSON = try zcctl.run(["whoami"], json: true)
        let after = try ZCJSON.decode(CallerInfo.self, from: Array(whoJSON.stdout.utf8))
        #expect(after.account?.account == "admin13")
        #expect(after.account?.mustChangePassword == false)

        let logout = try zcctl.run(["logout"])
        #expect(logout.status == 0, "\(logout)")
        #expect(logout.stdout == "logged out\n")
        let anonymous = try zcctl.run(["whoami"])
        #expect(anonymous.stdout.contains("account:  none (not logged in)"), "\(anonymous)")
        let logoutAgain = try zcctl.run(["logout"])
        #expect(logoutAgain.status == 2, "\(logoutAgain)")

        let relogin = try zcctl.run(["login", "admin13"], json: true, stdin: Self.newPassword + "\n")
        #expect(relogin.status == 0, "\(relogin)")
        #expect(relogin.stdout.contains(#""mustChangePassword":false"#), "\(relogin)")
    }

    @Test func zcctlUsageErrorsExitTwo() throws {
        let folder = try TempFolder()
        let zcctl = Zcctl(folder: folder, socket: nil)
        for args in [["frobnicate"], ["login"], ["ping", "--no-such-flag"], ["call"]] {
            let run = try zcctl.run(args)
            #expect(run.status == 2, "zcctl \(args): \(run)")
            #expect(!run.stderr.isEmpty, "zcctl \(args) said nothing")
        }
        let help = try zcctl.run(["--help"])
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("Exit codes"), "\(help)")
    }

    @Test func zcctlSaysWhereItLookedWhenTheDaemonIsUnreachable() throws {
        let folder = try TempFolder()
        let missing = folder.file("nobody.sock")
        let flag = try Zcctl(folder: folder, socket: missing).run(["ping"])
        #expect(flag.status == 3, "\(flag)")
        #expect(flag.stderr.contains(missing), "\(flag)")
        #expect(flag.stderr.contains("--socket"), "\(flag)")
        #expect(flag.stdout.isEmpty)

        let env = try Zcctl(folder: folder, socket: nil).run(["whoami"], environment: ["ZC_SOCKET": missing])
        #expect(env.status == 3, "\(env)")
        #expect(env.stderr.contains(missing), "\(env)")
        #expect(env.stderr.contains("ZC_SOCKET"), "\(env)")

        // A stale socket file (nothing listening) is unreachable too, not a hang.
        let stale = folder.file("stale.sock")
        try UnixSockets.makeStaleSocketFile(at: stale)
        let refused = try Zcctl(folder: folder, socket: stale).run(["ping"])
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains(stale), "\(refused)")
    }

    @Test func fiveWrongPasswordsLockTheAccount() throws {
        let daemon = try Daemon(config: ["lockout_seconds": "600"])
        let created = try daemon.connect().call(SystemInitRequest())
        let client = try daemon.connect()
        for attempt in 1...4 {
            let e = remoteError { try client.call(LoginRequest(account: "admin13", password: "wrong-\(attempt)")) }
            #expect(e?.code == .unauthenticated, "attempt \(attempt)")
        }
        let fifth = remoteError { try client.call(LoginRequest(account: "admin13", password: "wrong-5")) }
        #expect(fifth?.code == .lockedOut)
        #expect(fifth?.code.rawValue == 1008)
        #expect(fifth?.data.retryAfterSeconds == 600)
        // Locked: even the right password is refused until the time is up.
        let right = remoteError {
            try client.call(LoginRequest(account: "admin13", password: created.admin.initialPassword))
        }
        #expect(right?.code == .lockedOut)
        #expect((1...600).contains(right?.data.retryAfterSeconds ?? 0), "\(String(describing: right))")

        let zcctl = Zcctl(folder: daemon.folder, socket: daemon.socketPath)
        let run = try zcctl.run(["login", "admin13"], stdin: created.admin.initialPassword + "\n")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("[locked_out]"), "\(run)")
        #expect(run.stderr.contains("retry after"), "\(run)")

        // The operator's rescue unlocks it with a new initial password.
        let reset = try daemon.connect().call(ResetProvinceAdminPasswordRequest())
        #expect(reset.account == "admin13")
        let login = try client.call(LoginRequest(account: "admin13", password: reset.initialPassword))
        #expect(login.mustChangePassword)
    }

    @Test func unknownAccountIsTheSameErrorAsAWrongPassword() throws {
        let daemon = try Daemon()
        _ = try daemon.connect().call(SystemInitRequest())
        let client = try daemon.connect()
        let unknown = remoteError { try client.call(LoginRequest(account: "nobody", password: "x")) }
        let wrong = remoteError { try client.call(LoginRequest(account: "admin13", password: "x")) }
        #expect(unknown?.code == .unauthenticated)
        #expect(unknown == wrong, "the answer must not tell whether the account exists")
    }

    @Test func stateSurvivesARestart() throws {
        let folder = try TempFolder()
        let socket = folder.file("zcd.sock")
        let first = try Daemon(folder: folder, socketPath: socket)
        let created = try first.connect().call(SystemInitRequest())
        #expect(try first.stop() == 0, "\(first.log)")
        // The same state folder, a new process.
        let second = try Daemon(folder: folder, socketPath: socket, stateDirectory: first.stateDirectory)
        let login = try second.connect().call(LoginRequest(account: "admin13", password: created.admin.initialPassword))
        #expect(login.mustChangePassword)
        #expect(remoteError { try second.connect().call(SystemInitRequest()) }?.code == .failedPrecondition)
    }
}

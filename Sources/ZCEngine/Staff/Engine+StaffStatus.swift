import GRDB

extension Engine {
    /// 停用工作人员 — the own organisation's admin disables a staff account; it cannot log in and its sessions end.
    public func disableStaff(login: String, caller: Caller) async throws -> StaffView {
        try await setStaffDisabled(true, login: login, caller: caller)
    }

    /// 启用工作人员 — enables a disabled staff account again.
    public func enableStaff(login: String, caller: Caller) async throws -> StaffView {
        try await setStaffDisabled(false, login: login, caller: caller)
    }

    private func setStaffDisabled(_ disabled: Bool, login: String, caller: Caller) async throws -> StaffView {
        let now = clock.now()
        let view = try await write { db -> StaffView in
            let (org, _) = try self.requireStaffManager(db, caller)
            var account = try self.staffAccount(db, login: login, in: org)
            guard account.disabled != disabled else {
                let state = disabled ? "disabled" : "enabled"
                throw EngineError.failedPrecondition("staff account \(login) is already \(state)", state: state)
            }
            account.disabled = disabled
            account.updatedAt = now
            try account.update(db)
            var detail = ["account": login]
            if disabled, let id = account.id {
                detail["sessionsEnded"] = String(try self.endStoredSessions(db, accountIDs: [id]))
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: disabled ? "staff.disable" : "staff.enable", organizationID: org.id, targetType: "account",
                    targetID: account.id.map(String.init), detail: detail))
            return try self.staffView(db, account, in: org)
        }
        if disabled { sessions.removeAll(accountID: view.id) }
        return view
    }

    /// 重置工作人员密码 — a new initial password, shown once; it must be changed at the next login, the account is
    /// unlocked and its sessions end.
    public func resetStaffPassword(login: String, caller: Caller) async throws -> IssuedPassword {
        let (password, hash) = try await newInitialPassword()
        let now = clock.now()
        let account = try await write { db -> AccountRecord in
            let (org, _) = try self.requireStaffManager(db, caller)
            var account = try self.staffAccount(db, login: login, in: org)
            try self.applyPasswordReset(db, &account, hash: hash, now: now)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "staff.resetPassword", organizationID: org.id, targetType: "account",
                    targetID: account.id.map(String.init), detail: ["account": login]))
            return account
        }
        if let id = account.id { sessions.removeAll(accountID: id) }
        return IssuedPassword(login: account.login, password: password)
    }
}

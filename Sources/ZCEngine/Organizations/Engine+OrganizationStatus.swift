import GRDB

extension Engine {
    /// 停用机构 — the parent's admin disables a child organisation; it is never deleted. Refused while it has enabled
    /// children. Its accounts (admin, staff, applicants) can no longer log in and their sessions end at once.
    public func disableOrganization(code: String, reason rawReason: String, caller: Caller) async throws
        -> OrganizationView
    {
        var violations: [Violation] = []
        let reason = Validate.text(rawReason, field: "reason", max: 200, into: &violations)
        let now = clock.now()
        let found = violations
        let (view, accounts) = try await write { db -> (OrganizationView, Set<Int64>) in
            var org = try self.organization(db, code: code)
            try self.requireParentAdmin(of: org, caller)
            guard found.isEmpty else { throw EngineError.invalidArgument(found) }
            guard !org.disabled else {
                throw EngineError.failedPrecondition("\(org.name) (\(org.code)) is already disabled", state: "disabled")
            }
            let enabledChildren =
                try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT count(*) FROM organization WHERE parent_id = ? AND disabled = 0"),
                    arguments: [org.id]) ?? 0
            guard enabledChildren == 0 else {
                throw EngineError.failedPrecondition(
                    "\(org.name) (\(org.code)) has \(enabledChildren) enabled child organisation"
                        + (enabledChildren == 1 ? "; disable it first" : "s; disable them first"),
                    state: "hasEnabledChildren")
            }
            org.disabled = true
            org.updatedAt = now
            try org.update(db)
            let accounts = Set(
                try Int64.fetchAll(
            try db.cachedStatement(sql: "SELECT id FROM account WHERE organization_id = ?"), arguments: [org.id]))
            let ended = try self.endStoredSessions(db, accountIDs: accounts)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.disable", organizationID: org.id, targetType: "organization", targetID: org.code,
                    detail: ["reason": reason, "sessionsEnded": String(ended)]))
            return (try self.view(db, org), accounts)
        }
        sessions.removeAll(accountIDs: accounts)
        return view
    }

    /// 启用机构 — the parent's admin enables a disabled child again; its accounts may log in as before (each keeps
    /// its own disabled flag). Refused while the parent itself is disabled.
    public func enableOrganization(code: String, caller: Caller) async throws -> OrganizationView {
        let now = clock.now()
        return try await write { db in
            var org = try self.organization(db, code: code)
            try self.requireParentAdmin(of: org, caller)
            guard org.disabled else {
                throw EngineError.failedPrecondition("\(org.name) (\(org.code)) is not disabled", state: "enabled")
            }
            if let parentID = org.parentId, try self.organization(db, id: parentID).disabled {
                throw EngineError.failedPrecondition(
                    "the parent of \(org.name) (\(org.code)) is disabled; enable it first", state: "parentDisabled")
            }
            org.disabled = false
            org.updatedAt = now
            try org.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.enable", organizationID: org.id, targetType: "organization", targetID: org.code))
            return try self.view(db, org)
        }
    }

    /// 重置下级管理员密码 — the parent's admin gives a child's admin a new initial password, shown once: it must be
    /// changed at the next login; the account is unlocked and its sessions end.
    public func resetOrganizationAdminPassword(code: String, caller: Caller) async throws -> IssuedPassword {
        let (password, hash) = try await newInitialPassword()
        let now = clock.now()
        let admin = try await write { db -> AccountRecord in
            let org = try self.organization(db, code: code)
            try self.requireParentAdmin(of: org, caller)
            guard
                var admin = try AccountRecord.filter(
                    Column("organization_id") == org.id && Column("kind") == AccountKind.orgAdmin.rawValue
                ).fetchOne(db)
            else {
                throw EngineError.failedPrecondition(
                    "\(org.name) (\(org.code)) has no admin account", state: "noAdmin")
            }
            try self.applyPasswordReset(db, &admin, hash: hash, now: now)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.resetAdminPassword", organizationID: org.id, targetType: "account",
                    targetID: admin.id.map(String.init), detail: ["account": admin.login, "organization": org.code]))
            return admin
        }
        if let id = admin.id { sessions.removeAll(accountID: id) }
        return IssuedPassword(login: admin.login, password: password)
    }

    /// The account's organisation when it is disabled; nil when it is enabled (or gone).
    func organizationDisabled(id: Int64) async throws -> OrganizationRecord? {
        try read { db in
            guard let org = try OrganizationRecord.find(db, id: id), org.disabled else { return nil }
            return org
        }
    }
}

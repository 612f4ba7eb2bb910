public import Foundation
import GRDB

/// A successful login.
public struct LoginOutcome: Sendable {
    /// The token to hand to the client; the store keeps only its hash.
    public var token: String
    public var expiresAt: Date
    public var principal: Principal
    public var account: AccountView
}

extension Engine {
    /// 登录 — checks account and password, counts failures and locks the account after too many.
    public func login(account typed: String, password: String, caller: Caller) async throws -> LoginOutcome {
        // Applicants log in with their ID number, often typed with a lower-case x.
        let login = ApplicantRules.normalizedLogin(typed)
        let now = clock.now()
        let found = try read { db in
            try AccountRecord.filter(Column("login") == login).fetchOne(db)
        }
        guard let record = found, let accountID = record.id else {
            let hasher = self.hasher
            try await SlowWork.run { hasher.burn(password) }
            await auditSeparately(
                caller,
                AuditEntry(action: "session.login", outcome: .denied, detail: ["login": login, "reason": "unknown"]))
            throw EngineError.unauthenticated("wrong account or password")
        }
        let failure = AuditEntry(
            action: "session.login", outcome: .denied, organizationID: record.organizationId,
            targetType: "account", targetID: String(accountID), actorAccountID: accountID, actorLogin: record.login,
            actorOrganizationID: record.organizationId)
        if let until = record.lockedUntil, until > now {
            var entry = failure
            entry.detail = ["reason": "locked"]
            await auditSeparately(caller, entry)
            throw EngineError.lockedOut(retryAfterSeconds: max(1, Int(until.timeIntervalSince(now).rounded(.up))))
        }
        let hasher = self.hasher
        let stored = record.passwordHash
        let matches = try await SlowWork.run { hasher.verify(password, against: stored) }
        guard matches else {
            let maxFailures = config.loginMaxFailures
            let lockout = TimeInterval(config.lockoutSeconds)
            let locked = try await write { db -> Bool in
                guard var r = try AccountRecord.find(db, id: accountID) else { return false }
                r.failedLogins += 1
                let lock = r.failedLogins >= maxFailures
                if lock {
                    r.failedLogins = 0
                    r.lockedUntil = now.addingTimeInterval(lockout)
                }
                r.updatedAt = now
                try r.update(db)
                var entry = failure
                entry.detail = ["reason": lock ? "wrong password; account locked" : "wrong password"]
                try self.audit(db, caller, entry)
                return lock
            }
            if locked { throw EngineError.lockedOut(retryAfterSeconds: config.lockoutSeconds) }
            throw EngineError.unauthenticated("wrong account or password")
        }
        if record.disabled {
            var entry = failure
            entry.detail = ["reason": "disabled"]
            await auditSeparately(caller, entry)
            throw EngineError.permissionDenied("this account is disabled", scope: "enabled account")
        }
        if let org = try await organizationDisabled(id: record.organizationId) {
            var entry = failure
            entry.detail = ["reason": "organization disabled"]
            await auditSeparately(caller, entry)
            throw EngineError.permissionDenied(
                "the organisation \(org.name) (\(org.code)) is disabled; its accounts cannot log in",
                scope: "account of an enabled organisation")
        }
        let token = SessionToken.generate()
        let expires = now.addingTimeInterval(TimeInterval(config.sessionLifetimeSeconds))
        let view = try await write { db -> AccountView in
            guard var r = try AccountRecord.find(db, id: accountID) else {
                throw EngineError.unauthenticated("wrong account or password")
            }
            r.failedLogins = 0
            r.lockedUntil = nil
            r.updatedAt = now
            try r.update(db)
            try SessionRecord(
                tokenHash: Data(token.hash), accountId: accountID, createdAt: now, expiresAt: expires, lastSeenAt: now,
                peerUid: Int64(caller.peer.uid), peerPid: Int64(caller.peer.pid)
            ).insert(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "session.login", organizationID: r.organizationId, targetType: "account",
                    targetID: String(accountID), actorAccountID: accountID, actorLogin: r.login,
                    actorOrganizationID: r.organizationId))
            return try self.accountView(db, r)
        }
        let principal = Self.principal(view, organizationID: record.organizationId, tokenHash: token.hash)
        sessions.put(
            token.hash, SessionCache.Entry(principal: principal, expiresAt: expires, lastSeen: now, lastSeenStored: now))
        return LoginOutcome(token: token.text, expiresAt: expires, principal: principal, account: view)
    }

    /// Resolves a session token to its principal, or throws `unauthenticated` when it is unknown, expired or idle.
    public func authenticate(token: String) async throws -> Principal {
        guard let hash = SessionToken.hash(of: token) else {
            throw EngineError.unauthenticated("the session token is malformed")
        }
        return try await authenticate(hash: hash)
    }

    /// `authenticate` without waiting for the store's writer: the principal of a known, live session whose last use
    /// need not be recorded yet — the common case of a busy client — or nil when the answer needs a write (an expired
    /// session to delete, a last-seen time to store), in which case the caller uses `authenticate`. Reads the store
    /// on the calling thread on a cache miss.
    public func authenticateInline(token: String) throws -> Principal? {
        guard let hash = SessionToken.hash(of: token) else {
            throw EngineError.unauthenticated("the session token is malformed")
        }
        let now = clock.now()
        let entry: SessionCache.Entry
        if let cached = sessions.get(hash) {
            entry = cached
        } else {
            let mark = sessions.removalMark
            guard let loaded = try read({ db in try self.loadSession(db, hash: hash) }) else {
                throw EngineError.unauthenticated("the session has ended; log in again")
            }
            sessions.put(hash, loaded, unlessRemovedSince: mark)
            entry = loaded
        }
        guard entry.expiresAt > now, now.timeIntervalSince(entry.lastSeen) < TimeInterval(config.sessionIdleSeconds),
            sessions.touchIfRecent(hash, at: now, persistEvery: 60)
        else { return nil }
        return entry.principal
    }

    /// The session of `hash` as the store has it, for the cache; nil when unknown or its account cannot log in.
    func loadSession(_ db: Database, hash: [UInt8]) throws -> SessionCache.Entry? {
        guard let s = try SessionRecord.fetchOne(db, key: Data(hash)),
            let a = try AccountRecord.find(db, id: s.accountId), !a.disabled,
            try OrganizationRecord.find(db, id: a.organizationId)?.disabled == false
        else { return nil }
        let view = try accountView(db, a)
        return SessionCache.Entry(
            principal: Self.principal(view, organizationID: a.organizationId, tokenHash: hash),
            expiresAt: s.expiresAt, lastSeen: s.lastSeenAt, lastSeenStored: s.lastSeenAt)
    }

    func authenticate(hash: [UInt8]) async throws -> Principal {
        let now = clock.now()
        let idle = TimeInterval(config.sessionIdleSeconds)
        var entry = sessions.get(hash)
        if entry == nil {
            let mark = sessions.removalMark
            entry = try read { db in try self.loadSession(db, hash: hash) }
            if let entry { sessions.put(hash, entry, unlessRemovedSince: mark) }
        }
        guard let entry else { throw EngineError.unauthenticated("the session has ended; log in again") }
        guard entry.expiresAt > now, now.timeIntervalSince(entry.lastSeen) < idle else {
            sessions.remove(hash)
            _ = try? await write { db in try SessionRecord.deleteOne(db, key: Data(hash)) }
            throw EngineError.unauthenticated("the session has expired; log in again")
        }
        if sessions.touch(hash, at: now, persistEvery: 60) {
            try await write { db in
                try db.execute(
                    sql: "UPDATE session SET last_seen_at = ? WHERE token_hash = ?", arguments: [now, Data(hash)])
            }
        }
        return entry.principal
    }

    /// 修改密码 — the caller's own password; clears the forced-change flag.
    public func changePassword(old: String, new: String, caller: Caller) async throws {
        let principal = try caller.requireAccount()
        let now = clock.now()
        guard let record = try read({ db in try AccountRecord.find(db, id: principal.accountID) })
        else { throw EngineError.unauthenticated("the account no longer exists") }
        let violations = PasswordPolicy.violations(new, login: record.login, old: old, field: "newPassword")
        let hasher = self.hasher
        let stored = record.passwordHash
        let oldMatches = try await SlowWork.run { hasher.verify(old, against: stored) }
        guard oldMatches else {
            await auditSeparately(
                caller,
                AuditEntry(
                    action: "session.changePassword", outcome: .denied, organizationID: record.organizationId,
                    targetType: "account", targetID: String(principal.accountID),
                    detail: ["reason": "wrong old password"]))
            throw EngineError.invalid("oldPassword", "does not match the current password")
        }
        guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }
        let newHash = try await SlowWork.run { try hasher.hash(new) }
        try await write { db in
            guard var r = try AccountRecord.find(db, id: principal.accountID) else {
                throw EngineError.unauthenticated("the account no longer exists")
            }
            r.passwordHash = newHash
            r.mustChangePassword = false
            r.passwordChangedAt = now
            r.updatedAt = now
            try r.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "session.changePassword", organizationID: r.organizationId, targetType: "account",
                    targetID: String(principal.accountID)))
        }
        sessions.removeAll(accountID: principal.accountID)
    }

    /// 退出 — ends the session the caller acts as.
    public func logout(caller: Caller) async throws {
        let principal = try caller.requireAccount()
        try await write { db in
            try SessionRecord.deleteOne(db, key: Data(principal.tokenHash))
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "session.logout", organizationID: principal.organizationID, targetType: "account",
                    targetID: String(principal.accountID)))
        }
        sessions.remove(principal.tokenHash)
    }

    /// The caller's account as it stands now.
    public func account(of principal: Principal) async throws -> AccountView {
        try read { db in
            guard let r = try AccountRecord.find(db, id: principal.accountID) else {
                throw EngineError.unauthenticated("the account no longer exists")
            }
            return try self.accountView(db, r)
        }
    }

    func accountView(_ db: Database, _ r: AccountRecord) throws -> AccountView {
        let org = try OrganizationRecord.find(db, id: r.organizationId)
        let permissions = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT permission FROM account_permission WHERE account_id = ? ORDER BY permission"),
            arguments: [r.id])
        return AccountView(
            id: r.id ?? 0, login: r.login, displayName: r.displayName, kind: AccountKind(rawValue: r.kind) ?? .staff,
            staffType: r.staffType, organizationCode: org?.code ?? "", organizationName: org?.name ?? "",
            permissions: permissions, mustChangePassword: r.mustChangePassword, disabled: r.disabled)
    }

    static func principal(_ view: AccountView, organizationID: Int64, tokenHash: [UInt8]) -> Principal {
        Principal(
            accountID: view.id, login: view.login, kind: view.kind, organizationID: organizationID,
            staffType: view.staffType, permissions: Set(view.permissions), mustChangePassword: view.mustChangePassword,
            tokenHash: tokenHash)
    }
}

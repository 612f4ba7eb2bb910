import GRDB

extension Engine {
    /// 编辑申报人 — the employer's admin corrects the name or the phone (an empty phone removes it).
    public func editApplicant(idNumber: String, _ changes: ApplicantChanges, caller: Caller) async throws
        -> ApplicantView
    {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        if changes.name == nil && changes.phone == nil {
            violations.append(Violation(field: "name", reason: "nothing to change: give name or phone"))
        }
        let name = changes.name.map {
            Validate.text($0, field: "name", max: ApplicantRules.nameMaximumLength, into: &violations)
        }
        let phone = changes.phone.map { Validate.phone($0, field: "phone", into: &violations) }
        let fieldViolations = violations
        let now = clock.now()
        return try await write { db in
            var (account, applicant) = try self.ownApplicant(db, idNumber: idNumber, caller)
            guard fieldViolations.isEmpty, let accountID = account.id else {
                throw EngineError.invalidArgument(fieldViolations)
            }
            var detail: [String: String] = [:]
            if let name, name != applicant.name {
                applicant.name = name
                account.displayName = name
                detail["name"] = name
            }
            if let phone, phone != applicant.phone {
                applicant.phone = phone
                detail["phone"] = phone == nil ? "removed" : "changed"
            }
            account.updatedAt = now
            try account.update(db)
            try applicant.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "applicant.edit", organizationID: account.organizationId, targetType: "applicant",
                    targetID: String(accountID), detail: detail))
            return try self.applicantView(db, accountID: accountID)
        }
    }

    /// 停用申报人 — the employer's admin disables the account, with a reason (kept in the audit trail); its
    /// sessions end at once and it cannot log in until enabled. `failedPrecondition` if already disabled.
    public func disableApplicant(idNumber: String, reason: String, caller: Caller) async throws -> ApplicantView {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        let reason = Validate.text(reason, field: "reason", max: 200, into: &violations)
        return try await setApplicantDisabled(
            idNumber: idNumber, true, reason: reason, violations: violations, caller: caller)
    }

    /// 启用申报人 — the employer's admin enables a disabled account again. `failedPrecondition` if it is enabled.
    public func enableApplicant(idNumber: String, caller: Caller) async throws -> ApplicantView {
        _ = try caller.requireAccount()
        return try await setApplicantDisabled(idNumber: idNumber, false, reason: nil, violations: [], caller: caller)
    }

    /// 重置密码 — the employer's admin gives the applicant a new initial password, returned once: it must be
    /// changed at the next login; the account is unlocked and its sessions end.
    public func resetApplicantPassword(idNumber: String, caller: Caller) async throws -> IssuedPassword {
        _ = try caller.requireAccount()
        // The scope first, so that the slow hash is not spent on a call that will be refused.
        _ = try read { db in try self.ownApplicant(db, idNumber: idNumber, caller) }
        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        let now = clock.now()
        let account = try await write { db -> AccountRecord in
            var (account, _) = try self.ownApplicant(db, idNumber: idNumber, caller)
            account.passwordHash = hash
            account.mustChangePassword = true
            account.failedLogins = 0
            account.lockedUntil = nil
            account.updatedAt = now
            try account.update(db)
            try SessionRecord.filter(Column("account_id") == account.id).deleteAll(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "applicant.resetPassword", organizationID: account.organizationId,
                    targetType: "applicant", targetID: account.id.map(String.init)))
            return account
        }
        if let id = account.id { sessions.removeAll(accountID: id) }
        return IssuedPassword(login: account.login, password: password)
    }

    private func setApplicantDisabled(
        idNumber: String, _ disabled: Bool, reason: String?, violations: [Violation], caller: Caller
    ) async throws -> ApplicantView {
        let now = clock.now()
        let (view, accountID) = try await write { db -> (ApplicantView, Int64) in
            var (account, _) = try self.ownApplicant(db, idNumber: idNumber, caller)
            guard violations.isEmpty, let accountID = account.id else { throw EngineError.invalidArgument(violations) }
            guard account.disabled != disabled else {
                let state = disabled ? "disabled" : "enabled"
                throw EngineError.failedPrecondition("applicant \(account.login) is already \(state)", state: state)
            }
            account.disabled = disabled
            account.updatedAt = now
            try account.update(db)
            if disabled { try SessionRecord.filter(Column("account_id") == accountID).deleteAll(db) }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: disabled ? "applicant.disable" : "applicant.enable",
                    organizationID: account.organizationId, targetType: "applicant", targetID: String(accountID),
                    detail: reason.map { ["reason": $0] } ?? [:]))
            return (try self.applicantView(db, accountID: accountID), accountID)
        }
        if disabled { sessions.removeAll(accountID: accountID) }
        return view
    }
}

import GRDB

extension Engine {
    /// 创建工作人员账号 — an organisation's admin creates a handler (经办人) or leader (领导) in its own organisation,
    /// with permissions from the manual's list; the initial password is returned once and must be changed at the
    /// first login.
    ///
    /// Every problem is reported at once: the login's shape (and the reserved shapes), the name, the phone, and each
    /// permission that may not be granted, with the reason.
    public func createStaff(_ new: NewStaff, caller: Caller) async throws -> (StaffView, IssuedPassword) {
        var violations: [Violation] = []
        let login = StaffAccountName.validate(new.login, field: "account", into: &violations)
        let name = Validate.text(new.name, field: "name", max: 50, into: &violations)
        let phone = Validate.phone(new.phone, field: "phone", into: &violations)
        let (password, hash) = try await newInitialPassword()
        let now = clock.now()
        let fieldViolations = violations
        return try await write { db in
            var violations = fieldViolations
            let (org, kind) = try self.requireStaffManager(db, caller)
            var permissions: [Permission] = []
            do {
                permissions = try Permission.validateGrants(new.permissions, to: new.staffType, in: kind)
            } catch let EngineError.invalidArgument(v) {
                violations += v
            }
            guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }
            if try AccountRecord.filter(Column("login") == login).fetchCount(db) > 0 {
                throw EngineError.alreadyExists(entity: "account", key: login)
            }
            var account = AccountRecord(
                login: login, kind: AccountKind.staff.rawValue, organizationId: org.id ?? 0, displayName: name,
                staffType: new.staffType.rawValue, passwordHash: hash, mustChangePassword: true, failedLogins: 0,
                disabled: false, createdAt: now, updatedAt: now, phone: phone)
            try account.insert(db)
            guard let id = account.id else { throw EngineError.failedPrecondition("the account was not stored") }
            try self.storePermissions(db, accountID: id, permissions)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "staff.create", organizationID: org.id, targetType: "account", targetID: String(id),
                    detail: [
                        "account": login, "staffType": new.staffType.rawValue,
                        "permissions": permissions.map(\.rawValue).joined(separator: ","),
                    ]))
            return (try self.staffView(db, account, in: org), IssuedPassword(login: login, password: password))
        }
    }

    /// 可授予权限 — the permissions an admin may grant to a staff member of `type` in its own organisation.
    public func grantablePermissions(to type: StaffType, caller: Caller) async throws -> [Permission] {
        try read { db in
            let (_, kind) = try self.requireStaffManager(db, caller)
            return Permission.grantable(to: type, in: kind)
        }
    }
}

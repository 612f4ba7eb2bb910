import GRDB

extension Engine {
    /// 编辑工作人员 — the own organisation's admin changes a staff member's name or phone.
    public func editStaff(_ edit: StaffEdit, caller: Caller) async throws -> StaffView {
        var violations: [Violation] = []
        let name = edit.name.map { Validate.text($0, field: "name", max: 50, into: &violations) }
        let phone = FieldChange.phone(edit.phone, field: "phone", into: &violations)
        let now = clock.now()
        let found = violations
        return try await write { db in
            let (org, _) = try self.requireStaffManager(db, caller)
            var account = try self.staffAccount(db, login: edit.login, in: org)
            guard found.isEmpty else { throw EngineError.invalidArgument(found) }
            var detail: [String: String] = [:]
            if let name, name != account.displayName {
                detail["name"] = "\(account.displayName) → \(name)"
                account.displayName = name
            }
            let newPhone = phone.applied(to: account.phone)
            if newPhone != account.phone {
                detail["phone"] = "\(account.phone ?? "∅") → \(newPhone ?? "∅")"
                account.phone = newPhone
            }
            guard !detail.isEmpty else { return try self.staffView(db, account, in: org) }
            account.updatedAt = now
            try account.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "staff.edit", organizationID: org.id, targetType: "account",
                    targetID: account.id.map(String.init),
                    detail: detail.merging(["account": account.login]) { kept, _ in kept }))
            return try self.staffView(db, account, in: org)
        }
    }

    /// 设置权限 — replaces a staff member's permissions; each must be grantable to its type in this organisation.
    /// The change applies to the member's live sessions at once (their cached sessions are dropped and read again).
    public func setStaffPermissions(login: String, permissions names: [String], caller: Caller) async throws
        -> StaffView
    {
        let now = clock.now()
        let view = try await write { db -> StaffView in
            let (org, kind) = try self.requireStaffManager(db, caller)
            var account = try self.staffAccount(db, login: login, in: org)
            guard let id = account.id, let type = account.staffType.flatMap(StaffType.init(rawValue:)) else {
                throw EngineError.failedPrecondition("staff account \(login) has no staff type", state: "corrupt")
            }
            let permissions = try Permission.validateGrants(names, to: type, in: kind)
            let before = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT permission FROM account_permission WHERE account_id = ? ORDER BY permission"),
                arguments: [id])
            let after = permissions.map(\.rawValue)
            guard before != after else { return try self.staffView(db, account, in: org) }
            try self.storePermissions(db, accountID: id, permissions)
            account.updatedAt = now
            try account.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "staff.setPermissions", organizationID: org.id, targetType: "account",
                    targetID: String(id),
                    detail: [
                        "account": login, "from": before.joined(separator: ","), "to": after.joined(separator: ","),
                    ]))
            return try self.staffView(db, account, in: org)
        }
        sessions.removeAll(accountID: view.id)
        return view
    }
}

import GRDB

/// Staff are managed by their own organisation's admin only: not by the parent's, not by each other.
extension Engine {
    /// The caller must be an organisation's admin; returns its organisation and kind.
    func requireStaffManager(_ db: Database, _ caller: Caller) throws -> (OrganizationRecord, OrganizationKind) {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin else {
            throw EngineError.permissionDenied(
                "only an organisation's admin may manage its staff", scope: "admin of the caller's own organisation")
        }
        let org = try organization(db, id: p.organizationID)
        guard let kind = OrganizationKind(rawValue: org.kind) else {
            throw EngineError.failedPrecondition("the organisation has an unknown kind \(org.kind)")
        }
        return (org, kind)
    }

    /// The staff account `login` of `org`; `notFound` for any other account, including another organisation's
    /// staff, which lie outside the caller's view.
    func staffAccount(_ db: Database, login: String, in org: OrganizationRecord) throws -> AccountRecord {
        guard
            let account = try AccountRecord.filter(
                Column("login") == login && Column("kind") == AccountKind.staff.rawValue
                    && Column("organization_id") == org.id
            ).fetchOne(db)
        else {
            throw EngineError.notFound(entity: "staff account", key: login)
        }
        return account
    }

    func staffView(_ db: Database, _ r: AccountRecord, in org: OrganizationRecord) throws -> StaffView {
        let permissions = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT permission FROM account_permission WHERE account_id = ? ORDER BY permission"),
            arguments: [r.id])
        return Self.staffView(r, org: org, permissions: permissions)
    }

    static func staffView(_ r: AccountRecord, org: OrganizationRecord, permissions: [String]) -> StaffView {
        StaffView(
            id: r.id ?? 0, login: r.login, name: r.displayName,
            staffType: r.staffType.flatMap(StaffType.init(rawValue:)) ?? .handler, phone: r.phone,
            organizationCode: org.code, organizationName: org.name, permissions: permissions, disabled: r.disabled,
            mustChangePassword: r.mustChangePassword, createdAt: r.createdAt)
    }

    /// Replaces the permission rows of `accountID` with `permissions`.
    func storePermissions(_ db: Database, accountID: Int64, _ permissions: [Permission]) throws {
        try AccountPermissionRecord.filter(Column("account_id") == accountID).deleteAll(db)
        for permission in permissions {
            try AccountPermissionRecord(accountId: accountID, permission: permission.rawValue).insert(db)
        }
    }
}

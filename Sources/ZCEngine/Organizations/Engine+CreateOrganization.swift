import GRDB

extension Engine {
    /// 创建次级机构 — creates a child organisation and its admin account, whose initial password is returned once.
    ///
    /// Only the parent's admin may do it. The code is the parent's code plus the given or next free serial of the
    /// category's range; kind, placement and range are checked by `OrganizationCode.assign`.
    public func createOrganization(_ new: NewOrganization, caller: Caller) async throws -> (
        OrganizationView, IssuedPassword
    ) {
        var violations: [Violation] = []
        let name = Validate.text(new.name, field: "name", max: 100, into: &violations)
        let address = Validate.optionalText(new.address, field: "address", max: 200, into: &violations)
        let contact = Validate.optionalText(new.contactPerson, field: "contactPerson", max: 50, into: &violations)
        let phone = Validate.phone(new.contactPhone, field: "contactPhone", into: &violations)
        do {
            try new.kind.validateNature(new.nature)
        } catch let EngineError.invalidArgument(v) {
            violations += v
        }
        // The category and serial checks that need no parent, so that they are reported with the others;
        // `OrganizationCode.assign` repeats them with the placement once the parent is read.
        do {
            if let serial = new.serial {
                _ = try OrganizationSerial.validate(serial, kind: new.kind, category: new.category)
            } else {
                try new.kind.validateCategory(new.category)
            }
        } catch let EngineError.invalidArgument(v) {
            violations += v
        }
        guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }

        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        let now = clock.now()
        return try await write { db in
            let parent = try self.organization(db, code: new.parentCode, field: "parentCode")
            try self.requireAdmin(of: parent, caller)
            guard !parent.disabled else {
                throw EngineError.failedPrecondition(
                    "\(parent.name) (\(parent.code)) is disabled and cannot take new organisations", state: "disabled")
            }
            guard let parentKind = OrganizationKind(rawValue: parent.kind) else {
                throw EngineError.failedPrecondition("the parent has an unknown kind \(parent.kind)")
            }
            let siblings = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT code FROM organization WHERE parent_id = ?"), arguments: [parent.id])
            let taken = Set(siblings.map { String($0.dropFirst(parent.code.count)) })
            let code = try OrganizationCode.assign(
                kind: new.kind, category: new.category, under: OrganizationCode(validating: parent.code),
                parentKind: parentKind, requestedSerial: new.serial, takenSerials: taken)
            var org = OrganizationRecord(
                code: code.value, parentId: parent.id, kind: new.kind.rawValue, category: new.category?.rawValue,
                nature: (new.nature ?? new.kind.defaultNature)?.rawValue, name: name, address: address,
                contactPerson: contact, contactPhone: phone, disabled: false, createdAt: now, updatedAt: now)
            try org.insert(db)
            let login = Self.adminLogin(forCode: code.value)
            if try AccountRecord.filter(Column("login") == login).fetchCount(db) > 0 {
                throw EngineError.alreadyExists(entity: "account", key: login)
            }
            var admin = AccountRecord(
                login: login, kind: AccountKind.orgAdmin.rawValue, organizationId: org.id ?? 0,
                displayName: name + "管理员", staffType: nil, passwordHash: hash, mustChangePassword: true,
                failedLogins: 0, disabled: false, createdAt: now, updatedAt: now)
            try admin.insert(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.create", organizationID: org.id, targetType: "organization", targetID: code.value,
                    detail: ["kind": new.kind.rawValue, "name": name, "parent": parent.code, "admin": login]))
            return (try self.view(db, org), IssuedPassword(login: login, password: password))
        }
    }
}

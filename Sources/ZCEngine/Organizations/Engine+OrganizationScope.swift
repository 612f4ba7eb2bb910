import GRDB

/// Who may act on which organisation: an admin manages its own organisation and its direct children; a subtree is
/// visible to the admins above it.
extension Engine {
    func organization(_ db: Database, code: String, field: String = "code") throws -> OrganizationRecord {
        guard let org = try OrganizationRecord.filter(Column("code") == code).fetchOne(db) else {
            throw EngineError.notFound(entity: "organization", key: code)
        }
        return org
    }

    func organization(_ db: Database, id: Int64) throws -> OrganizationRecord {
        guard let org = try OrganizationRecord.find(db, id: id) else {
            throw EngineError.notFound(entity: "organization", key: "#\(id)")
        }
        return org
    }

    /// The caller must be the admin of `org` itself.
    @discardableResult
    func requireAdmin(of org: OrganizationRecord, _ caller: Caller) throws -> Principal {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin, p.organizationID == org.id else {
            throw EngineError.permissionDenied(
                "only the admin of \(org.name) (\(org.code)) may do this", scope: "admin of organisation \(org.code)")
        }
        return p
    }

    /// The caller must be the admin of `org`'s parent (the organisation that created it).
    @discardableResult
    func requireParentAdmin(of org: OrganizationRecord, _ caller: Caller) throws -> Principal {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin, let parent = org.parentId, p.organizationID == parent else {
            throw EngineError.permissionDenied(
                "only the admin of the parent of \(org.name) (\(org.code)) may do this",
                scope: "admin of the parent organisation")
        }
        return p
    }

    /// The caller must be an admin of `org` or of one of its ancestors (codes carry the hierarchy).
    @discardableResult
    func requireAdminAtOrAbove(_ org: OrganizationRecord, _ db: Database, _ caller: Caller) throws -> Principal {
        let p = try caller.requireAccount()
        if p.kind == .orgAdmin, let own = try OrganizationRecord.find(db, id: p.organizationID),
            org.code.hasPrefix(own.code)
        {
            return p
        }
        throw EngineError.permissionDenied(
            "only admins of \(org.name) (\(org.code)) or of an organisation above it may see this",
            scope: "admin of organisation \(org.code) or above")
    }

    func view(_ db: Database, _ r: OrganizationRecord) throws -> OrganizationView {
        let parentCode = try r.parentId.flatMap { try OrganizationRecord.find(db, id: $0)?.code }
        let admin = try String.fetchOne(
            try db.cachedStatement(sql: "SELECT login FROM account WHERE organization_id = ? AND kind = 'orgAdmin'"), arguments: [r.id])
        return Self.view(r, parentCode: parentCode, adminLogin: admin)
    }

    static func view(_ r: OrganizationRecord, parentCode: String?, adminLogin: String?) -> OrganizationView {
        OrganizationView(
            id: r.id ?? 0, code: r.code, parentCode: parentCode, kind: OrganizationKind(rawValue: r.kind) ?? .employer,
            category: r.category.flatMap(OrganizationCategory.init(rawValue:)),
            nature: r.nature.flatMap(OrganizationNature.init(rawValue:)), name: r.name, address: r.address,
            contactPerson: r.contactPerson, contactPhone: r.contactPhone, disabled: r.disabled, adminLogin: adminLogin,
            createdAt: r.createdAt, updatedAt: r.updatedAt)
    }
}

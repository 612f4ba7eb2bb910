import GRDB

extension Engine {
    /// 编辑本级机构 — the organisation's own admin completes its profile: category, nature, address and contact.
    ///
    /// Every problem is reported at once. A category change is allowed only when the kind takes the new category and
    /// the code's serial already lies in its range (the code never changes); an office's nature stays 机关.
    /// Nothing given, or nothing different, changes nothing and writes no audit event.
    public func editOrganization(_ edit: OrganizationEdit, caller: Caller) async throws -> OrganizationView {
        var violations: [Violation] = []
        let address = FieldChange.text(edit.address, field: "address", max: 200, into: &violations)
        let contact = FieldChange.text(edit.contactPerson, field: "contactPerson", max: 50, into: &violations)
        let phone = FieldChange.phone(edit.contactPhone, field: "contactPhone", into: &violations)
        let now = clock.now()
        let textViolations = violations
        return try await write { db in
            var violations = textViolations
            var org = try self.organization(db, code: edit.code)
            try self.requireAdmin(of: org, caller)
            guard let kind = OrganizationKind(rawValue: org.kind) else {
                throw EngineError.failedPrecondition("the organisation has an unknown kind \(org.kind)")
            }
            if let category = edit.category {
                violations += Self.categoryChangeViolations(category, kind: kind, code: org.code)
            }
            do {
                try kind.validateNature(edit.nature)
            } catch let EngineError.invalidArgument(v) {
                violations += v
            }
            guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }

            let before = org
            org.category = edit.category?.rawValue ?? org.category
            org.nature = edit.nature?.rawValue ?? org.nature
            org.address = address.applied(to: org.address)
            org.contactPerson = contact.applied(to: org.contactPerson)
            org.contactPhone = phone.applied(to: org.contactPhone)
            var detail: [String: String] = [:]
            func note(_ name: String, _ old: String?, _ new: String?) {
                if old != new { detail[name] = "\(old ?? "∅") → \(new ?? "∅")" }
            }
            note("category", before.category, org.category)
            note("nature", before.nature, org.nature)
            note("address", before.address, org.address)
            note("contactPerson", before.contactPerson, org.contactPerson)
            note("contactPhone", before.contactPhone, org.contactPhone)
            guard !detail.isEmpty else { return try self.view(db, before) }
            org.updatedAt = now
            try org.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.edit", organizationID: org.id, targetType: "organization", targetID: org.code,
                    detail: detail))
            return try self.view(db, org)
        }
    }

    /// Why an organisation of `kind` with `code` may not take `category` (empty when it may).
    static func categoryChangeViolations(_ category: OrganizationCategory, kind: OrganizationKind, code: String)
        -> [Violation]
    {
        do {
            try kind.validateCategory(category)
        } catch let EngineError.invalidArgument(v) {
            return v
        } catch {
            return [Violation(field: "category", reason: "is not allowed for \(kind.label)")]
        }
        guard let serial = try? OrganizationCode(validating: code).serial else {
            return [Violation(field: "category", reason: "code \(code) has no serial to check against a range")]
        }
        guard !category.serialRange.contains(serial.number) else { return [] }
        return [
            Violation(
                field: "category",
                reason: "code \(code) keeps its serial \(serial.text), and "
                    + OrganizationSerial.outsideMessage(serial, category)
                    + "; the category cannot change to one whose range does not hold the serial")
        ]
    }

    /// 修改机构名称 — the parent's admin renames a child; its admin account's display name follows.
    public func renameOrganization(code: String, name newName: String, caller: Caller) async throws
        -> OrganizationView
    {
        var violations: [Violation] = []
        let name = Validate.text(newName, field: "name", max: 100, into: &violations)
        let now = clock.now()
        let found = violations
        return try await write { db in
            var org = try self.organization(db, code: code)
            try self.requireParentAdmin(of: org, caller)
            guard found.isEmpty else { throw EngineError.invalidArgument(found) }
            guard org.name != name else { return try self.view(db, org) }
            let old = org.name
            org.name = name
            org.updatedAt = now
            try org.update(db)
            try db.execute(
                sql: """
                    UPDATE account SET display_name = ?, updated_at = ? WHERE organization_id = ? AND kind = 'orgAdmin'
                    """,
                arguments: [name + "管理员", now, org.id])
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "org.rename", organizationID: org.id, targetType: "organization", targetID: org.code,
                    detail: ["from": old, "to": name]))
            return try self.view(db, org)
        }
    }
}

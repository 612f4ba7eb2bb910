import GRDB

extension Engine {
    /// 编辑评委会 — the owner's admin changes the name, the specialties (replaced as a whole) or the authorising
    /// organisation. Series, level, review type and forming organisation are fixed once created: a committee that
    /// should review something else is a new committee.
    public func editCommittee(code: String, _ changes: CommitteeChanges, caller: Caller) async throws -> CommitteeView {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        if changes.isEmpty {
            violations.append(
                Violation(field: "name", reason: "nothing to change: give name, specialties or authorityOrganizationCode"))
        }
        let name = changes.name.map {
            Validate.text($0, field: "name", max: CommitteeRules.nameMaximumLength, into: &violations)
        }
        let specialties = changes.specialties.map {
            CommitteeRules.specialties($0, field: "specialties", into: &violations)
        }
        let now = clock.now()
        let fieldViolations = violations
        return try await write { db in
            var violations = fieldViolations
            var record = try self.committeeRecord(db, code: code)
            try self.requireCommitteeOwner(db, record, caller)
            var authority: OrganizationRecord?
            if let authorityCode = changes.authorityOrganizationCode {
                let forming = try self.organization(db, id: record.formingOrganizationId)
                authority = try self.committeeAuthority(
                    db, code: authorityCode, forming: forming, field: "authorityOrganizationCode", into: &violations)
            }
            guard violations.isEmpty, let id = record.id else { throw EngineError.invalidArgument(violations) }
            var detail: [String: String] = [:]
            if let name, name != record.name {
                detail["name"] = name
                record.name = name
            }
            if let authority, let authorityID = authority.id, authorityID != record.authorityOrganizationId {
                detail["authority"] = authority.code
                record.authorityOrganizationId = authorityID
            }
            if let specialties {
                try CommitteeSpecialtyRecord.filter(Column("committee_id") == id).deleteAll(db)
                for specialty in specialties {
                    try CommitteeSpecialtyRecord(committeeId: id, specialty: specialty).insert(db)
                }
                detail["specialties"] = String(specialties.count)
            }
            record.updatedAt = now
            try record.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "committee.edit", organizationID: record.ownerOrganizationId, targetType: "committee",
                    targetID: code, detail: detail))
            return try self.committeeView(db, code: code)
        }
    }

    /// 停用评委会 — the owner's admin disables a committee, with a reason (kept in the audit trail). A disabled
    /// committee is left out of lists by default and takes no new work; `failedPrecondition` if already disabled.
    public func disableCommittee(code: String, reason: String, caller: Caller) async throws -> CommitteeView {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        let reason = Validate.text(reason, field: "reason", max: 200, into: &violations)
        return try await setCommitteeDisabled(code: code, true, reason: reason, violations: violations, caller: caller)
    }

    /// 启用评委会 — the owner's admin enables a disabled committee again; `failedPrecondition` if it is enabled.
    public func enableCommittee(code: String, caller: Caller) async throws -> CommitteeView {
        _ = try caller.requireAccount()
        return try await setCommitteeDisabled(code: code, false, reason: nil, violations: [], caller: caller)
    }

    private func setCommitteeDisabled(
        code: String, _ disabled: Bool, reason: String?, violations: [Violation], caller: Caller
    ) async throws -> CommitteeView {
        let now = clock.now()
        return try await write { db in
            var record = try self.committeeRecord(db, code: code)
            try self.requireCommitteeOwner(db, record, caller)
            guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }
            guard record.disabled != disabled else {
                let state = disabled ? "disabled" : "enabled"
                throw EngineError.failedPrecondition("committee \(code) is already \(state)", state: state)
            }
            record.disabled = disabled
            record.updatedAt = now
            try record.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: disabled ? "committee.disable" : "committee.enable",
                    organizationID: record.ownerOrganizationId, targetType: "committee", targetID: code,
                    detail: reason.map { ["reason": $0] } ?? [:]))
            return try self.committeeView(db, code: code)
        }
    }
}

import GRDB

extension Engine {
    /// 创建评委会 — an organisation admin creates a review committee; its organisation becomes the owner.
    ///
    /// Denied unless the caller is an organisation admin and the forming organisation is its own or below it.
    /// Every other rule broken is listed at once (`invalidArgument`): the code's format, the name, the specialties,
    /// the series (known, not retired, with qualifications at the committee's level), the authorising organisation
    /// (an office at or above the forming one), and the review type (自主评审 only by a self-reviewing unit). A code
    /// in use gives `alreadyExists`.
    public func createCommittee(_ new: NewCommittee, caller: Caller) async throws -> CommitteeView {
        _ = try caller.requireAccount()
        var violations: [Violation] = []
        let code = CommitteeRules.code(new.code, field: "code", into: &violations)
        let name = Validate.text(new.name, field: "name", max: CommitteeRules.nameMaximumLength, into: &violations)
        let specialties = CommitteeRules.specialties(new.specialties, field: "specialties", into: &violations)
        let now = clock.now()
        let fieldViolations = violations
        return try await write { db in
            var violations = fieldViolations
            let (_, own) = try self.requireOrganizationAdmin(db, caller)
            let forming = try self.committeeForming(
                db, code: new.formingOrganizationCode, callerOrganization: own, into: &violations)
            let authority = try self.committeeAuthority(
                db, code: new.authorityOrganizationCode, forming: forming, field: "authorityOrganizationCode",
                into: &violations)
            self.checkReviewType(new.reviewType, forming: forming, into: &violations)
            try self.checkCommitteeSeries(db, code: new.seriesCode, level: new.level, into: &violations)
            guard violations.isEmpty, let forming, let formingID = forming.id, let authority,
                let authorityID = authority.id, let ownID = own.id
            else { throw EngineError.invalidArgument(violations) }
            if try CommitteeRecord.filter(Column("code") == code).fetchCount(db) > 0 {
                throw EngineError.alreadyExists(entity: "committee", key: code)
            }
            var record = CommitteeRecord(
                code: code, name: name, seriesCode: new.seriesCode, level: new.level.rawValue,
                reviewType: new.reviewType.rawValue, formingOrganizationId: formingID,
                authorityOrganizationId: authorityID, ownerOrganizationId: ownID, disabled: false, createdAt: now,
                updatedAt: now)
            try record.insert(db)
            guard let id = record.id else { throw EngineError.failedPrecondition("the committee was not stored") }
            for specialty in specialties {
                try CommitteeSpecialtyRecord(committeeId: id, specialty: specialty).insert(db)
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "committee.create", organizationID: ownID, targetType: "committee", targetID: code,
                    detail: [
                        "name": name, "series": new.seriesCode, "level": new.level.rawValue,
                        "reviewType": new.reviewType.rawValue, "forming": forming.code, "authority": authority.code,
                        "specialties": String(specialties.count),
                    ]))
            return try self.committeeView(db, code: code)
        }
    }
}

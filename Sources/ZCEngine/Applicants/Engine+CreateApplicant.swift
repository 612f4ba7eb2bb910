import GRDB

extension Engine {
    /// 创建申报人 — the admin of an employer (申报单位), or of a self-reviewing unit (which employs its own
    /// applicants), creates an applicant's account. The login is the resident ID number; gender and birth date come
    /// from it; the initial password is returned once and must be changed at the first login.
    ///
    /// One account per ID number in the whole province: a second one gives `alreadyExists`, whichever organisation
    /// holds the first (which is not revealed).
    public func createApplicant(_ new: NewApplicant, caller: Caller) async throws -> (ApplicantView, IssuedPassword) {
        _ = try caller.requireAccount()
        // The scope first, so that a caller who may not create applicants learns nothing about the values.
        _ = try read { db in try self.requireApplicantEmployer(db, caller) }
        var violations: [Violation] = []
        var id: ResidentID?
        do {
            id = try ResidentID(validating: new.idNumber, today: clock.now(), field: "idNumber")
        } catch let EngineError.invalidArgument(found) {
            violations += found
        }
        let name = Validate.text(new.name, field: "name", max: ApplicantRules.nameMaximumLength, into: &violations)
        let phone = Validate.phone(new.phone, field: "phone", into: &violations)
        guard violations.isEmpty, let id else { throw EngineError.invalidArgument(violations) }

        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        let now = clock.now()
        let view = try await write { db -> ApplicantView in
            let employer = try self.requireApplicantEmployer(db, caller)
            guard let employerID = employer.id else { throw EngineError.notFound(entity: "organization", key: employer.code) }
            let taken =
                try AccountRecord.filter(Column("login") == id.value).fetchCount(db)
                + ApplicantRecord.filter(Column("id_number") == id.value).fetchCount(db)
            if taken > 0 { throw EngineError.alreadyExists(entity: "applicant", key: id.value) }
            var account = AccountRecord(
                login: id.value, kind: AccountKind.applicant.rawValue, organizationId: employerID, displayName: name,
                staffType: nil, passwordHash: hash, mustChangePassword: true, failedLogins: 0, disabled: false,
                createdAt: now, updatedAt: now)
            try account.insert(db)
            guard let accountID = account.id else { throw EngineError.failedPrecondition("the account was not stored") }
            try ApplicantRecord(
                accountId: accountID, idNumber: id.value, name: name, gender: id.gender.rawValue,
                birthDate: id.birthDate.description, phone: phone
            ).insert(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "applicant.create", organizationID: employerID, targetType: "applicant",
                    targetID: String(accountID), detail: ["idNumber": id.masked, "name": name]))
            return try self.applicantView(db, accountID: accountID)
        }
        return (view, IssuedPassword(login: id.value, password: password))
    }

    /// The caller must be the admin of an employer (申报单位) or a self-reviewing unit, which is enabled; returns
    /// that organisation.
    func requireApplicantEmployer(_ db: Database, _ caller: Caller) throws -> OrganizationRecord {
        let (_, org) = try requireOrganizationAdmin(db, caller)
        guard let kind = OrganizationKind(rawValue: org.kind), kind == .employer || kind.isSelfReviewUnit else {
            let label = OrganizationKind(rawValue: org.kind)?.label ?? org.kind
            throw EngineError.permissionDenied(
                "only the admin of an employer (申报单位) or a self-reviewing unit (自评单位) may create applicants; "
                    + "\(org.name) (\(org.code)) is \(label)",
                scope: "admin of an employer or a self-reviewing unit")
        }
        guard !org.disabled else {
            throw EngineError.failedPrecondition(
                "\(org.name) (\(org.code)) is disabled and cannot take new applicants", state: "disabled")
        }
        return org
    }
}

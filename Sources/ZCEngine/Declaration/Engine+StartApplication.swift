import Foundation
import GRDB

extension Engine {
    /// 开始申报 — an applicant starts a declaration in an open batch with its 申报信息; one per batch.
    public func startApplication(batchID: Int64, declaration: DeclarationInfo, caller: Caller) async throws
        -> ApplicationView
    {
        let now = clock.now()
        var declaration = declaration
        declaration.normalize()
        let fixedDeclaration = declaration
        return try await write { db in
            let principal = try self.requireApplicant(caller)
            let account = try AccountRecord.find(db, id: principal.accountID)
            let employer = try self.organization(db, id: account?.organizationId ?? principal.organizationID)
            let batch = try self.batch(db, id: batchID)
            let batchView = try self.batchView(db, batch)
            guard employer.code.hasPrefix(batchView.officeCode) else {
                throw EngineError.notFound(entity: "batch", key: String(batchID))
            }
            guard batchView.isOpen(at: now) else {
                throw EngineError.failedPrecondition(
                    "batch \(batchID) is not open for declarations (open \(batchView.opensAt) to \(batchView.closesAt))",
                    state: batch.archived ? "archived" : (now < batch.opensAt ? "notYetOpen" : "closed"))
            }
            if try ApplicationRecord.filter(
                Column("batch_id") == batchID && Column("applicant_account_id") == principal.accountID
            ).fetchCount(db) > 0 {
                throw EngineError.alreadyExists(entity: "application", key: "batch \(batchID)")
            }
            let level = try self.validateDeclaration(db, fixedDeclaration, batch: batchView, employer: employer, now: now)
            var app = ApplicationRecord(
                batchId: batchID, applicantAccountId: principal.accountID, employerOrganizationId: employer.id ?? 0,
                state: ApplicationState.draft.rawValue, reviewMethod: fixedDeclaration.reviewMethod.rawValue,
                route: fixedDeclaration.route.rawValue, seriesCode: fixedDeclaration.seriesCode,
                qualificationCode: fixedDeclaration.qualificationCode, level: level.rawValue,
                specialty: fixedDeclaration.specialty, createdAt: now, updatedAt: now)
            try app.insert(db)
            try SectionRecord(
                applicationId: app.id ?? 0, section: SectionKey.declaration.rawValue,
                content: try CanonicalJSON.encode(fixedDeclaration), revision: 1, savedAt: now
            ).insert(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "application.start", organizationID: employer.id, targetType: "application",
                    targetID: app.id.map(String.init), caseID: app.id,
                    detail: [
                        "batch": String(batchID), "series": fixedDeclaration.seriesCode,
                        "qualification": fixedDeclaration.qualificationCode,
                    ]))
            return try self.applicationView(db, app)
        }
    }

    /// The rules of 申报信息 that need the store: the series is in the batch, the qualification belongs to it at a
    /// level the route allows, and 单位自主评审 only where the employer is an authorised self-reviewing unit.
    /// Returns the level the qualification fixes.
    func validateDeclaration(
        _ db: Database, _ d: DeclarationInfo, batch: BatchView, employer: OrganizationRecord, now: Date
    ) throws -> TitleLevel {
        var v = d.violations(in: SectionContext(today: CalendarDay(now), birthDate: CalendarDay(now), level: nil, seriesCode: nil))
        if !batch.seriesCodes.contains(d.seriesCode) {
            v.append(
                Violation(
                    field: "seriesCode",
                    reason: "batch \(batch.id) takes declarations for \(batch.seriesCodes.joined(separator: ", ")) only"))
        }
        let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT level, retired FROM reference_qualification WHERE code = ? AND series_code = ?"),
            arguments: [d.qualificationCode, d.seriesCode])
        var level: TitleLevel?
        if let row, let l = TitleLevel(rawValue: row["level"]), row["retired"] as Bool? != true {
            level = l
            if !d.route.allowedLevels.contains(l) {
                v.append(
                    Violation(
                        field: "qualificationCode",
                        reason: "\(d.route.chineseName) leads only to "
                            + d.route.allowedLevels.sorted().map(\.chineseName).joined(separator: "、")))
            }
        } else {
            v.append(
                Violation(
                    field: "qualificationCode",
                    reason: "\(d.qualificationCode) is not a current qualification of series \(d.seriesCode)"))
        }
        if d.reviewMethod == .selfReview, let level {
            if try !isAuthorisedSelfReview(db, employer: employer, series: d.seriesCode, level: level) {
                v.append(
                    Violation(
                        field: "reviewMethod",
                        reason: "单位自主评审 needs an employer that is (or is under) a self-reviewing unit with an "
                            + "enabled 自主评审 committee for this series and level"))
            }
        }
        guard v.isEmpty, let level else { throw EngineError.invalidArgument(v) }
        return level
    }

    /// The employer or an organisation above it is a self-reviewing unit forming an enabled self-review committee
    /// for the series at the committee level of `level`.
    func isAuthorisedSelfReview(_ db: Database, employer: OrganizationRecord, series: String, level: TitleLevel) throws
        -> Bool
    {
        let count = try Int.fetchOne(
            try db.cachedStatement(sql: """
                SELECT count(*) FROM committee c JOIN organization o ON o.id = c.forming_organization_id
                WHERE c.review_type = 'selfReview' AND c.disabled = 0 AND c.series_code = ? AND c.level = ?
                  AND o.kind IN ('provinceSelfReviewUnit', 'citySelfReviewUnit') AND instr(?, o.code) = 1
                """),
            arguments: [series, level.committeeLevel.rawValue, employer.code])
        return (count ?? 0) > 0
    }

    func requireApplicant(_ caller: Caller) throws -> Principal {
        let p = try caller.requireAccount()
        guard p.kind == .applicant else {
            throw EngineError.permissionDenied("only an applicant (申报人) may do this", scope: "applicant")
        }
        return p
    }
}

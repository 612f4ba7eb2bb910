import GRDB

/// The committee rules that read the store: series and level against the reference data, the forming and
/// authorising organisations against the tree.
extension Engine {
    /// The series must exist, not be retired, and have a qualification at a title level of `level` (初级 ↔ 员级 or
    /// 助理级, 中级 ↔ 中级, 高级 ↔ 副高级 or 正高级). Violations go on `seriesCode` and `level`.
    func checkCommitteeSeries(
        _ db: Database, code: String, level: CommitteeLevel, into violations: inout [Violation]
    ) throws {
        guard let series = try storedSeries(db, code: code) else {
            violations.append(Violation(field: "seriesCode", reason: "no series has the code \(code); ref.series lists them"))
            return
        }
        if series.retired {
            violations.append(
                Violation(field: "seriesCode", reason: "\(series.name) (\(series.code)) is retired and takes no new committees"))
            return
        }
        guard !series.committeeLevels.contains(level) else { return }
        let levels = level.titleLevels.map(\.chineseName).joined(separator: " or ")
        violations.append(
            Violation(
                field: "level",
                reason: "\(series.name) (\(series.code)) has no qualification at \(levels), "
                    + "so it cannot have a \(level.chineseName) (\(level.rawValue)) committee"))
    }

    /// The forming organisation (组建单位): it must exist and be enabled; it must be the caller's own organisation
    /// or below it, or the call is denied (checked before any other rule is reported).
    func committeeForming(
        _ db: Database, code: String, callerOrganization own: OrganizationRecord, into violations: inout [Violation]
    ) throws -> OrganizationRecord? {
        guard let forming = try OrganizationRecord.filter(Column("code") == code).fetchOne(db) else {
            violations.append(Violation(field: "formingOrganizationCode", reason: "no organisation has the code \(code)"))
            return nil
        }
        guard forming.code.hasPrefix(own.code) else {
            throw EngineError.permissionDenied(
                "\(own.name) (\(own.code)) may form committees only for itself or organisations below it, "
                    + "not for \(forming.name) (\(forming.code))",
                scope: "forming organisation at or below \(own.code)")
        }
        if forming.disabled {
            violations.append(
                Violation(field: "formingOrganizationCode", reason: "\(forming.name) (\(forming.code)) is disabled"))
        }
        return forming
    }

    /// The authorising organisation (授权管理单位): a title-reform office (职改办), enabled, at or above the forming
    /// organisation. Violations go on `field`.
    func committeeAuthority(
        _ db: Database, code: String, forming: OrganizationRecord?, field: String, into violations: inout [Violation]
    ) throws -> OrganizationRecord? {
        guard let authority = try OrganizationRecord.filter(Column("code") == code).fetchOne(db) else {
            violations.append(Violation(field: field, reason: "no organisation has the code \(code)"))
            return nil
        }
        let named = "\(authority.name) (\(authority.code))"
        if let kind = OrganizationKind(rawValue: authority.kind), !kind.isOffice {
            violations.append(
                Violation(field: field, reason: "\(named) is \(kind.label), not a title-reform office (职改办)"))
        }
        if let forming, !forming.code.hasPrefix(authority.code) {
            violations.append(
                Violation(
                    field: field,
                    reason: "\(named) is not at or above the forming organisation \(forming.name) (\(forming.code))"))
        }
        if authority.disabled { violations.append(Violation(field: field, reason: "\(named) is disabled")) }
        return authority
    }

    /// A 自主评审 committee must be formed by a self-reviewing unit (省自评单位 or 市中级自评单位).
    func checkReviewType(_ type: ReviewType, forming: OrganizationRecord?, into violations: inout [Violation]) {
        guard type == .selfReview, let forming, let kind = OrganizationKind(rawValue: forming.kind),
            !kind.isSelfReviewUnit
        else { return }
        violations.append(
            Violation(
                field: "reviewType",
                reason: "a 自主评审 (selfReview) committee must be formed by a self-reviewing unit "
                    + "(\(OrganizationKind.provinceSelfReviewUnit.label) or \(OrganizationKind.citySelfReviewUnit.label)), "
                    + "but \(forming.name) (\(forming.code)) is \(kind.label)"))
    }

    /// The caller must be an organisation admin; returns its principal and organisation.
    func requireOrganizationAdmin(_ db: Database, _ caller: Caller) throws -> (Principal, OrganizationRecord) {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin else {
            throw EngineError.permissionDenied("only an organisation's admin may do this", scope: "organisation admin")
        }
        return (p, try organization(db, id: p.organizationID))
    }

    /// The caller must be the admin of the committee's owner (the organisation that created it).
    func requireCommitteeOwner(_ db: Database, _ committee: CommitteeRecord, _ caller: Caller) throws {
        let p = try caller.requireAccount()
        guard p.kind == .orgAdmin, p.organizationID == committee.ownerOrganizationId else {
            let owner = try organization(db, id: committee.ownerOrganizationId)
            throw EngineError.permissionDenied(
                "only the admin of \(owner.name) (\(owner.code)), which owns committee \(committee.code), may do this",
                scope: "admin of organisation \(owner.code) (the committee's owner)")
        }
    }

    func committeeRecord(_ db: Database, code: String) throws -> CommitteeRecord {
        guard let record = try CommitteeRecord.filter(Column("code") == code).fetchOne(db) else {
            throw EngineError.notFound(entity: "committee", key: code)
        }
        return record
    }
}

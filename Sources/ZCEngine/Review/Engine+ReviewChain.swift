import Foundation
import GRDB

extension Engine {
    /// Puts a (re)submitted case at the start of its chain: the employer's handler.
    func enterChain(_ db: Database, _ app: inout ApplicationRecord, now: Date) throws {
        let employer = try organization(db, id: app.employerOrganizationId)
        var path: [OrganizationRecord] = [employer]
        var cursor = employer
        while let parentID = cursor.parentId {
            cursor = try organization(db, id: parentID)
            path.append(cursor)
        }
        let level = TitleLevel(rawValue: app.level) ?? .zhongji
        let method = ReviewMethod(rawValue: app.reviewMethod) ?? .review
        guard
            let chain = ReviewChain.chain(
                upwardFrom: path, kind: { OrganizationKind(rawValue: $0.kind) }, level: level, method: method),
            let end = chain.last
        else {
            throw EngineError.failedPrecondition(
                "no organisation above \(employer.name) (\(employer.code)) completes the qualification review of a "
                    + "\(level.chineseName) \(method.chineseName) case; ask the title-reform office",
                state: app.state)
        }
        app.round += 1
        app.reviewOrganizationId = employer.id
        app.reviewStage = ReviewStage.handler.rawValue
        app.reviewSeq += 1
        app.waitingSince = now
        app.chainEndOrganizationId = end.id
        app.returnMarks = nil
        app.returnReason = nil
    }

    /// Takes the case out of every queue (returned, rejected, blacklisted, withdrawn).
    func leaveChain(_ app: inout ApplicationRecord, now: Date) {
        app.reviewOrganizationId = nil
        app.reviewStage = nil
        app.reviewSeq += 1
        app.waitingSince = now
    }

    /// Whether a reviewer has decided anything on the current submission.
    func reviewHasStarted(_ db: Database, _ app: ApplicationRecord) throws -> Bool {
        try ReviewStepRecord.filter(Column("application_id") == app.id && Column("round") == app.round)
            .fetchCount(db) > 0
    }

    /// The sections a returned case may change, or nil when every section may change (a draft).
    func editableSections(_ app: ApplicationRecord) -> Set<SectionKey>? {
        guard app.state == ApplicationState.returned.rawValue else { return nil }
        let keys = (try? CanonicalJSON.decode([String].self, from: app.returnMarks ?? "[]")) ?? []
        return Set(keys.compactMap(SectionKey.init(rawValue:)))
    }

    /// True when the caller's organisation lies on the case's chain: at or above the employer and at or below the
    /// chain's end. Codes carry the hierarchy, so this is two prefix tests.
    func isOnChain(_ db: Database, _ app: ApplicationRecord, organizationID: Int64) throws -> Bool {
        let org = try organization(db, id: organizationID)
        let employer = try organization(db, id: app.employerOrganizationId)
        guard employer.code.hasPrefix(org.code) else { return false }
        guard let endID = app.chainEndOrganizationId else { return org.id == employer.id }
        let end = try organization(db, id: endID)
        return org.code.hasPrefix(end.code)
    }
}

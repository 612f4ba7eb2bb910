import Foundation
import GRDB

extension Engine {
    /// 保存 — saves one section of the caller's own draft, validated; the previous content is replaced whole.
    public func saveSection<S: DeclarationSection>(_ section: S, applicationID: Int64, caller: Caller) async throws
        -> SavedSection
    {
        var section = section
        section.normalize()
        let fixed = section
        let now = clock.now()
        // Encoded before the write: the writer is one thread shared by every save (group commit), so whatever can
        // be done outside it is.
        let content = try CanonicalJSON.encode(fixed)
        return try await write { db in
            let principal = try self.requireApplicant(caller)
            var app = try self.ownApplication(db, id: applicationID, principal)
            try self.requireEditable(db, app, section: S.key)
            let context = try self.sectionContext(db, app, now: now)
            var v = fixed.violations(in: context)
            v += try self.evidenceViolations(db, app, fixed.evidence)
            if let declaration = fixed as? DeclarationInfo {
                let batch = try self.batchView(db, try self.batch(db, id: app.batchId))
                let employer = try self.organization(db, id: app.employerOrganizationId)
                do {
                    let level = try self.validateDeclaration(db, declaration, batch: batch, employer: employer, now: now)
                    app.reviewMethod = declaration.reviewMethod.rawValue
                    app.route = declaration.route.rawValue
                    app.seriesCode = declaration.seriesCode
                    app.qualificationCode = declaration.qualificationCode
                    app.level = level.rawValue
                    app.specialty = declaration.specialty
                } catch let EngineError.invalidArgument(more) {
                    v += more
                }
            }
            guard v.isEmpty else { throw EngineError.invalidArgument(Self.unique(v)) }
            let revision =
                try Int.fetchOne(
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO application_section (application_id, section, content, revision, saved_at)
                            VALUES (?, ?, ?, 1, ?)
                            ON CONFLICT (application_id, section) DO UPDATE SET content = excluded.content,
                                revision = application_section.revision + 1, saved_at = excluded.saved_at
                            RETURNING revision
                            """), arguments: [applicationID, S.key.rawValue, content, now]) ?? 1
            app.updatedAt = now
            if fixed is DeclarationInfo {
                try app.update(db)
            } else {
                try db.cachedStatement(sql: "UPDATE application SET updated_at = ? WHERE id = ?")
                    .execute(arguments: [now, applicationID])
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "application.saveSection", organizationID: app.employerOrganizationId,
                    targetType: "application", targetID: String(applicationID), caseID: applicationID,
                    detail: ["section": S.key.rawValue, "revision": String(revision)]))
            return SavedSection(
                key: S.key, content: content, revision: revision, savedAt: now, notices: fixed.notices(in: context))
        }
    }

    /// One section of the caller's own declaration, exactly as saved.
    public func readSection(_ key: SectionKey, applicationID: Int64, caller: Caller) throws -> SavedSection {
        let now = clock.now()
        return try read { db in
            let principal = try self.requireApplicant(caller)
            let app = try self.ownApplication(db, id: applicationID, principal)
            guard
                let record = try SectionRecord.fetchOne(
                    db, key: ["application_id": applicationID, "section": key.rawValue])
            else { throw EngineError.notFound(entity: "section", key: key.rawValue) }
            let notices: [String]
            if let type = SectionTypes.type(for: key) {
                notices = try Self.decodeSection(type, record.content).notices(in: self.sectionContext(db, app, now: now))
            } else {
                notices = []
            }
            return SavedSection(
                key: key, content: record.content, revision: record.revision, savedAt: record.savedAt,
                notices: notices)
        }
    }

    /// The caller's declarations, newest first.
    public func myApplications(caller: Caller) throws -> [ApplicationView] {
        try read { db in
            let principal = try self.requireApplicant(caller)
            return try ApplicationRecord.filter(Column("applicant_account_id") == principal.accountID)
                .order(Column("id").desc).fetchAll(db).map { try self.applicationView(db, $0) }
        }
    }

    /// The header of one of the caller's declarations.
    public func application(id: Int64, caller: Caller) throws -> ApplicationView {
        try read { db in
            let principal = try self.requireApplicant(caller)
            return try self.applicationView(db, try self.ownApplication(db, id: id, principal))
        }
    }

    /// The whole declaration as one JSON document: the applicant's live draft, or after submission the frozen
    /// snapshot with the live header.
    /// `reader`, when given, is the calling thread's own connection (`DedicatedReader`); otherwise a pool reader.
    public func applicationDocument(id: Int64, caller: Caller, reader: DedicatedReader? = nil) throws -> [UInt8] {
        let principal = try requireApplicant(caller)
        // No transaction: the document is one statement (`oneStatementDocument`), its own consistent read.
        let statement = { (db: Database) in try self.oneStatementDocument(db, id: id, applicant: principal.accountID) }
        let lookup = try reader.map { try $0.oneStatement(statement) } ?? store.pool.unsafeRead(statement)
        switch lookup {
        case .document(let bytes): return bytes
        case .notFound: throw EngineError.notFound(entity: "application", key: String(id))
        case .needsFullPath:
            return try read { db in try self.document(db, try self.ownApplication(db, id: id, principal)) }
        }
    }

    // MARK: helpers

    /// The document of `app`: frozen sections when it has a snapshot and is not being edited (reviewers always get
    /// the snapshot: `frozen`), live ones otherwise.
    /// The stored JSON is copied as bytes from SQLite's buffers to the answer: neither decoded nor turned into a
    /// `String` (which would validate every byte of it again).
    func document(_ db: Database, _ app: ApplicationRecord, frozen: Bool = false) throws -> [UInt8] {
        let header = try documentHeader(db, app).json
        if let snapshotID = app.snapshotId, frozen || !(ApplicationState(rawValue: app.state)?.isEditable ?? false),
            let row = try Row.fetchOne(
                try db.cachedStatement(sql: "SELECT document FROM application_snapshot WHERE id = ?"),
                arguments: [snapshotID])
        {
            let snapshot = try row.withUnsafeData(atIndex: 0) { [UInt8]($0 ?? Data()) }
            return DocumentJSON.document(header: header, body: snapshot)
        }
        return DocumentJSON.document(header: header, body: try liveBody(db, app))
    }

    /// `{"person":…,"sections":…}` from the sections as they are now, in key order.
    func liveBody(_ db: Database, _ app: ApplicationRecord) throws -> [UInt8] {
        var body = LiveBodyWriter(person: try person(db, app))
        let rows = try Row.fetchCursor(
            try db.cachedStatement(
                sql: "SELECT section, content FROM application_section WHERE application_id = ? ORDER BY section"),
            arguments: [app.id])
        while let row = try rows.next() { try body.appendSection(row, at: 0) }
        return body.finish()
    }

    func person(_ db: Database, _ app: ApplicationRecord) throws -> DocumentPerson {
        if let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT id_number, name, gender, birth_date FROM applicant WHERE account_id = ?"),
            arguments: [app.applicantAccountId])
        {
            return DocumentPerson(name: row[1], gender: row[2], idNumber: row[0], birthDate: row[3])
        }
        let account = try AccountRecord.find(db, id: app.applicantAccountId)
        return DocumentPerson(name: account?.displayName ?? "", gender: "", idNumber: account?.login ?? "", birthDate: "")
    }

    func documentHeader(_ db: Database, _ app: ApplicationRecord) throws -> DocumentHeader {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.headerNamesSQL), arguments: [app.id])
        guard let row = try rows.next() else {
            throw EngineError.notFound(entity: "application", key: String(app.id ?? 0))
        }
        return DocumentHeader(app, names: row, at: 0)
    }

    /// The names a document's header shows beside the application's own columns, in `DocumentHeader(_:names:at:)`'s
    /// order, and the joins from `application a` that give them; `oneStatementDocumentSQL` selects them too.
    static let headerNameColumns = "b.name, e.code, e.name, s.name, q.name"
    static let headerJoins = """
        JOIN batch b ON b.id = a.batch_id
        JOIN organization e ON e.id = a.employer_organization_id
        LEFT JOIN reference_qualification q ON q.code = a.qualification_code
        LEFT JOIN reference_series s ON s.code = q.series_code
        """
    static let headerNamesSQL = "SELECT \(headerNameColumns) FROM application a \(headerJoins) WHERE a.id = ?"

    /// The header of `app`, read in one query (names of its batch, employer, applicant, qualification and the
    /// organisation it waits at); `withSections` adds which sections are saved, without their content.
    func applicationView(_ db: Database, _ app: ApplicationRecord, withSections: Bool = true) throws -> ApplicationView {
        let row = try Row.fetchOne(
            try db.cachedStatement(sql: """
                SELECT b.name AS batch_name, e.code AS employer_code, e.name AS employer_name,
                    p.name AS person_name, p.id_number, acc.display_name, acc.login,
                    s.name AS series_name, q.name AS qualification_name, r.code AS review_code, r.name AS review_name
                FROM application a
                JOIN batch b ON b.id = a.batch_id
                JOIN organization e ON e.id = a.employer_organization_id
                JOIN account acc ON acc.id = a.applicant_account_id
                LEFT JOIN applicant p ON p.account_id = a.applicant_account_id
                LEFT JOIN reference_qualification q ON q.code = a.qualification_code
                LEFT JOIN reference_series s ON s.code = q.series_code
                LEFT JOIN organization r ON r.id = a.review_organization_id
                WHERE a.id = ?
                """), arguments: [app.id])
        guard let row else { throw EngineError.notFound(entity: "application", key: String(app.id ?? 0)) }
        var sections: [SectionStatus] = []
        if withSections {
            let order = Dictionary(uniqueKeysWithValues: SectionKey.allCases.enumerated().map { ($1, $0) })
            sections = try Row.fetchAll(
            try db.cachedStatement(sql: "SELECT section, revision, saved_at FROM application_section WHERE application_id = ?"),
                arguments: [app.id]
            ).compactMap { r in
                SectionKey(rawValue: r["section"]).map {
                    SectionStatus(key: $0, revision: r["revision"], savedAt: r["saved_at"])
                }
            }.sorted { order[$0.key] ?? 0 < order[$1.key] ?? 0 }
        }
        // By position, in the SELECT's order: by name, each lookup lower-cases and compares every column name.
        let reviewCode: String? = row[9]
        let personName: String? = row[3]
        let idNumber: String? = row[4]
        return ApplicationView(
            id: app.id ?? 0, batchID: app.batchId, batchName: row[0],
            applicantIDNumber: idNumber ?? row[6], applicantName: personName ?? row[5],
            employerCode: row[1], employerName: row[2],
            state: ApplicationState(rawValue: app.state) ?? .draft,
            declaration: DeclarationInfo(
                reviewMethod: ReviewMethod(rawValue: app.reviewMethod) ?? .review,
                route: DeclarationRoute(rawValue: app.route) ?? .normal, seriesCode: app.seriesCode,
                qualificationCode: app.qualificationCode, specialty: app.specialty),
            seriesName: row[7] ?? app.seriesCode,
            qualificationName: row[8] ?? app.qualificationCode,
            level: TitleLevel(rawValue: app.level) ?? .zhongji, sections: sections, createdAt: app.createdAt,
            updatedAt: app.updatedAt, submittedAt: app.submittedAt, round: app.round,
            reviewAt: reviewCode.map { ($0, row[10] ?? "") },
            reviewStage: app.reviewStage.flatMap(ReviewStage.init(rawValue:)),
            returnedSections: editableSections(app).map { Array($0).sorted { $0.rawValue < $1.rawValue } } ?? [],
            returnReason: app.returnReason)
    }

    /// The caller's own application; someone else's is reported as not found.
    func ownApplication(_ db: Database, id: Int64, _ principal: Principal) throws -> ApplicationRecord {
        guard let app = try ApplicationRecord.find(db, id: id), app.applicantAccountId == principal.accountID
        else { throw EngineError.notFound(entity: "application", key: String(id)) }
        return app
    }

    /// Saving needs a draft (or a returned declaration, then only its marked sections) in a batch that is not
    /// archived. `section` nil asks for the declaration as a whole (files may be added to a returned one).
    func requireEditable(_ db: Database, _ app: ApplicationRecord, section: SectionKey?) throws {
        let state = ApplicationState(rawValue: app.state) ?? .draft
        guard state.isEditable else {
            throw EngineError.failedPrecondition(
                "the declaration is \(state.chineseName) (\(state.rawValue)) and cannot be changed"
                    + (state == .submitted ? "; withdraw it first, if no reviewer has acted yet" : ""),
                state: state.rawValue)
        }
        if try Bool.fetchOne(
            try db.cachedStatement(sql: "SELECT archived FROM batch WHERE id = ?"), arguments: [app.batchId]) == true {
            throw EngineError.failedPrecondition("the batch is archived", state: "archived")
        }
        if let section, let marked = editableSections(app), !marked.contains(section) {
            throw EngineError.failedPrecondition(
                "the reviewer returned the declaration for changes to "
                    + marked.sorted { $0.rawValue < $1.rawValue }.map(\.chineseName).joined(separator: "、")
                    + " only; \(section.chineseName) cannot be changed", state: app.state)
        }
    }

    func sectionContext(_ db: Database, _ app: ApplicationRecord, now: Date) throws -> SectionContext {
        let birth = try String.fetchOne(
            try db.cachedStatement(sql: "SELECT birth_date FROM applicant WHERE account_id = ?"), arguments: [app.applicantAccountId])
        return SectionContext(
            today: CalendarDay(now), birthDate: birth.flatMap(CalendarDay.init(parsing:)) ?? CalendarDay(year: 1900, month: 1, day: 1),
            level: TitleLevel(rawValue: app.level), seriesCode: app.seriesCode)
    }

    /// Every evidence reference must name a file of this declaration, not deleted, of a type the reference accepts.
    func evidenceViolations(_ db: Database, _ app: ApplicationRecord, _ refs: [EvidenceReference]) throws
        -> [Violation]
    {
        var v: [Violation] = []
        for ref in refs {
            let row = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT media_type FROM evidence_file WHERE id = ? AND application_id = ? AND deleted_at IS NULL"),
                arguments: [ref.fileID, app.id])
            guard let mediaType = row?["media_type"] as String? else {
                v.append(Violation(field: ref.field, reason: "file \(ref.fileID) is not an uploaded file of this declaration"))
                continue
            }
            if !ref.accepts.contains(mediaType) {
                v.append(
                    Violation(
                        field: ref.field,
                        reason: "file \(ref.fileID) is \(mediaType); this needs "
                            + ref.accepts.sorted().joined(separator: " or ")))
            }
        }
        return v
    }

    static func decodeSection(_ type: any DeclarationSection.Type, _ content: String) throws -> any DeclarationSection {
        try CanonicalJSON.decode(type, from: content)
    }

    static func unique(_ v: [Violation]) -> [Violation] {
        var seen = Set<Violation>()
        return v.filter { seen.insert($0).inserted }
    }
}

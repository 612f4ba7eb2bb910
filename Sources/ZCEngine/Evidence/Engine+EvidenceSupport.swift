import Foundation
import GRDB
import Logging

/// The checks and steps the evidence operations share.
extension Engine {
    /// Files follow the declaration: added and removed only while it is a draft (or returned for changes) in a batch
    /// not archived — the rule of saving a section.
    func requireFilesEditable(_ db: Database, _ app: ApplicationRecord) throws {
        try requireEditable(db, app, section: nil)
    }

    /// The caller's own unfinished upload and its declaration, still a draft.
    func ownUpload(_ uploadID: String, caller: Caller) async throws -> (UploadRecord, ApplicationRecord) {
        try read { db in
            let principal = try self.requireApplicant(caller)
            guard let upload = try UploadRecord.fetchOne(db, key: uploadID), upload.accountId == principal.accountID
            else { throw EngineError.notFound(entity: "upload", key: uploadID) }
            let app = try self.ownApplication(db, id: upload.applicationId, principal)
            try self.requireFilesEditable(db, app)
            return (upload, app)
        }
    }

    /// Refuses `adding` more bytes when the declaration's live files and unfinished uploads (other than
    /// `excludingUpload`) would pass `maxDeclarationBytes`.
    func checkDeclarationLimit(_ db: Database, _ applicationID: Int64, adding: Int64, excludingUpload: String?) throws {
        let live =
            try Int64.fetchOne(
            try db.cachedStatement(sql: "SELECT coalesce(sum(size), 0) FROM evidence_file WHERE application_id = ? AND deleted_at IS NULL"),
                arguments: [applicationID]) ?? 0
        let pending =
            try Int64.fetchOne(
            try db.cachedStatement(sql: "SELECT coalesce(sum(size), 0) FROM upload WHERE application_id = ? AND id IS NOT ?"),
                arguments: [applicationID, excludingUpload]) ?? 0
        let limit = config.maxDeclarationBytes
        guard live + pending + adding <= limit else {
            throw EngineError.resourceExhausted(
                "a declaration's files may have at most \(Self.bytesText(limit)) together; it has "
                    + "\(Self.bytesText(live)) stored and \(Self.bytesText(pending)) being uploaded, so "
                    + "\(Self.bytesText(adding)) more do not fit (delete a file first)")
        }
    }

    /// Records a file of a declaration whose content is in place: the `blob` row if new, the `evidence_file` row
    /// and the audit event `file.upload`, in the caller's transaction.
    func addEvidenceFile(
        _ db: Database, app: ApplicationRecord, sha256: String, size: Int64, mediaType: EvidenceMediaType,
        name: String, now: Date, caller: Caller, detail: [String: String]
    ) throws -> EvidenceFileView {
        try db.execute(
            sql: "INSERT OR IGNORE INTO blob (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)",
            arguments: [sha256, size, mediaType.rawValue, now])
        var file = EvidenceFileRecord(
            applicationId: app.id ?? 0, sha256: sha256, name: name, mediaType: mediaType.rawValue, size: size,
            uploadedAt: now)
        try file.insert(db)
        try audit(
            db, caller,
            AuditEntry(
                action: "file.upload", organizationID: app.employerOrganizationId, targetType: "evidence_file",
                targetID: file.id.map(String.init), caseID: app.id,
                detail: detail.merging(
                    ["sha256": sha256, "size": String(size), "mediaType": mediaType.rawValue, "name": name]
                ) { a, _ in a }))
        return fileView(file, referencedBy: [])
    }

    /// Drops an upload that cannot succeed (wrong checksum, wrong kind, bytes lost): its row, its partial file, and
    /// a `file.upload` audit event with outcome `failed`.
    func discardUpload(_ upload: UploadRecord, app: ApplicationRecord, reason: String, caller: Caller) async throws {
        try await write { db in
            _ = try UploadRecord.deleteOne(db, key: upload.id)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "file.upload", outcome: .failed, organizationID: app.employerOrganizationId,
                    targetType: "upload", targetID: upload.id, caseID: app.id,
                    detail: [
                        "sha256": upload.sha256, "size": String(upload.size), "name": upload.name, "reason": reason,
                    ]))
        }
        let evidence = self.evidence
        try await FileWork.run { try evidence.removePart(upload.id) }
    }

    /// Lowers an upload's acknowledged bytes to what its partial file still holds.
    func resetReceived(_ uploadID: String, to bytes: Int64) async throws {
        let now = clock.now()
        logger.warning("upload \(uploadID): its partial file holds only \(bytes) bytes; continuing from there")
        try await write { db in
            try db.execute(
                sql: "UPDATE upload SET received = ?, updated_at = ? WHERE id = ? AND received > ?",
                arguments: [bytes, now, uploadID, bytes])
        }
    }

    func fileView(_ r: EvidenceFileRecord, referencedBy: [String]) -> EvidenceFileView {
        EvidenceFileView(
            id: r.id ?? 0, applicationID: r.applicationId, name: r.name,
            mediaType: EvidenceMediaType(rawValue: r.mediaType) ?? .pdf, size: r.size, sha256: r.sha256,
            uploadedAt: r.uploadedAt, referencedBy: referencedBy)
    }

    static func wrongOffset(_ offset: Int64, expected: Int64) -> EngineError {
        .failedPrecondition(
            "the next chunk must start at byte \(expected), not \(offset)", state: String(expected),
            violations: [Violation(field: "offset", reason: "expected \(expected)")])
    }

    static func wrongKind(_ kind: String, field: String) -> EngineError {
        .invalid(field, "the file is \(kind), not a PDF, JPEG or PNG; the upload is discarded")
    }

    /// A display name: 1–200 characters, no control characters and no `/` or `\` (it is a name, not a path).
    static func evidenceFileName(_ name: String, into v: inout [Violation]) -> String {
        let trimmed = Validate.text(name, field: "name", max: 200, into: &v)
        if trimmed.contains("/") || trimmed.contains("\\") {
            v.append(Violation(field: "name", reason: "must be a file name without / or \\"))
        }
        return trimmed
    }

    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy(UploadID.isLowerHex)
    }

    /// `20 MiB (20971520 bytes)`.
    static func bytesText(_ n: Int64) -> String {
        let mib = Double(n) / 1_048_576
        let short = mib >= 1 ? String(format: "%.1f MiB", mib) : String(format: "%.1f KiB", Double(n) / 1024)
        return "\(short) (\(n) bytes)"
    }
}

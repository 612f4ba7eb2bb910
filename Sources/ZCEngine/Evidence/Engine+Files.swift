import Foundation
import GRDB

extension Engine {
    /// 材料列表 — the live evidence files of one of the caller's declarations, oldest first, each with the places in
    /// the saved sections that refer to it.
    public func evidenceFiles(applicationID: Int64, caller: Caller) async throws -> [EvidenceFileView] {
        try read { db in
            let principal = try self.requireApplicant(caller)
            let app = try self.ownApplication(db, id: applicationID, principal)
            let refs = try self.evidenceReferences(db, applicationID: app.id ?? 0)
            return try EvidenceFileRecord.filter(
                Column("application_id") == applicationID && Column("deleted_at") == nil
            ).order(Column("id")).fetchAll(db).map { self.fileView($0, referencedBy: refs[$0.id ?? 0] ?? []) }
        }
    }

    /// 下载材料 — up to `length` bytes (default and at most `uploadChunkBytes`) of one of the caller's files from
    /// `offset` (default 0), with the file's size and SHA-256 so a client can reassemble and check it.
    public func downloadFile(fileID: Int64, offset: Int64?, length: Int?, caller: Caller) async throws
        -> EvidenceChunk
    {
        let offset = offset ?? 0
        let length = length ?? config.uploadChunkBytes
        var v: [Violation] = []
        if offset < 0 { v.append(Violation(field: "offset", reason: "must not be negative")) }
        if length < 1 || length > config.uploadChunkBytes {
            v.append(Violation(field: "length", reason: "must be 1 to \(config.uploadChunkBytes) bytes"))
        }
        guard v.isEmpty else { throw EngineError.invalidArgument(v) }
        let file = try read { db in
            let principal = try self.requireApplicant(caller)
            return try self.ownFile(db, fileID, principal)
        }
        guard offset <= file.size else {
            throw EngineError.invalid("offset", "is past the end of the file (\(file.size) bytes)")
        }
        let wanted = Int(min(Int64(length), file.size - offset))
        let evidence = self.evidence
        let data =
            wanted == 0
            ? Data() : try await FileWork.run { try evidence.readBlob(file.sha256, offset: offset, length: wanted) }
        guard data.count == wanted else {
            throw EvidenceDamaged(sha256: file.sha256, expected: file.size, offset: offset, read: data.count)
        }
        return EvidenceChunk(
            fileID: fileID, name: file.name, data: data, offset: offset, size: file.size, sha256: file.sha256,
            mediaType: EvidenceMediaType(rawValue: file.mediaType) ?? .pdf)
    }

    /// 删除材料 — removes a file from one of the caller's draft declarations; refused while a saved section still
    /// refers to it. The row is kept, marked deleted, and so is the content (a submitted snapshot or another
    /// declaration may name it).
    public func deleteFile(fileID: Int64, caller: Caller) async throws {
        let now = clock.now()
        try await write { db in
            let principal = try self.requireApplicant(caller)
            var file = try self.ownFile(db, fileID, principal)
            let app = try self.ownApplication(db, id: file.applicationId, principal)
            try self.requireFilesEditable(db, app)
            let refs = try self.evidenceReferences(db, applicationID: file.applicationId)[fileID] ?? []
            guard refs.isEmpty else {
                throw EngineError.failedPrecondition(
                    "file \(fileID) is still referred to by \(refs.joined(separator: ", ")); save those sections "
                        + "without it first", state: "referenced",
                    violations: refs.map { Violation(field: $0, reason: "refers to file \(fileID)") })
            }
            file.deletedAt = now
            try file.update(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "file.delete", organizationID: app.employerOrganizationId, targetType: "evidence_file",
                    targetID: String(fileID), caseID: app.id,
                    detail: [
                        "sha256": file.sha256, "size": String(file.size), "mediaType": file.mediaType,
                        "name": file.name,
                    ]))
        }
    }

    /// A live file of one of the principal's declarations; anything else is "not found".
    func ownFile(_ db: Database, _ fileID: Int64, _ principal: Principal) throws -> EvidenceFileRecord {
        guard let file = try EvidenceFileRecord.find(db, id: fileID), file.deletedAt == nil,
            try ApplicationRecord.find(db, id: file.applicationId)?.applicantAccountId == principal.accountID
        else { throw EngineError.notFound(entity: "file", key: String(fileID)) }
        return file
    }
}

/// A stored file is shorter than its row says: the evidence folder was damaged outside zcd. Reported as an
/// internal error and logged in full.
struct EvidenceDamaged: Error, CustomStringConvertible {
    var sha256: String
    var expected: Int64
    var offset: Int64
    var read: Int

    var description: String {
        "evidence \(sha256) is damaged: \(expected) bytes recorded, only \(read) readable at offset \(offset)"
    }
}

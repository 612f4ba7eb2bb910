public import Foundation
import GRDB
import Logging

extension Engine {
    /// 上传材料, step 1 — announces a file (name, size, SHA-256) for one of the caller's draft declarations.
    ///
    /// Answers with the upload to send chunks to and the bytes already stored (0 for a new upload; more when the same
    /// account announces the same content for the same declaration again: resuming). When the content is stored
    /// already — uploaded before, by anyone — the file is added to the declaration at once and nothing is sent.
    public func beginUpload(applicationID: Int64, name: String, size: Int64, sha256: String, caller: Caller)
        async throws -> UploadTicket
    {
        var v: [Violation] = []
        let name = Self.evidenceFileName(name, into: &v)
        if !Self.isSHA256(sha256) { v.append(Violation(field: "sha256", reason: "must be 64 lower-case hex digits")) }
        if size < 1 { v.append(Violation(field: "size", reason: "must be at least 1 byte")) }
        guard v.isEmpty else { throw EngineError.invalidArgument(v) }
        guard size <= config.maxUploadBytes else {
            throw EngineError.resourceExhausted(
                "a file may have at most \(Self.bytesText(config.maxUploadBytes)); "
                    + "this one has \(Self.bytesText(size))")
        }
        let evidence = self.evidence
        // Content at its address was verified before it was put there, so its presence is proof enough.
        let stored = try await FileWork.run { () -> (size: Int64, head: [UInt8])? in
            guard let size = evidence.blobSize(sha256) else { return nil }
            try evidence.syncBlob(sha256)
            return (size, try evidence.blobHead(sha256))
        }
        let now = clock.now()
        let chunkBytes = config.uploadChunkBytes
        let (ticket, stalePart) = try await write { db -> (UploadTicket, String?) in
            let principal = try self.requireApplicant(caller)
            let app = try self.ownApplication(db, id: applicationID, principal)
            try self.requireFilesEditable(db, app)
            let existing = try UploadRecord.filter(
                Column("application_id") == applicationID && Column("account_id") == principal.accountID
                    && Column("sha256") == sha256 && Column("size") == size
            ).fetchOne(db)
            if let stored {
                guard stored.size == size else {
                    throw EngineError.invalid(
                        "size", "the content with this SHA-256 has \(stored.size) bytes, not \(size)")
                }
                guard case .accepted(let mediaType) = MediaSniffer.detect(stored.head) else {
                    throw EngineError.invalid("sha256", "the stored content with this SHA-256 is not an accepted kind")
                }
                if let existing { try existing.delete(db) }
                try self.checkDeclarationLimit(db, applicationID, adding: size, excludingUpload: existing?.id)
                let file = try self.addEvidenceFile(
                    db, app: app, sha256: sha256, size: size, mediaType: mediaType, name: name, now: now,
                    caller: caller, detail: ["dedup": "true"])
                return (UploadTicket(uploadID: nil, chunkBytes: chunkBytes, received: size, size: size, file: file),
                    existing?.id)
            }
            var upload: UploadRecord
            if var existing {
                existing.name = name
                existing.updatedAt = now
                try existing.update(db)
                upload = existing
            } else {
                let pending = try UploadRecord.filter(Column("application_id") == applicationID).fetchCount(db)
                guard pending < self.config.maxPendingUploads else {
                    throw EngineError.resourceExhausted(
                        "declaration \(applicationID) has \(pending) unfinished uploads; finish one first")
                }
                try self.checkDeclarationLimit(db, applicationID, adding: size, excludingUpload: nil)
                upload = UploadRecord(
                    id: UploadID.make(), applicationId: applicationID, accountId: principal.accountID, name: name,
                    size: size, sha256: sha256, received: 0, createdAt: now, updatedAt: now)
                try upload.insert(db)
            }
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "file.beginUpload", organizationID: app.employerOrganizationId, targetType: "upload",
                    targetID: upload.id, caseID: applicationID,
                    detail: [
                        "sha256": sha256, "size": String(size), "name": name, "received": String(upload.received),
                        "resumed": existing == nil ? "false" : "true",
                    ]))
            return (UploadTicket(
                uploadID: upload.id, chunkBytes: chunkBytes, received: upload.received, size: size, file: nil), nil)
        }
        if let stalePart { try? await FileWork.run { try evidence.removePart(stalePart) } }
        guard let uploadID = ticket.uploadID, ticket.received > 0 else { return ticket }
        // Resuming: what the database acknowledged must still be on disk.
        let onDisk = try await FileWork.run { evidence.partSize(uploadID) ?? 0 }
        guard onDisk < ticket.received else { return ticket }
        try await resetReceived(uploadID, to: onDisk)
        var fixed = ticket
        fixed.received = onDisk
        return fixed
    }

    /// 上传材料, step 2 — stores the next chunk; `offset` must equal the bytes received so far. The chunk is on
    /// disk (fsynced) before the answer.
    public func uploadChunk(uploadID: String, offset: Int64, data: Data, caller: Caller) async throws
        -> UploadProgress
    {
        guard UploadID.isValid(uploadID) else { throw EngineError.notFound(entity: "upload", key: uploadID) }
        guard !data.isEmpty else { throw EngineError.invalid("data", "must hold at least one byte") }
        guard data.count <= config.uploadChunkBytes else {
            throw EngineError.invalid("data", "a chunk may hold at most \(config.uploadChunkBytes) bytes")
        }
        let evidence = self.evidence
        return try await uploadGate.with(uploadID) {
            let (upload, app) = try await self.ownUpload(uploadID, caller: caller)
            guard offset == upload.received else {
                throw Self.wrongOffset(offset, expected: upload.received)
            }
            guard offset + Int64(data.count) <= upload.size else {
                throw EngineError.invalid(
                    "data",
                    "the chunk ends at byte \(offset + Int64(data.count)), past the declared size \(upload.size)")
            }
            if offset == 0, data.count >= min(MediaSniffer.headLength, Int(upload.size)),
                case .refused(let kind) = MediaSniffer.detect([UInt8](data.prefix(MediaSniffer.headLength)))
            {
                // Refused at the first bytes, so that a wrong file is not sent whole before being turned down.
                try await self.discardUpload(upload, app: app, reason: "content is \(kind)", caller: caller)
                throw Self.wrongKind(kind, field: "data")
            }
            do {
                try await FileWork.run { try evidence.writeChunk(uploadID, offset: offset, bytes: data) }
            } catch let e as FileSystemError where e.isNoSpace {
                throw EngineError.resourceExhausted("the daemon's disk is full; try again later")
            } catch let short as PartTooShort {
                try await self.resetReceived(uploadID, to: short.stored)
                throw Self.wrongOffset(offset, expected: short.stored)
            }
            let received = offset + Int64(data.count)
            let now = self.clock.now()
            try await self.write { db in
                try db.execute(
                    sql: "UPDATE upload SET received = ?, updated_at = ? WHERE id = ? AND received = ?",
                    arguments: [received, now, uploadID, offset])
                guard db.changesCount == 1 else {
                    throw EngineError.aborted("upload \(uploadID) changed meanwhile; begin it again", state: "changed")
                }
            }
            return UploadProgress(received: received, size: upload.size)
        }
    }

    /// 上传材料, step 3 — checks the size, the SHA-256 and the kind (from the content), stores the file at its content
    /// address and adds it to the declaration; all on disk before the answer. A wrong checksum or kind discards the
    /// upload.
    public func finishUpload(uploadID: String, caller: Caller) async throws -> EvidenceFileView {
        guard UploadID.isValid(uploadID) else { throw EngineError.notFound(entity: "upload", key: uploadID) }
        let evidence = self.evidence
        return try await uploadGate.with(uploadID) {
            let (upload, app) = try await self.ownUpload(uploadID, caller: caller)
            guard upload.received == upload.size else {
                throw EngineError.failedPrecondition(
                    "\(upload.received) of \(upload.size) bytes received; send the rest first",
                    state: String(upload.received),
                    violations: [Violation(field: "offset", reason: "expected \(upload.received)")])
            }
            let found = try await FileWork.run { () -> FinishFound in
                if evidence.partSize(uploadID) != nil {
                    let d = try evidence.digest(evidence.partPath(uploadID))
                    return .part(sha256: d.sha256, size: d.size, head: d.head)
                }
                // A crash after the move and before the database commit: the content is in place already.
                if evidence.blobSize(upload.sha256) == upload.size {
                    try evidence.syncBlob(upload.sha256)
                    return .placed(head: try evidence.blobHead(upload.sha256))
                }
                return .lost
            }
            let mediaType: EvidenceMediaType
            switch found {
            case .lost:
                try await self.discardUpload(upload, app: app, reason: "bytes lost", caller: caller)
                throw EngineError.failedPrecondition(
                    "the bytes of upload \(uploadID) are gone; begin the upload again", state: "lost")
            case .part(let sha256, let size, let head):
                guard size == upload.size, sha256 == upload.sha256 else {
                    try await self.discardUpload(upload, app: app, reason: "checksum mismatch", caller: caller)
                    throw EngineError.invalid(
                        "sha256",
                        "the \(size) bytes received have SHA-256 \(sha256), not the stated \(upload.sha256); "
                            + "the upload is discarded, begin it again")
                }
                switch MediaSniffer.detect(head) {
                case .refused(let kind):
                    try await self.discardUpload(upload, app: app, reason: "content is \(kind)", caller: caller)
                    throw Self.wrongKind(kind, field: "upload")
                case .accepted(let type):
                    mediaType = type
                }
                try self.read { db in
                    try self.checkDeclarationLimit(db, app.id ?? 0, adding: upload.size, excludingUpload: uploadID)
                }
                try await FileWork.run { try evidence.place(uploadID, sha256: upload.sha256) }
            case .placed(let head):
                guard case .accepted(let type) = MediaSniffer.detect(head) else {
                    throw EngineError.failedPrecondition("the stored content is not an accepted kind", state: "lost")
                }
                mediaType = type
            }
            let now = self.clock.now()
            return try await self.write { db in
                let fresh = try self.ownApplication(db, id: upload.applicationId, try self.requireApplicant(caller))
                try self.requireFilesEditable(db, fresh)
                try self.checkDeclarationLimit(db, upload.applicationId, adding: upload.size, excludingUpload: uploadID)
                guard try UploadRecord.deleteOne(db, key: uploadID) else {
                    throw EngineError.aborted("upload \(uploadID) was finished or discarded meanwhile", state: "gone")
                }
                return try self.addEvidenceFile(
                    db, app: fresh, sha256: upload.sha256, size: upload.size, mediaType: mediaType, name: upload.name,
                    now: now, caller: caller, detail: ["upload": uploadID])
            }
        }
    }

    /// Removes unfinished uploads untouched for `staleUploadSeconds`, and partial files no upload owns. Called by
    /// zcd at start-up, before it serves; failures are logged, never fatal.
    public func sweepStaleUploads() async {
        let cutoff = clock.now().addingTimeInterval(-Double(config.staleUploadSeconds))
        let evidence = self.evidence
        do {
            let stale = try await write { db -> [String] in
                let ids = try String.fetchAll(
            try db.cachedStatement(sql: "SELECT id FROM upload WHERE updated_at < ?"), arguments: [cutoff])
                try db.execute(sql: "DELETE FROM upload WHERE updated_at < ?", arguments: [cutoff])
                return ids
            }
            let live = Set(try read { db in try String.fetchAll(
            try db.cachedStatement(sql: "SELECT id FROM upload")) })
            let removed = try await FileWork.run { () -> Int in
                var n = 0
                for part in evidence.partFiles() where !live.contains(part.upload) {
                    try evidence.removePart(part.upload)
                    n += 1
                }
                return n
            }
            if !stale.isEmpty || removed > 0 {
                logger.info("removed \(stale.count) stale upload(s) and \(removed) partial file(s)")
            }
        } catch {
            logger.error("could not sweep stale uploads: \(error)")
        }
    }
}

/// What `finishUpload` found on disk.
private enum FinishFound: Sendable {
    case part(sha256: String, size: Int64, head: [UInt8])
    case placed(head: [UInt8])
    case lost
}

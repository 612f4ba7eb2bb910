public import Foundation
import GRDB

/// A row of `blob`: one stored content, by SHA-256.
struct BlobRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "blob"

    var sha256: String
    var size: Int64
    var mediaType: String
    var createdAt: Date
}

/// A row of `evidence_file`: a declaration's use of a stored content under a name.
struct EvidenceFileRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "evidence_file"

    var id: Int64?
    var applicationId: Int64
    var sha256: String
    var name: String
    var mediaType: String
    var size: Int64
    var uploadedAt: Date
    /// Set by `file.delete`: the row stays, because a submitted snapshot or the audit trail may still name it.
    var deletedAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `upload`: an unfinished upload; `received` is the number of bytes acknowledged (and fsynced).
struct UploadRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "upload"

    var id: String
    var applicationId: Int64
    var accountId: Int64
    var name: String
    var size: Int64
    var sha256: String
    var received: Int64
    var createdAt: Date
    var updatedAt: Date
}

/// 材料 — an evidence file of a declaration as the engine reports it.
public struct EvidenceFileView: Sendable, Equatable {
    public var id: Int64
    public var applicationID: Int64
    /// The name the applicant gave (display only; never used as a path).
    public var name: String
    public var mediaType: EvidenceMediaType
    public var size: Int64
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String
    public var uploadedAt: Date
    /// The places in the saved sections that refer to this file, e.g. `education.entries[0].evidence[1]`.
    public var referencedBy: [String]
}

/// The answer to beginning an upload: where to continue, or the finished file when its content was there already.
public struct UploadTicket: Sendable, Equatable {
    /// The upload to send chunks to; nil when `file` is set.
    public var uploadID: String?
    /// The largest chunk accepted, in bytes.
    public var chunkBytes: Int
    /// Bytes stored so far: the offset of the next chunk.
    public var received: Int64
    public var size: Int64
    /// Set when the upload completed at once because the same content is stored already (content-addressed).
    public var file: EvidenceFileView?

    public var isComplete: Bool { file != nil }
}

/// Where an upload stands after a chunk.
public struct UploadProgress: Sendable, Equatable {
    public var received: Int64
    public var size: Int64
}

/// A slice of a stored evidence file.
public struct EvidenceChunk: Sendable, Equatable {
    public var fileID: Int64
    public var name: String
    public var data: Data
    public var offset: Int64
    /// The whole file's size.
    public var size: Int64
    public var sha256: String
    public var mediaType: EvidenceMediaType
}

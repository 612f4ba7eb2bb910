public import Foundation

/// 材料 — an evidence file of a declaration.
public struct FileInfo: Codable, Hashable, Sendable {
    /// The file's id: sections refer to the file by it.
    public var id: Int64
    /// The declaration it belongs to.
    public var application: Int64
    /// The name given at upload (display only).
    public var name: String
    /// Decided from the content at upload, never from the name.
    public var mediaType: EvidenceMediaType
    /// Bytes.
    public var size: Int64
    /// SHA-256 of the content, 64 lower-case hex digits.
    public var sha256: String
    public var uploadedAt: Date
    /// The places in the saved sections that refer to this file, e.g. `education.entries[0].evidence[1]`; a file
    /// listed here cannot be deleted.
    public var referencedBy: [String]

    public init(
        id: Int64, application: Int64, name: String, mediaType: EvidenceMediaType, size: Int64, sha256: String,
        uploadedAt: Date, referencedBy: [String]
    ) {
        self.id = id
        self.application = application
        self.name = name
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.uploadedAt = uploadedAt
        self.referencedBy = referencedBy
    }
}

/// The kinds of evidence file accepted.
public enum EvidenceMediaType: String, WireEnum {
    /// PDF: the content starts with `%PDF-`.
    case pdf = "application/pdf"
    /// JPEG: the content starts with FF D8 FF.
    case jpeg = "image/jpeg"
    /// PNG: the content starts with 89 50 4E 47 0D 0A 1A 0A.
    case png = "image/png"
}

/// The result of `file.beginUpload`.
public struct BeginUploadResult: Codable, Hashable, Sendable {
    /// The upload to send chunks to and finish; absent when `complete` is true.
    public var upload: String?
    /// The largest chunk `file.uploadChunk` accepts, in bytes before base64.
    public var chunkBytes: Int
    /// Bytes stored so far: the `offset` of the next chunk (more than 0 when resuming).
    public var received: Int64
    /// The declared size.
    public var size: Int64
    /// True when the same content was stored already: the file was added at once and nothing needs to be sent.
    public var complete: Bool
    /// The new file, when `complete` is true.
    public var file: FileInfo?

    public init(upload: String?, chunkBytes: Int, received: Int64, size: Int64, complete: Bool, file: FileInfo?) {
        self.upload = upload
        self.chunkBytes = chunkBytes
        self.received = received
        self.size = size
        self.complete = complete
        self.file = file
    }
}

/// The result of `file.uploadChunk`.
public struct UploadChunkResult: Codable, Hashable, Sendable {
    /// Bytes stored (and on disk) so far: the `offset` of the next chunk.
    public var received: Int64
    /// The declared size; when `received` equals it, call `file.finishUpload`.
    public var size: Int64

    public init(received: Int64, size: Int64) {
        self.received = received
        self.size = size
    }
}

/// The result of `file.download`: one slice of a file.
public struct FileChunk: Codable, Hashable, Sendable {
    public var file: Int64
    public var name: String
    /// The bytes from `offset`, base64 (RFC 4648, with padding); empty at the end of the file.
    public var data: String
    public var offset: Int64
    /// The whole file's size: continue with `offset + decoded length` until it is reached.
    public var size: Int64
    /// SHA-256 of the whole file, to check the reassembled bytes.
    public var sha256: String
    public var mediaType: EvidenceMediaType

    public init(
        file: Int64, name: String, data: String, offset: Int64, size: Int64, sha256: String,
        mediaType: EvidenceMediaType
    ) {
        self.file = file
        self.name = name
        self.data = data
        self.offset = offset
        self.size = size
        self.sha256 = sha256
        self.mediaType = mediaType
    }
}

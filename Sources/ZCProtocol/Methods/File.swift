/// `file.*`: 材料, the evidence files of a declaration — a chunked, resumable upload checked against a SHA-256 the
/// client states, listing, download, delete. docs/protocol.md describes the upload step by step.

/// 上传材料 (1/3) — announce a file; resumes an unfinished upload of the same content, or completes at once when the
/// content is stored already.
public struct BeginUploadRequest: ZCRequest, Hashable {
    public typealias Response = BeginUploadResult
    public static let method = "file.beginUpload"
    public static let summary = "Start (or resume) uploading an evidence file to a draft declaration"
    public static let access = Access([.applicant], scope: "own declaration, while a draft")

    /// The declaration.
    public var application: Int64
    /// The file's name, for people (1–200 characters, no `/`); the kind is decided from the content.
    public var name: String
    /// Bytes; at most the daemon's per-file limit (default 20 MiB).
    public var size: Int64
    /// SHA-256 of the whole content, 64 lower-case hex digits.
    public var sha256: String

    public init(application: Int64, name: String, size: Int64, sha256: String) {
        self.application = application
        self.name = name
        self.size = size
        self.sha256 = sha256
    }
}

/// 上传材料 (2/3) — the next chunk; stored and fsynced before the answer.
public struct UploadChunkRequest: ZCRequest, Hashable {
    public typealias Response = UploadChunkResult
    public static let method = "file.uploadChunk"
    public static let summary = "Send the next chunk of an upload (base64); it is on disk before the answer"
    public static let access = Access([.applicant], scope: "own upload, while the declaration is a draft")

    public var upload: String
    /// Must equal the bytes received so far (`received`); otherwise `failed_precondition` with the expected offset
    /// in `data.state`.
    public var offset: Int64
    /// The bytes, base64 (RFC 4648, with padding); at most `chunkBytes` bytes once decoded.
    public var data: String

    public init(upload: String, offset: Int64, data: String) {
        self.upload = upload
        self.offset = offset
        self.data = data
    }
}

/// 上传材料 (3/3) — check size, SHA-256 and kind, and add the file to the declaration.
public struct FinishUploadRequest: ZCRequest, Hashable {
    public typealias Response = FileInfo
    public static let method = "file.finishUpload"
    public static let summary = "Finish an upload: check its SHA-256 and kind (PDF, JPEG, PNG) and store the file"
    public static let access = Access([.applicant], scope: "own upload, while the declaration is a draft")

    public var upload: String
    public init(upload: String) { self.upload = upload }
}

/// 材料列表 — the files of a declaration.
public struct ListFilesRequest: ZCRequest, Hashable {
    public typealias Response = [FileInfo]
    public static let method = "file.list"
    public static let summary = "List the evidence files of a declaration, with the sections that refer to each"
    public static let access = Access([.applicant], scope: "own declaration")

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// 下载材料 — one slice of a file.
public struct DownloadFileRequest: ZCRequest, Hashable {
    public typealias Response = FileChunk
    public static let method = "file.download"
    public static let summary = "Read a slice of an evidence file (base64), with its size and SHA-256"
    public static let access = Access([.applicant], scope: "own declaration")

    public var file: Int64
    /// Where to start; default 0.
    public var offset: Int64?
    /// How many bytes at most; default and maximum the daemon's chunk size (`chunkBytes`, 1 MiB by default).
    public var length: Int?

    public init(file: Int64, offset: Int64? = nil, length: Int? = nil) {
        self.file = file
        self.offset = offset
        self.length = length
    }
}

/// 删除材料 — while the declaration is a draft, and no saved section refers to the file.
public struct DeleteFileRequest: ZCRequest, Hashable {
    public typealias Response = Empty
    public static let method = "file.delete"
    public static let summary = "Delete an evidence file no saved section refers to, while the declaration is a draft"
    public static let access = Access(
        [.applicant], scope: "own declaration, while a draft; no saved section refers to the file")

    public var file: Int64
    public init(file: Int64) { self.file = file }
}

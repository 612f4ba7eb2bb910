public import Foundation

/// The `file.*` upload and download protocols over one `ZCClient`: what zcctl does, for any Swift client.
///
/// Upload: hash the file, `file.beginUpload` (which says how much is stored already), send the rest in chunks of
/// `chunkBytes` from `received`, `file.finishUpload`. Download: `file.download` slice by slice into a temporary file,
/// check the SHA-256, rename into place.
public enum FileTransfer {
    /// Uploads the file at `path` to declaration `application` under `name` (default: the file's own name),
    /// resuming an earlier interrupted upload of the same content. `progress` gets (bytes stored, size) after the
    /// begin and after each chunk.
    public static func upload(
        _ client: ZCClient, application: Int64, path: String, name: String? = nil,
        progress: (Int64, Int64) -> Void = { _, _ in }
    ) throws(FileTransferError) -> FileInfo {
        let handle = try open(path)
        defer { try? handle.close() }
        let (sha256, size) = try digest(handle, path: path)
        let name = name ?? (path as NSString).lastPathComponent
        let begun = try call(
            client, BeginUploadRequest(application: application, name: name, size: size, sha256: sha256))
        progress(begun.received, size)
        if let file = begun.file { return file }
        guard let upload = begun.upload else { throw .local("the daemon named no upload to send to") }
        var offset = begun.received
        var retries = 0
        while offset < size {
            let want = Int(min(Int64(begun.chunkBytes), size - offset))
            let bytes: Data
            do {
                try handle.seek(toOffset: UInt64(offset))
                bytes = try handle.read(upToCount: want) ?? Data()
            } catch {
                throw .local("cannot read \(path): \(error.localizedDescription)")
            }
            guard bytes.count == want else { throw .local("\(path) changed while it was being uploaded") }
            do {
                let r = try client.call(
                    UploadChunkRequest(upload: upload, offset: offset, data: bytes.base64EncodedString()))
                offset = r.received
                retries = 0
            } catch {
                // The daemon holds a different amount (e.g. after a lost answer): continue from where it says.
                if case .remote(let e) = error, e.code == .failedPrecondition, let state = e.data.state,
                    let expected = Int64(state), retries < 3
                {
                    offset = expected
                    retries += 1
                    continue
                }
                throw .client(error)
            }
            progress(offset, size)
        }
        return try call(client, FinishUploadRequest(upload: upload))
    }

    /// Downloads file `file` to `path` (written as `path.part`, checked against the SHA-256, then renamed).
    public static func download(
        _ client: ZCClient, file: Int64, to path: String, progress: (Int64, Int64) -> Void = { _, _ in }
    ) throws(FileTransferError) -> DownloadedFile {
        let partial = path + ".part"
        guard FileManager.default.createFile(atPath: partial, contents: nil) else {
            throw .local("cannot create \(partial)")
        }
        var finished = false
        defer { if !finished { try? FileManager.default.removeItem(atPath: partial) } }
        let out: FileHandle
        do {
            out = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        } catch {
            throw .local("cannot write \(partial): \(error.localizedDescription)")
        }
        defer { try? out.close() }
        var digest = ContentDigest()
        var offset: Int64 = 0
        var last: FileChunk
        repeat {
            last = try call(client, DownloadFileRequest(file: file, offset: offset))
            guard let bytes = Data(base64Encoded: last.data) else {
                throw .local("the daemon sent data that is not base64")
            }
            if bytes.isEmpty && offset < last.size { throw .local("the daemon sent no bytes at offset \(offset)") }
            do {
                try out.write(contentsOf: bytes)
            } catch {
                throw .local("cannot write \(partial): \(error.localizedDescription)")
            }
            bytes.withUnsafeBytes { digest.update(buffer: $0) }
            offset += Int64(bytes.count)
            progress(offset, last.size)
        } while offset < last.size
        let sha256 = digest.finalizeHex()
        guard sha256 == last.sha256 else {
            throw .local("the downloaded bytes have SHA-256 \(sha256), not \(last.sha256); nothing was written")
        }
        do {
            try out.synchronize()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            throw .local("cannot move the download to \(path): \(error.localizedDescription)")
        }
        finished = true
        return DownloadedFile(
            file: file, name: last.name, path: path, size: last.size, sha256: last.sha256, mediaType: last.mediaType)
    }

    /// The SHA-256 (hex) and size of an open file, read from its start.
    public static func digest(_ handle: FileHandle, path: String) throws(FileTransferError) -> (String, Int64) {
        var digest = ContentDigest()
        var size: Int64 = 0
        do {
            try handle.seek(toOffset: 0)
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                block.withUnsafeBytes { digest.update(buffer: $0) }
                size += Int64(block.count)
            }
        } catch {
            throw .local("cannot read \(path): \(error.localizedDescription)")
        }
        return (digest.finalizeHex(), size)
    }

    private static func open(_ path: String) throws(FileTransferError) -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { throw .local("cannot read \(path): no such file, or not a regular file") }
        return handle
    }

    private static func call<R: ZCRequest>(_ client: ZCClient, _ request: R) throws(FileTransferError) -> R.Response {
        do {
            return try client.call(request)
        } catch {
            throw .client(error)
        }
    }
}

/// A file `FileTransfer.download` wrote and checked.
public struct DownloadedFile: Codable, Hashable, Sendable {
    public var file: Int64
    public var name: String
    /// Where it was written.
    public var path: String
    public var size: Int64
    public var sha256: String
    public var mediaType: EvidenceMediaType
}

/// Why a transfer failed: the daemon or the connection (`client`), or the local file (`local`).
public enum FileTransferError: Error, CustomStringConvertible, Sendable {
    case client(ClientError)
    case local(String)

    public var description: String {
        switch self {
        case .client(let e): "\(e)"
        case .local(let m): m
        }
    }
}

import Foundation
import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `file.*`: evidence files — chunked upload, list, download, delete.
    mutating func registerFile(engine: Engine) {
        on(BeginUploadRequest.self) { r, context in
            let ticket = try await engine.beginUpload(
                applicationID: r.application, name: r.name, size: r.size, sha256: r.sha256, caller: context.caller)
            return BeginUploadResult(
                upload: ticket.uploadID, chunkBytes: ticket.chunkBytes, received: ticket.received, size: ticket.size,
                complete: ticket.isComplete, file: ticket.file.map(FileInfo.init))
        }
        on(UploadChunkRequest.self) { r, context in
            guard let data = Data(base64Encoded: r.data) else {
                throw EngineError.invalid("data", "must be base64 (RFC 4648, with padding)")
            }
            let progress = try await engine.uploadChunk(
                uploadID: r.upload, offset: r.offset, data: data, caller: context.caller)
            return UploadChunkResult(received: progress.received, size: progress.size)
        }
        on(FinishUploadRequest.self) { r, context in
            FileInfo(try await engine.finishUpload(uploadID: r.upload, caller: context.caller))
        }
        on(ListFilesRequest.self) { r, context in
            try await engine.evidenceFiles(applicationID: r.application, caller: context.caller).map(FileInfo.init)
        }
        on(DownloadFileRequest.self) { r, context in
            let chunk = try await engine.downloadFile(
                fileID: r.file, offset: r.offset, length: r.length, caller: context.caller)
            return FileChunk(
                file: chunk.fileID, name: chunk.name, data: chunk.data.base64EncodedString(), offset: chunk.offset,
                size: chunk.size, sha256: chunk.sha256, mediaType: ZCProtocol.EvidenceMediaType(chunk.mediaType))
        }
        on(DeleteFileRequest.self) { r, context in
            try await engine.deleteFile(fileID: r.file, caller: context.caller)
            return Empty()
        }
    }
}

extension FileInfo {
    init(_ v: EvidenceFileView) {
        self.init(
            id: v.id, application: v.applicationID, name: v.name, mediaType: ZCProtocol.EvidenceMediaType(v.mediaType),
            size: v.size, sha256: v.sha256, uploadedAt: v.uploadedAt, referencedBy: v.referencedBy)
    }
}

extension ZCProtocol.EvidenceMediaType {
    init(_ m: ZCEngine.EvidenceMediaType) {
        switch m {
        case .pdf: self = .pdf
        case .jpeg: self = .jpeg
        case .png: self = .png
        }
    }
}

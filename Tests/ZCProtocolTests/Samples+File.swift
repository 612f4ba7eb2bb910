import Foundation
import ZCProtocol

/// `file.*`: the evidence of 张伟's declaration — uploading the full text of his first paper (a PDF of 1 MiB and
/// 7 bytes, so two chunks), listing, downloading and deleting.
extension Samples {
    static let file: [MethodSample] = [
        sample(
            BeginUploadRequest(
                application: applicationID, name: paperFile.name, size: paperFile.size, sha256: paperFile.sha256),
            BeginUploadResult(
                upload: nil, chunkBytes: chunkBytes, received: paperFile.size, size: paperFile.size, complete: true,
                file: newPaperFile)),
        sample(DeleteFileRequest(file: 5023), Empty()),
        sample(
            DownloadFileRequest(file: paperFile.id, offset: Int64(chunkBytes), length: chunkBytes),
            FileChunk(
                file: paperFile.id, name: paperFile.name, data: lastChunk, offset: Int64(chunkBytes),
                size: paperFile.size, sha256: paperFile.sha256, mediaType: .pdf)),
        sample(FinishUploadRequest(upload: uploadID), newPaperFile),
        sample(ListFilesRequest(application: applicationID), [diplomaFile, paperFile]),
        sample(
            UploadChunkRequest(upload: uploadID, offset: Int64(chunkBytes), data: lastChunk),
            UploadChunkResult(received: paperFile.size, size: paperFile.size)),
    ]

    // MARK: Building blocks

    /// 1 MiB, the daemon's default chunk.
    static let chunkBytes = 1_048_576
    /// 32 lower-case hex digits.
    static let uploadID = "9f2c4e7a1b3d5f608192a3b4c5d6e7f8"
    /// The PDF's last 7 bytes, `\n%%EOF\n`, in base64.
    static let lastChunk = "CiUlRU9GCg=="

    /// The full text of the first paper, referred to by the saved 论文 section.
    static let paperFile = FileInfo(
        id: 5012, application: applicationID, name: "核心素养视角下初中数学单元整体教学设计研究-正文.pdf", mediaType: .pdf,
        size: 1_048_583, sha256: "382635c9325bf3273d195ff1b8a44e5b11afd7d97addeb8863ea35feb98c1a07",
        uploadedAt: savedAt, referencedBy: ["papers.entries[0].evidence[0]"])

    /// The same file just uploaded: no section refers to it yet.
    static var newPaperFile: FileInfo {
        var file = paperFile
        file.referencedBy = []
        return file
    }

    /// The bachelor's diploma, a scan.
    static let diplomaFile = FileInfo(
        id: 5001, application: applicationID, name: "本科毕业证书.jpg", mediaType: .jpeg, size: 734_512,
        sha256: "81e901b4262cabd9caa64a1b6fab7489d4fb15d80ccadb68a7e834e2ae1173b4", uploadedAt: at(1_772_593_800),
        referencedBy: ["education.entries[0].evidence[0]"])
}

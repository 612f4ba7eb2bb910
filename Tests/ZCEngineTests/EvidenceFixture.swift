import Foundation
import GRDB
import Testing

@testable import ZCEngine

/// A draft declaration of the `DeclarationFixture` applicant, with small limits so that tests move few bytes:
/// 1 KiB chunks, 64 KiB per file, 256 KiB per declaration.
struct EvidenceFixture {
    let d: DeclarationFixture
    let applicationID: Int64
    var engine: Engine { d.engine }
    var applicant: Caller { d.applicant }

    static var config: EngineConfig {
        var c = EngineConfig.testing
        c.uploadChunkBytes = 1024
        c.maxUploadBytes = 64 * 1024
        c.maxDeclarationBytes = 256 * 1024
        return c
    }

    init(config: EngineConfig = EvidenceFixture.config) async throws {
        d = try await DeclarationFixture(config: config)
        applicationID = try await d.engine.startApplication(
            batchID: d.batch.id, declaration: DeclarationFixture.declaration, caller: d.applicant
        ).id
    }

    /// The state folder (the database's folder).
    var stateDirectory: String { engine.evidence.root }

    /// Begins, sends every chunk and finishes.
    @discardableResult
    func upload(_ bytes: [UInt8], name: String = "scan.pdf") async throws -> EvidenceFileView {
        let ticket = try await begin(bytes, name: name)
        if let file = ticket.file { return file }
        let id = try #require(ticket.uploadID)
        try await send(bytes, upload: id, from: ticket.received, chunk: ticket.chunkBytes)
        return try await engine.finishUpload(uploadID: id, caller: applicant)
    }

    func begin(_ bytes: [UInt8], name: String = "scan.pdf", sha256: String? = nil) async throws -> UploadTicket {
        try await engine.beginUpload(
            applicationID: applicationID, name: name, size: Int64(bytes.count),
            sha256: sha256 ?? EvidenceStore.sha256Hex(bytes), caller: applicant)
    }

    /// Sends the chunks of `bytes` from `from` up to `until` (default: the end).
    func send(_ bytes: [UInt8], upload: String, from: Int64, chunk: Int = 1024, until: Int? = nil) async throws {
        var offset = Int(from)
        let end = until ?? bytes.count
        while offset < end {
            let next = min(offset + chunk, end)
            let progress = try await engine.uploadChunk(
                uploadID: upload, offset: Int64(offset), data: Data(bytes[offset..<next]), caller: applicant)
            offset = Int(progress.received)
        }
    }

    /// The error `body` throws, as an `EngineError` (nil when it does not throw one).
    func refusal(_ body: () async throws -> some Any) async -> EngineError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error as? EngineError
        }
    }

    func count(_ sql: String) async throws -> Int {
        try await engine.store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Every regular file under `evidence/`.
    func storedBlobs() -> [String] {
        let root = engine.evidence.evidenceDirectory
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        return e.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    func partFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: engine.evidence.uploadsDirectory)) ?? []).sorted()
    }

    /// A small PDF (enough for the magic check) of about `size` bytes, varied by `seed`.
    static func pdf(_ size: Int = 3000, seed: UInt8 = 1) -> [UInt8] {
        let head = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        let tail = Array("\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
        let fill = max(0, size - head.count - tail.count)
        return head + (0..<fill).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed) &* 7) } + tail
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x42, count: 1500)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x17, count: 1300) + [0xFF, 0xD9]
    /// A Windows program's first bytes.
    static let exe: [UInt8] = Array("MZ".utf8) + [0x90, 0x00, 0x03, 0x00] + Array(repeating: 0x00, count: 2000)
}

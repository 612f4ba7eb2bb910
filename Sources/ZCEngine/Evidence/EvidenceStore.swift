import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// 材料的存放 — evidence files on disk, in the state folder beside the database.
///
/// - `uploads/<upload id>.part`: the bytes of an unfinished upload, appended chunk by chunk.
/// - `evidence/<aa>/<bb>/<sha256>`: finished files, named by their SHA-256 (`aa`, `bb` its first two byte pairs),
///   written once, never changed (mode 0440), stored once however many declarations name them.
///
/// Durability: a chunk is `fsync`ed before it is acknowledged; a new file or folder is made durable by an `fsync` of
/// the folder that holds it; a finished upload reaches `evidence/` by `rename` (atomic) after an `fsync` of its
/// content, followed by an `fsync` of both folders. Everything here is blocking I/O: callers run it on `FileWork`.
struct EvidenceStore: Sendable {
    /// The state folder.
    let root: String

    init(root: String) {
        self.root = root
    }

    /// The store of the state folder that holds the database `databasePath`.
    init(databasePath: String) {
        root = (databasePath as NSString).deletingLastPathComponent
    }

    var uploadsDirectory: String { root + "/uploads" }
    var evidenceDirectory: String { root + "/evidence" }

    func partPath(_ upload: String) -> String { uploadsDirectory + "/" + upload + ".part" }

    /// `evidence/aa/bb/<sha256>`; `sha256` must already be checked to be 64 lower-case hex digits.
    func blobPath(_ sha256: String) -> String {
        let a = sha256.prefix(2)
        let b = sha256.dropFirst(2).prefix(2)
        return "\(evidenceDirectory)/\(a)/\(b)/\(sha256)"
    }

    // MARK: uploads

    /// Bytes of the partial file, or nil when it does not exist.
    func partSize(_ upload: String) -> Int64? {
        fileSize(partPath(upload))
    }

    /// Writes `bytes` at `offset` of the partial file (created if missing) and `fsync`s it before returning; anything
    /// past `offset` left by an unacknowledged earlier attempt is cut off first.
    func writeChunk(_ upload: String, offset: Int64, bytes: Data) throws {
        try makeDirectory(uploadsDirectory, parent: root)
        let path = partPath(upload)
        let existed = fileSize(path) != nil
        let fd = try FileSystemError.check(open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o640), "open", path)
        defer { _ = close(fd) }
        var st = stat()
        try FileSystemError.check(fstat(fd, &st), "fstat", path)
        // Never extend the file with a hole: fewer bytes than acknowledged means they were lost.
        guard Int64(st.st_size) >= offset else { throw PartTooShort(stored: Int64(st.st_size)) }
        if Int64(st.st_size) > offset {
            try FileSystemError.check(ftruncate(fd, off_t(offset)), "ftruncate", path)
        }
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = pwrite(fd, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError(operation: "write", path: path, code: errno)
                }
                done += n
            }
        }
        try FileSystemError.check(fsync(fd), "fsync", path)
        if !existed { try syncDirectory(uploadsDirectory) }
    }

    /// Removes a partial file; a missing one is fine.
    func removePart(_ upload: String) throws {
        let path = partPath(upload)
        if unlink(path) != 0 && errno != ENOENT { throw FileSystemError(operation: "unlink", path: path, code: errno) }
        try? syncDirectory(uploadsDirectory)
    }

    /// The ids of the partial files present, with their modification times.
    func partFiles() -> [(upload: String, modified: Date)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: uploadsDirectory)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".part") else { return nil }
            let id = String(name.dropLast(5))
            guard UploadID.isValid(id) else { return nil }
            let attributes = try? FileManager.default.attributesOfItem(atPath: uploadsDirectory + "/" + name)
            return (id, (attributes?[.modificationDate] as? Date) ?? .distantPast)
        }
    }

    // MARK: content

    /// The SHA-256 (lower-case hex), size and first bytes of a file, read once from start to end.
    func digest(_ path: String) throws -> (sha256: String, size: Int64, head: [UInt8]) {
        let fd = try FileSystemError.check(open(path, O_RDONLY | O_CLOEXEC), "open", path)
        defer { _ = close(fd) }
        var hasher = SHA256()
        var size: Int64 = 0
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "read", path: path, code: errno)
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            if head.count < MediaSniffer.headLength {
                head += buffer[0..<min(n, MediaSniffer.headLength - head.count)]
            }
            size += Int64(n)
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return (hex, size, head)
    }

    /// The SHA-256 of bytes in memory, as 64 lower-case hex digits.
    static func sha256Hex(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Moves a verified partial file to its content address: `fsync` of the content, mode 0440, `rename` (atomic;
    /// when the content is there already the partial file is just removed), then `fsync` of both folders.
    func place(_ upload: String, sha256: String) throws {
        let part = partPath(upload)
        let target = blobPath(sha256)
        let bDir = (target as NSString).deletingLastPathComponent
        let aDir = (bDir as NSString).deletingLastPathComponent
        try makeDirectory(evidenceDirectory, parent: root)
        try makeDirectory(aDir, parent: evidenceDirectory)
        try makeDirectory(bDir, parent: aDir)
        if fileSize(target) != nil {
            // Another upload of the same content may have just put it there: make sure it is durable, whoever did.
            try syncBlob(sha256)
            try removePart(upload)
            return
        }
        let fd = try FileSystemError.check(open(part, O_RDONLY | O_CLOEXEC), "open", part)
        let synced = fsync(fd) == 0 && fchmod(fd, 0o440) == 0 && fsync(fd) == 0
        let code = errno
        _ = close(fd)
        guard synced else { throw FileSystemError(operation: "fsync", path: part, code: code) }
        try FileSystemError.check(rename(part, target), "rename", target)
        try syncDirectory(bDir)
        try syncDirectory(uploadsDirectory)
    }

    /// `fsync` of a stored file and of its folder, before the database names it (the file may have been put
    /// there a moment ago by a call that has not synced yet).
    func syncBlob(_ sha256: String) throws {
        let path = blobPath(sha256)
        let fd = try FileSystemError.check(open(path, O_RDONLY | O_CLOEXEC), "open", path)
        let synced = fsync(fd)
        let code = errno
        _ = close(fd)
        guard synced == 0 else { throw FileSystemError(operation: "fsync", path: path, code: code) }
        try syncDirectory((path as NSString).deletingLastPathComponent)
    }

    /// The first bytes of a stored file (to tell its kind).
    func blobHead(_ sha256: String) throws -> [UInt8] {
        [UInt8](try readBlob(sha256, offset: 0, length: MediaSniffer.headLength))
    }

    /// Bytes of a stored file, or nil when it is not there.
    func blobSize(_ sha256: String) -> Int64? {
        fileSize(blobPath(sha256))
    }

    /// Up to `length` bytes of a stored file from `offset`.
    func readBlob(_ sha256: String, offset: Int64, length: Int) throws -> Data {
        let path = blobPath(sha256)
        let fd = try FileSystemError.check(open(path, O_RDONLY | O_CLOEXEC), "open", path)
        defer { _ = close(fd) }
        var data = Data(count: length)
        var done = 0
        try data.withUnsafeMutableBytes { raw in
            while done < length {
                let n = pread(fd, raw.baseAddress.map { $0 + done }, length - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError(operation: "read", path: path, code: errno)
                }
                if n == 0 { break }
                done += n
            }
        }
        return data.prefix(done)
    }

    // MARK: helpers

    private func fileSize(_ path: String) -> Int64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int64(st.st_size)
    }

    /// Creates `path` (mode 0750) unless it exists, and makes the new entry durable with an `fsync` of `parent`.
    private func makeDirectory(_ path: String, parent: String) throws {
        if mkdir(path, 0o750) == 0 {
            try syncDirectory(parent)
        } else if errno != EEXIST {
            throw FileSystemError(operation: "mkdir", path: path, code: errno)
        }
    }

    /// `fsync` of a folder: makes the names created, renamed or removed in it durable.
    func syncDirectory(_ path: String) throws {
        let fd = try FileSystemError.check(open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), "open", path)
        defer { _ = close(fd) }
        try FileSystemError.check(fsync(fd), "fsync", path)
    }
}

/// The partial file holds fewer bytes than the upload acknowledged (it was removed or cut outside zcd).
struct PartTooShort: Error {
    var stored: Int64
}

/// A system call on an evidence file failed; zcd reports it as an internal error and logs it in full.
struct FileSystemError: Error, CustomStringConvertible {
    var operation: String
    var path: String
    var code: Int32

    var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }

    /// True when the disk (or the daemon's quota) is full.
    var isNoSpace: Bool { code == ENOSPC || code == EDQUOT }

    @discardableResult
    static func check(_ result: Int32, _ operation: String, _ path: String) throws -> Int32 {
        guard result >= 0 else { throw FileSystemError(operation: operation, path: path, code: errno) }
        return result
    }
}

/// An upload's id: 32 lower-case hex digits, random; it names the partial file, so nothing else is accepted.
enum UploadID {
    static func make() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }

    static func isValid(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy(isLowerHex)
    }

    static func isLowerHex(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
    }
}

/// Runs blocking file I/O (chunk writes with `fsync`, hashing, reads) on its own threads, so that it never holds
/// one of Swift's cooperative threads.
enum FileWork {
    private static let queue: OperationQueue = {
        let q = OperationQueue()
        q.name = "zcd.files"
        q.maxConcurrentOperationCount = 4
        return q
    }()

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation { continuation.resume(with: Result { try body() }) }
        }
    }
}

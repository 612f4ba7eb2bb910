import Crypto
import CryptoExtras
import Foundation

/// Hashes and verifies passwords with scrypt and a per-account random salt.
///
/// The stored form is self-describing (`$scrypt$ln=15,r=8,p=1$SALT$HASH`, base64), so raising the cost later leaves
/// old hashes verifiable.
struct PasswordHasher: Sendable {
    let logN: Int
    let blockSize: Int
    let parallelism: Int

    init(config: EngineConfig) {
        logN = config.kdfLogN
        blockSize = config.kdfBlockSize
        parallelism = config.kdfParallelism
    }

    func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = rng.next() }
        let key = try derive(password, salt: salt, logN: logN, r: blockSize, p: parallelism)
        return "$scrypt$ln=\(logN),r=\(blockSize),p=\(parallelism)$\(Data(salt).base64EncodedString())$"
            + Data(key).base64EncodedString()
    }

    /// True when `password` matches `stored`; false for a wrong password or an unreadable hash.
    func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: true)
        guard parts.count == 4, parts[0] == "scrypt",
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3]))
        else { return false }
        var params: [Substring: Int] = [:]
        for item in parts[1].split(separator: ",") {
            let kv = item.split(separator: "=")
            if kv.count == 2, let v = Int(kv[1]) { params[kv[0]] = v }
        }
        guard let ln = params["ln"], let r = params["r"], let p = params["p"], (1...20).contains(ln),
            let key = try? derive(password, salt: Array(salt), logN: ln, r: r, p: p)
        else { return false }
        return constantTimeEqual(key, Array(expected))
    }

    /// Spends the time of one verification, so that an unknown account name answers as slowly as a known one.
    func burn(_ password: String) {
        _ = try? derive(password, salt: [UInt8](repeating: 0, count: 16), logN: logN, r: blockSize, p: parallelism)
    }

    private func derive(_ password: String, salt: [UInt8], logN: Int, r: Int, p: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: 1 << logN, blockSize: r,
            parallelism: p)
        return key.withUnsafeBytes { Array($0) }
    }

    private func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}

/// Runs slow CPU work (the KDF) on its own small pool, so that it neither blocks Swift's cooperative threads nor
/// runs more than one per core at a time.
enum SlowWork {
    private static let queue: OperationQueue = {
        let q = OperationQueue()
        q.name = "zcd.kdf"
        q.maxConcurrentOperationCount = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return q
    }()

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation { continuation.resume(with: Result { try body() }) }
        }
    }
}

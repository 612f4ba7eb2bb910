import Foundation
import GRDB

/// Shared steps of every password reset and of every change that must end sessions (an account or organisation
/// disabled). The store is changed inside the caller's transaction; the session cache is dropped after it commits.
extension Engine {
    /// A fresh initial password (which satisfies the policy) and its hash, computed off the cooperative pool.
    func newInitialPassword() async throws -> (password: String, hash: String) {
        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        return (password, hash)
    }

    /// Gives `account` a new initial password: it must be changed at the next login, the lockout is lifted and every
    /// session of the account ends.
    func applyPasswordReset(_ db: Database, _ account: inout AccountRecord, hash: String, now: Date) throws {
        account.passwordHash = hash
        account.mustChangePassword = true
        account.failedLogins = 0
        account.lockedUntil = nil
        account.updatedAt = now
        try account.update(db)
        if let id = account.id { _ = try endStoredSessions(db, accountIDs: [id]) }
    }

    /// Deletes every stored session of these accounts; returns how many ended. Call `sessions.removeAll(accountIDs:)`
    /// once the transaction has committed.
    func endStoredSessions(_ db: Database, accountIDs: Set<Int64>) throws -> Int {
        guard !accountIDs.isEmpty else { return 0 }
        return try SessionRecord.filter(accountIDs.contains(Column("account_id"))).deleteAll(db)
    }
}

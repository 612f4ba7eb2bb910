import Foundation
import Synchronization

/// Sessions already checked against the store, so that a request costs a hash and a lookup, not a query.
///
/// The store stays the truth: a miss reads it, and every change to an account (password, permissions, disabled)
/// drops that account's entries. `lastSeen` lives here and reaches the store at most once a minute per session.
final class SessionCache: Sendable {
    struct Entry: Sendable {
        var principal: Principal
        var expiresAt: Date
        var lastSeen: Date
        var lastSeenStored: Date
    }

    private let entries = Mutex<[[UInt8]: Entry]>([:])

    func get(_ hash: [UInt8]) -> Entry? {
        entries.withLock { $0[hash] }
    }

    func put(_ hash: [UInt8], _ entry: Entry) {
        entries.withLock { $0[hash] = entry }
    }

    /// Records a use; returns true when the store's copy is old enough to be refreshed.
    func touch(_ hash: [UInt8], at now: Date, persistEvery seconds: TimeInterval) -> Bool {
        entries.withLock { all in
            guard var e = all[hash] else { return false }
            e.lastSeen = now
            let stale = now.timeIntervalSince(e.lastSeenStored) >= seconds
            if stale { e.lastSeenStored = now }
            all[hash] = e
            return stale
        }
    }

    func remove(_ hash: [UInt8]) {
        _ = entries.withLock { $0.removeValue(forKey: hash) }
    }

    func removeAll(accountID: Int64) {
        entries.withLock { all in
            all = all.filter { $0.value.principal.accountID != accountID }
        }
    }
}

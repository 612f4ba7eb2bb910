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

    private struct State {
        var entries: [[UInt8]: Entry] = [:]
        /// Bumped by every removal, so that an entry read from the store before a removal is not cached after it.
        var removals: UInt64 = 0
    }

    private let state = Mutex(State())

    func get(_ hash: [UInt8]) -> Entry? {
        state.withLock { $0.entries[hash] }
    }

    func put(_ hash: [UInt8], _ entry: Entry) {
        state.withLock { $0.entries[hash] = entry }
    }

    /// A mark to pass to `put(_:_:unlessRemovedSince:)`: take it before reading a session from the store.
    var removalMark: UInt64 { state.withLock { $0.removals } }

    /// Caches `entry` unless an account's entries were removed since `mark`, in which case the store may have
    /// changed under the reader (permissions replaced, account or organisation disabled) and the next request reads
    /// it again. Returns whether it cached.
    @discardableResult
    func put(_ hash: [UInt8], _ entry: Entry, unlessRemovedSince mark: UInt64) -> Bool {
        state.withLock { s in
            guard s.removals == mark else { return false }
            s.entries[hash] = entry
            return true
        }
    }

    /// Records a use; returns true when the store's copy is old enough to be refreshed.
    func touch(_ hash: [UInt8], at now: Date, persistEvery seconds: TimeInterval) -> Bool {
        state.withLock { s in
            guard var e = s.entries[hash] else { return false }
            e.lastSeen = now
            let stale = now.timeIntervalSince(e.lastSeenStored) >= seconds
            if stale { e.lastSeenStored = now }
            s.entries[hash] = e
            return stale
        }
    }

    /// Records a use when the store's last-seen time is recent enough not to need refreshing; false (and nothing
    /// recorded) when it does, so that the caller takes the path that writes it.
    func touchIfRecent(_ hash: [UInt8], at now: Date, persistEvery seconds: TimeInterval) -> Bool {
        state.withLock { s in
            guard var e = s.entries[hash], now.timeIntervalSince(e.lastSeenStored) < seconds else { return false }
            e.lastSeen = now
            s.entries[hash] = e
            return true
        }
    }

    func remove(_ hash: [UInt8]) {
        state.withLock { s in
            s.entries.removeValue(forKey: hash)
            s.removals &+= 1
        }
    }

    func removeAll(accountID: Int64) {
        removeAll(accountIDs: [accountID])
    }

    /// Drops every cached session of these accounts (an organisation disabled, permissions replaced, …).
    func removeAll(accountIDs: Set<Int64>) {
        state.withLock { s in
            s.entries = s.entries.filter { !accountIDs.contains($0.value.principal.accountID) }
            s.removals &+= 1
        }
    }
}

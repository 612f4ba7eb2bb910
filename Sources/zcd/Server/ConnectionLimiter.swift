import Synchronization

/// Counts open connections, in total and per uid, so that no single user can take every slot.
final class ConnectionLimiter: Sendable {
    private struct State {
        var total = 0
        var perUID: [UInt32: Int] = [:]
    }

    private let state = Mutex(State())
    let maxTotal: Int
    let maxPerUID: Int

    init(maxTotal: Int, maxPerUID: Int) {
        self.maxTotal = maxTotal
        self.maxPerUID = maxPerUID
    }

    /// Takes a slot for `uid`, or says which limit is reached.
    func acquire(uid: UInt32) -> String? {
        state.withLock { s in
            if s.total >= maxTotal { return "the daemon has reached its maximum of \(maxTotal) connections" }
            if s.perUID[uid, default: 0] >= maxPerUID {
                return "uid \(uid) has reached its maximum of \(maxPerUID) connections"
            }
            s.total += 1
            s.perUID[uid, default: 0] += 1
            return nil
        }
    }

    func release(uid: UInt32) {
        state.withLock { s in
            s.total -= 1
            let n = s.perUID[uid, default: 1] - 1
            s.perUID[uid] = n > 0 ? n : nil
        }
    }

    var openConnections: Int { state.withLock { $0.total } }
}

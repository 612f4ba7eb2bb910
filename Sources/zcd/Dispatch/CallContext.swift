import Synchronization
import ZCEngine

/// What the daemon knows about one connection: its peer, fixed at accept, and the session it logged in with.
final class ConnectionState: Sendable {
    let peer: Peer
    let isOperator: Bool
    /// The read-only connection of the event loop this connection is served on, for the reads answered there
    /// (`DedicatedReader`); nil where there is no loop (tests dispatching directly).
    let reader: DedicatedReader?
    private let boundToken = Mutex<String?>(nil)

    init(peer: Peer, isOperator: Bool, reader: DedicatedReader? = nil) {
        self.peer = peer
        self.isOperator = isOperator
        self.reader = reader
    }

    /// The token of the session this connection logged in with, if any.
    var token: String? {
        get { boundToken.withLock { $0 } }
        set { boundToken.withLock { $0 = newValue } }
    }
}

/// What a handler gets besides its params.
struct CallContext: Sendable {
    /// The caller as the engine checks it.
    let caller: Caller
    let connection: ConnectionState
    /// True when the request named its session with the `session` member rather than using the connection's.
    let explicitSession: Bool
}

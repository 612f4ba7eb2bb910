public import Foundation
import Synchronization

/// Where the engine reads the time, so that tests can move it (expiry, lockout, batch windows).
public protocol TimeSource: Sendable {
    func now() -> Date
}

/// The system clock.
public struct SystemTime: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stands still until moved; for tests.
public final class ManualTime: TimeSource {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = Mutex(start)
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}

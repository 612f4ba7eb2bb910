import Synchronization

/// Lets one call at a time work on an upload: two chunks for the same offset racing each other could otherwise
/// leave the bytes of one and the acknowledgement of the other. A second call is refused, not queued.
final class UploadGate: Sendable {
    private let busy = Mutex<Set<String>>([])

    /// Runs `body` holding `upload`, or throws `aborted` when another call holds it.
    func with<T: Sendable>(_ upload: String, _ body: () async throws -> T) async throws -> T {
        let entered = busy.withLock { $0.insert(upload).inserted }
        guard entered else {
            throw EngineError.aborted(
                "another call is working on upload \(upload); wait for its answer and retry", state: "busy")
        }
        defer { _ = busy.withLock { $0.remove(upload) } }
        return try await body()
    }
}

import Foundation
import Glibc

/// A fresh folder under /tmp with a short name, so that socket paths in it stay far below the 108 bytes a Unix
/// socket path may have. Removed when the value goes away.
final class TempFolder {
    let path: String

    init() throws {
        var template = Array("/tmp/zce.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw HarnessError("mkdtemp failed: \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `path/name`.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` to `path/name` and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes `bytes` to `path/name` and returns the full path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }
}

/// A problem of the test harness itself (a binary missing, a daemon that did not start), said in one message.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Waits until `condition` holds, polling every 10 ms, for at most `seconds` (a generous bound against hangs,
/// never a measure of speed). Returns whether it held.
func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

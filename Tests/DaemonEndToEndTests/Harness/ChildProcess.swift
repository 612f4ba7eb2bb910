import Foundation
import Glibc
import Synchronization

/// A program the tests start, with `posix_spawn`: its standard streams go to files, every other descriptor of the
/// test process is closed in it, and `isRunning` reaps it without blocking.
///
/// Why not Foundation's `Process`: on Linux its `run()` lists /proc/self/fd by copying each `dirent`'s whole
/// 256-byte name, reading past glibc's buffer when a record ends a page (swift-corelibs-foundation#5472, fixed
/// after Swift 6.3.1). The end-to-end tests start hundreds of processes beside many open sockets, and it crashed a
/// clean-clone CI run (SIGSEGV in `Process.run()`, `__memcpy_avx512_unaligned_erms`).
final class ChildProcess: Sendable {
    /// How the process ended.
    enum TerminationReason: Sendable { case exit, uncaughtSignal }

    let path: String
    let arguments: [String]
    let environment: [String: String]
    let processIdentifier: pid_t
    /// The raw `waitpid` status once reaped.
    private let status = Mutex<Int32?>(nil)

    /// Starts `path` with `arguments` and exactly `environment`. Standard input comes from `stdin` (default
    /// /dev/null); standard output and error are appended to `stdout` and `stderr` (default /dev/null).
    init(
        _ path: String, _ arguments: [String], environment: [String: String], stdin: String = "/dev/null",
        stdout: String = "/dev/null", stderr: String = "/dev/null"
    ) throws {
        self.path = path
        self.arguments = arguments
        self.environment = environment
        var actions = posix_spawn_file_actions_t()
        try Self.check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init")
        defer { posix_spawn_file_actions_destroy(&actions) }
        try Self.check(posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0), "open \(stdin)")
        try Self.check(
            posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_APPEND | O_CREAT, 0o600), "open \(stdout)")
        try Self.check(
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_APPEND | O_CREAT, 0o600), "open \(stderr)")
        // The test process holds other tests' sockets and files; a child must not keep them open. glibc (2.34+) has
        // posix_spawn_file_actions_addclosefrom_np, but Swift's Glibc module does not declare it.
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw HarnessError("this C library has no posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later)")
        }
        try Self.check(unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3), "closefrom")
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        try Self.check(posix_spawn(&pid, path, &actions, nil, argv, envp), "posix_spawn \(path)")
        processIdentifier = pid
    }

    /// Whether it still runs; the first call that finds it ended reaps it and keeps its status.
    var isRunning: Bool {
        status.withLock { status in
            guard status == nil else { return false }
            var raw: Int32 = 0
            let r = waitpid(processIdentifier, &raw, WNOHANG)
            if r == processIdentifier {
                status = raw
                return false
            }
            return r == 0
        }
    }

    /// The exit code, or the signal that ended it (see `terminationReason`); 0 while it runs.
    var terminationStatus: Int32 {
        guard let raw = reaped else { return 0 }
        return raw & 0x7f == 0 ? (raw >> 8) & 0xff : raw & 0x7f
    }

    var terminationReason: TerminationReason {
        guard let raw = reaped else { return .exit }
        return raw & 0x7f == 0 ? .exit : .uncaughtSignal
    }

    private var reaped: Int32? {
        _ = isRunning
        return status.withLock { $0 }
    }

    private static func check(_ result: Int32, _ what: String) throws {
        guard result == 0 else { throw HarnessError("\(what): \(String(cString: strerror(result)))") }
    }
}

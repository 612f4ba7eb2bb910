import CSystemd
import Glibc

/// The parts of the systemd service protocol zcd speaks: readiness and status notifications, socket activation and
/// the watchdog. Each is a no-op when zcd runs from a shell.
enum Systemd {
    /// Sends `READY=1`, `STATUS=…`, `STOPPING=1` or `WATCHDOG=1` lines to the service manager, if there is one.
    static func notify(_ state: String) {
        _ = sd_notify(0, state)
    }

    /// The listening socket systemd passed (socket activation), or nil when started without one.
    ///
    /// - Throws: when systemd passed something other than exactly one listening Unix stream socket.
    static func activatedSocket() throws(SystemdError) -> Int32? {
        let count = sd_listen_fds(1)
        if count < 0 { throw SystemdError("sd_listen_fds failed: \(String(cString: strerror(-count)))") }
        if count == 0 { return nil }
        guard count == 1 else { throw SystemdError("systemd passed \(count) sockets; zcd takes exactly one") }
        let fd: Int32 = 3  // SD_LISTEN_FDS_START
        guard sd_is_socket_unix(fd, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0 else {
            throw SystemdError("the socket systemd passed is not a listening Unix stream socket")
        }
        return fd
    }

    /// How often to send `WATCHDOG=1` (half of `WATCHDOG_USEC`), or nil when the watchdog is off.
    static func watchdogInterval() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec / 2))
    }

    /// True when stderr is connected to the journal (systemd sets JOURNAL_STREAM to its device and inode).
    static var stderrIsJournal: Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let dev = UInt64(parts[0]), let ino = UInt64(parts[1]) else { return false }
        var st = stat()
        guard fstat(STDERR_FILENO, &st) == 0 else { return false }
        return UInt64(st.st_dev) == dev && UInt64(st.st_ino) == ino
    }
}

struct SystemdError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

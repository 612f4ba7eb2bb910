import Foundation

/// A wall clock for a zcd started by the tests, set `offset` seconds away from the real one with libfaketime (the
/// Debian package `faketime`, which `scripts/test` installs): preloaded into the daemon, it shifts every
/// `clock_gettime(CLOCK_REALTIME)` and `gettimeofday`, so every `Date()` in zcd, while the monotonic clock that
/// NIO's and Swift's timers use stays real (`FAKETIME_DONT_FAKE_MONOTONIC`).
///
/// zcd has no clock override or test hook of its own, and gets none: a test that needs days to pass (a publicity
/// of five working days, which cannot start in the past) stops zcd with SIGTERM and starts it again on the same
/// state folder with a later offset (`Daemon.restarted(clock:)`), as if the operator restarted it days later. The
/// test process itself and zcctl keep the real clock; `now` is what the daemon sees, for dates a test sends.
struct FakeTime {
    /// Seconds the daemon's wall clock is ahead of the real one (negative: behind).
    var offset: TimeInterval

    /// The daemon's clock the same as the real one, but under libfaketime already.
    static let real = FakeTime(offset: 0)

    /// The time the daemon reads now.
    var now: Date { Date().addingTimeInterval(offset) }

    /// The daemon's clock just after `date`: `after` seconds past it when the daemon starts (an hour by default).
    static func after(_ date: Date, by after: TimeInterval = 3600) -> FakeTime {
        FakeTime(offset: max(0, (date.timeIntervalSinceNow + after).rounded(.up)))
    }

    /// The variables that start zcd on this clock; `Daemon(clock:)` adds them (and passes no flags: see there).
    var environment: [String: String] {
        get throws {
            [
                "LD_PRELOAD": try Self.library,
                // A relative offset in whole seconds ("+1209600"): the fake clock runs on at the real pace.
                "FAKETIME": (offset < 0 ? "-" : "+") + String(Int64(abs(offset).rounded())),
                "FAKETIME_DONT_FAKE_MONOTONIC": "1",
            ]
        }
    }

    /// libfaketime's preload library, in the machine's multiarch folder.
    static var library: String {
        get throws {
            let lib = "/usr/lib"
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []
            for folder in folders.sorted() {
                let path = "\(lib)/\(folder)/faketime/libfaketime.so.1"
                if FileManager.default.fileExists(atPath: path) { return path }
            }
            throw HarnessError(
                "libfaketime is not installed (no /usr/lib/*/faketime/libfaketime.so.1): `apt-get install faketime`, "
                    + "as scripts/test does")
        }
    }
}

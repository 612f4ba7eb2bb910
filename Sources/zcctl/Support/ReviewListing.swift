import Foundation
import ZCProtocol

/// Output helpers of the publicity, route and calendar commands.
enum ReviewListing {
    /// `2026-11-24 23:59:59` in Beijing time (UTC+8 all year).
    static func beijing(_ date: Date?) -> String {
        guard let date else { return "" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: date)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

import CSystemd
import Glibc
import Logging

/// Logs straight to the journal with structured fields: metadata `requestID` becomes `REQUEST_ID`, `method` becomes
/// `METHOD`, so `journalctl -u zcd METHOD=session.login` finds every login.
struct JournalLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    let label: String

    init(label: String) { self.label = label }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [String] = [
            "MESSAGE=\(event.message)",
            "PRIORITY=\(Self.priority(event.level))",
            "SYSLOG_IDENTIFIER=zcd",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
            "LOGGER=\(label)",
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged {
            fields.append("\(Self.fieldName(key))=\(value)")
        }
        Self.send(fields)
    }

    private static func send(_ fields: [String]) {
        let buffers = fields.map { Array($0.utf8) }
        var iovecs: [iovec] = []
        iovecs.reserveCapacity(buffers.count)
        var pointers: [UnsafeMutableRawPointer] = []
        for b in buffers {
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(b.count, 1), alignment: 1)
            b.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: b.count) }
            pointers.append(p)
            iovecs.append(iovec(iov_base: p, iov_len: b.count))
        }
        _ = sd_journal_sendv(&iovecs, Int32(iovecs.count))
        for p in pointers { p.deallocate() }
    }

    /// `requestID` → `REQUEST_ID`: journal field names are upper-case letters, digits and underscores.
    static func fieldName(_ key: String) -> String {
        var out = ""
        var previousLower = false
        for ch in key {
            if ch.isUppercase && previousLower { out.append("_") }
            previousLower = ch.isLowercase || ch.isNumber
            out.append(ch.isLetter || ch.isNumber ? Character(ch.uppercased()) : "_")
        }
        while out.hasPrefix("_") { out.removeFirst() }
        return out.isEmpty ? "FIELD" : out
    }

    private static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}

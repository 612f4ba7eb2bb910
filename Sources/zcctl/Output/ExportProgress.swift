import Foundation

/// A one-line progress bar on standard error: `[#########...........]  45%  45,000/100,000 cases  12.3 MiB`,
/// redrawn at most ten times a second.
struct ExportProgress {
    let total: Int
    let enabled: Bool
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func update(rows: Int, bytes: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || rows >= total else { return }
        lastDrawn = now
        drawn = true
        let width = 30
        let fraction = total > 0 ? min(1, Double(rows) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\r[\(bar)] \(String(format: "%3d", Int(fraction * 100)))%  "
            + "\(Self.grouped(rows))/\(Self.grouped(total)) cases  \(Self.size(bytes))   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    mutating func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
    }
}

import Foundation
import ZCEngine

/// Progress lines on stderr while generating: one per phase change and one every few seconds.
final class ProgressPrinter {
    private let started = Date()
    private var lastPhase = ""
    private var lastShown = Date.distantPast

    func show(_ p: GenerationProgress) {
        let now = Date()
        guard p.phase != lastPhase || p.done == p.total || now.timeIntervalSince(lastShown) >= 2 else { return }
        lastPhase = p.phase
        lastShown = now
        let percent = p.total > 0 ? p.done * 100 / p.total : 100
        let elapsed = String(format: "%.1f", now.timeIntervalSince(started))
        printError("zcd generate: \(p.phase) \(p.done)/\(p.total) (\(percent)%) \(elapsed) s")
    }

    func finish() {
        printError(String(format: "zcd generate: done in %.1f s", Date().timeIntervalSince(started)))
    }
}

/// The summary `zcd generate` prints: rows per table, declarations per state, the longest queue, time and size.
enum SummaryText {
    static func render(_ s: GenerationSummary, manifest: String) -> String {
        var lines = ["rows per table:"]
        for (table, rows) in s.tables {
            lines.append("  " + table.padding(toLength: 24, withPad: " ", startingAt: 0) + grouped(rows))
        }
        let total = s.states.reduce(0) { $0 + $1.count }
        lines.append("declarations per state:")
        // The publicity and committee states come later in a case's life than a generated batch reaches.
        for (state, count) in s.states where count > 0 {
            let share = total > 0 ? String(format: "%5.1f%%", Double(count) * 100 / Double(total)) : ""
            lines.append(
                "  " + state.padding(toLength: 24, withPad: " ", startingAt: 0) + grouped(count) + "  " + share)
        }
        if let q = s.longestQueue {
            lines.append("longest queue: \(q.login) (\(q.organization)) with \(grouped(q.waiting)) cases waiting")
        }
        lines.append(String(format: "time: %.1f s; database: %.1f MB", s.seconds, Double(s.databaseBytes) / 1_048_576))
        lines.append("manifest: \(manifest)")
        return lines.joined(separator: "\n")
    }

    /// 200,000.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}

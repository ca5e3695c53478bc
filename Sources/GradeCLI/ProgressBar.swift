import Foundation

/// A progress bar on standard error for batches that take more than a moment. It draws
/// only on a terminal, waits half a second before the first frame so quick batches stay
/// silent, redraws at most ten times a second, and clears itself when done.
final class ProgressBar: @unchecked Sendable {
    private let stream: OutputStream
    private let enabled: Bool
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw: Date?

    init(stream: OutputStream, enabled: Bool) {
        self.stream = stream
        self.enabled = enabled && stream.isTerminal
    }

    /// Records progress; called from worker threads.
    func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) > 0.5 else { return }
        if let lastDraw, now.timeIntervalSince(lastDraw) < 0.1, done < total { return }
        lastDraw = now
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        stream.write("\r\(bar) \(done)/\(total) answers")
    }

    /// Clears the bar if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard lastDraw != nil else { return }
        stream.write("\r\u{1B}[K")
    }
}

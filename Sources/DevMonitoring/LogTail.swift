import Synchronization

/// The last lines a program wrote, kept for the message that says why it failed.
final class LogTail: Sendable {
    private let lines = Mutex<[String]>([])
    private let limit: Int

    init(limit: Int = 20) {
        self.limit = limit
    }

    func append(_ line: String) {
        lines.withLock { lines in
            lines.append(line)
            if lines.count > limit { lines.removeFirst(lines.count - limit) }
        }
    }

    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

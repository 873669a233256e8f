import Logging
import Synchronization

/// Keeps what is logged at warning and above, for tests of what a component says.
struct RecordingLogHandler: LogHandler {
    final class Record: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var messages: [String] { lines.withLock { $0 } }
    }

    let record: Record
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .warning

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        record.append(event.message.description)
    }
}

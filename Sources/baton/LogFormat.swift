import ArgumentParser
import Logging

/// `--log-format`: JSON lines for machines (the default in a cluster), text for people.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text

    /// Installs the format process-wide; call once, before any logger is made.
    func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = switch self {
            case .json: JSONLogHandler(label: label)
            case .text: StreamLogHandler.standardError(label: label)
            }
            handler.logLevel = level
            return handler
        }
    }
}

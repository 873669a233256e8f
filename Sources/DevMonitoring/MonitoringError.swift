/// Why a monitoring program could not be run.
public enum MonitoringError: Error, CustomStringConvertible {
    case notInstalled(MonitoringProgram)
    /// It ended, or did not get ready, before it could be used; `log` is the end of what it wrote.
    case failedToStart(MonitoringProgram, reason: String, log: String)
    /// Its configuration could not be written.
    case configuration(MonitoringProgram, reason: String)

    public var description: String {
        switch self {
        case .notInstalled(let program):
            return "\(program.name) is not installed (no \(program.commands.joined(separator: " or ")) on PATH); "
                + "install it with: apt-get install \(program.package)"
        case .failedToStart(let program, let reason, let log):
            return "\(program.name) did not start: \(reason)" + (log.isEmpty ? "" : "; its last output:\n\(log)")
        case .configuration(let program, let reason):
            return "could not write \(program.name)'s configuration: \(reason)"
        }
    }
}

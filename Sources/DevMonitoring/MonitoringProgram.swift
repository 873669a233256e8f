import Subprocess

/// A monitoring program Baton runs from the machine's packages, and where to find it.
public struct MonitoringProgram: Sendable {
    /// For messages: `Prometheus`.
    public var name: String
    /// The commands that run it, looked up on `PATH` in this order.
    public var commands: [String]
    /// The Debian package that installs it.
    public var package: String

    public init(name: String, commands: [String], package: String) {
        self.name = name
        self.commands = commands
        self.package = package
    }

    public static let prometheus = MonitoringProgram(name: "Prometheus", commands: ["prometheus"], package: "prometheus")
    /// Debian names the command `prometheus-alertmanager`; upstream's release calls it `alertmanager`.
    public static let alertmanager = MonitoringProgram(
        name: "Alertmanager", commands: ["prometheus-alertmanager", "alertmanager"], package: "prometheus-alertmanager")

    /// The absolute path of the first of `commands` on `PATH`.
    public func locate() async throws(MonitoringError) -> String {
        for command in commands {
            if let path = try? await Executable.name(command).resolveExecutablePath(in: .inherit) { return path.string }
        }
        throw .notInstalled(self)
    }
}

import ArgumentParser
import KubeClient
import Logging
import ServiceLifecycle

struct OperatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator",
        abstract: "Run the Baton operator against a cluster: reconcile Models into training Jobs and served Deployments.",
        discussion: """
            Connects with --kubeconfig, else $KUBECONFIG or ~/.kube/config, else the pod's service account. \
            SIGTERM finishes in-flight reconciles (up to 30 s) and releases the leader Lease.
            """)

    @Option(help: "The kubeconfig to use (default: $KUBECONFIG, ~/.kube/config, or in-cluster).")
    var kubeconfig: String?

    @OptionGroup var options: OperatorOptions

    @Option(help: "Log format: json or text.")
    var logFormat: LogFormat = .json

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        logFormat.bootstrap(level: logLevel)
        let logger = Logger(label: "baton.operator")
        let clientConfiguration: ClientConfiguration
        do {
            clientConfiguration = try KubeConfigLoader(explicitPath: kubeconfig).load()
        } catch {
            throw ValidationError("cannot connect to a cluster: \(error)")
        }
        let assembly = try OperatorAssembly(clientConfiguration: clientConfiguration, options: options, logger: logger)
        logger.info("starting", metadata: ["server": "\(clientConfiguration.server)", "namespace": "\(options.namespace ?? "(all)")"])
        try await ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: assembly.services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        ).run()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

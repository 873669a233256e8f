import ArgumentParser
import KubeClient

/// How the rollout commands find the cluster and the Model, as kubectl does (kubectl runs a
/// plugin with its environment, so `$KUBECONFIG` and the current context apply).
struct ClusterOptions: ParsableArguments {
    @Option(help: "The kubeconfig to use (default: $KUBECONFIG, else ~/.kube/config).")
    var kubeconfig: String?

    @Option(help: "The kubeconfig context to use (default: its current context).")
    var context: String?

    @Option(name: .shortAndLong, help: "The Model's namespace (default: the context's namespace, else default).")
    var namespace: String?

    /// A client for Models in the chosen namespace.
    func connect() throws -> ModelClient {
        let configuration: ClientConfiguration
        do {
            configuration = try KubeConfigLoader(explicitPath: kubeconfig, context: context, namespace: namespace).load()
        } catch {
            throw CommandFailure("cannot load the kubeconfig: \(error)")
        }
        let client = KubeAPIClient(
            configuration: configuration, transport: try CurlTransport(configuration: configuration),
            credentialProvider: configuration.credentialProvider())
        return ModelClient(client: client, namespace: configuration.namespace)
    }
}

import Foundation

/// Finds, reads and merges kubeconfig files and resolves a context into a
/// `ClientConfiguration`, the way client-go's `clientcmd` (and so `kubectl`) does:
///
/// 1. An explicit path (`--kubeconfig`) is the only file read, and must exist.
/// 2. Otherwise `$KUBECONFIG`, a `:`-separated list: missing files are skipped, and the files
///    are merged — the first file to define a cluster, user or context name wins, and
///    `current-context` comes from the first file that sets one.
/// 3. Otherwise `$HOME/.kube/config`, if it exists.
///
/// The context is `context` if given, else `current-context`. When no context is chosen (no
/// file, or files without a current context) and the process runs in a pod, the in-cluster
/// service account is used, as client-go falls back to it; otherwise that is an error.
public struct KubeConfigLoader: Sendable {
    /// `--kubeconfig`: the one file to read. Default: nil.
    public var explicitPath: String?
    /// `--context`: the context to use instead of `current-context`. Default: nil.
    public var context: String?
    /// `--namespace`: overrides the context's namespace. Default: nil.
    public var namespace: String?
    /// Where `KUBECONFIG` and `HOME` are read. Default: this process's environment.
    public var environment: [String: String]
    /// The in-cluster fallback. Default: the standard service-account directory and `environment`.
    public var inCluster: InClusterConfig

    public init(
        explicitPath: String? = nil, context: String? = nil, namespace: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, inCluster: InClusterConfig? = nil
    ) {
        self.explicitPath = explicitPath
        self.context = context
        self.namespace = namespace
        self.environment = environment
        self.inCluster = inCluster ?? InClusterConfig(environment: environment)
    }

    /// The client configuration for the chosen context (or the pod's service account).
    public func load() throws -> ClientConfiguration {
        let (config, searched) = try loadMerged()
        let contextName = nonEmpty(context) ?? config.currentContext
        guard let contextName else {
            if inCluster.isAvailable { return try inCluster.load(namespace: nonEmpty(namespace)) }
            if config.files.isEmpty { throw ConfigError.noConfiguration(searched: searched) }
            throw ConfigError.noContext(files: config.files)
        }
        return try KubeConfigResolver(config: config).resolve(context: contextName, namespace: nonEmpty(namespace))
    }

    /// The files to read, in precedence order.
    var candidateFiles: [String] {
        if let explicitPath = nonEmpty(explicitPath) { return [explicitPath] }
        if let list = nonEmpty(environment["KUBECONFIG"]) {
            var seen = Set<String>()
            return list.split(separator: ":").map(String.init).filter { seen.insert($0).inserted }
        }
        return [homeDirectory + "/.kube/config"]
    }

    private var homeDirectory: String {
        nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// Reads every candidate file that exists and merges them; also returns the paths looked
    /// at, for the "nothing found" message.
    func loadMerged() throws -> (KubeConfig, searched: [String]) {
        let explicit = nonEmpty(explicitPath) != nil
        let files = candidateFiles
        var merged: KubeConfig?
        for file in files {
            let data: Data
            do {
                data = try LocalFile.contents(of: file)
            } catch {
                if error.isMissing {
                    if explicit { throw ConfigError.fileNotFound(path: file) }
                    continue
                }
                throw ConfigError.unreadableFile(path: file, reason: error.reason, referencedBy: nil)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigError.invalidYAML(path: file, line: 0, column: 0, message: "the file is not UTF-8 text")
            }
            let config = try KubeConfigParser(file: file).parse(text)
            if merged == nil { merged = config } else { merged?.merge(config) }
        }
        return (merged ?? KubeConfig(), files)
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}

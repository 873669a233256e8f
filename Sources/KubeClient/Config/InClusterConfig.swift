import Foundation
import Logging

/// The configuration of a process running in a pod (client-go's `rest.InClusterConfig`): the
/// API server from the `KUBERNETES_SERVICE_HOST` and `KUBERNETES_SERVICE_PORT` variables the
/// kubelet sets, and the service account's token, CA bundle and namespace from the directory
/// it is mounted at. The directory and the environment are injectable for tests.
public struct InClusterConfig: Sendable {
    public static let defaultServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// Where the service account is mounted. Default: `defaultServiceAccountDirectory`.
    public var serviceAccountDirectory: String
    /// The variables read: `KUBERNETES_SERVICE_HOST`, `KUBERNETES_SERVICE_PORT`, `POD_NAMESPACE`.
    /// Default: this process's environment.
    public var environment: [String: String]

    public init(
        serviceAccountDirectory: String = InClusterConfig.defaultServiceAccountDirectory,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.serviceAccountDirectory = serviceAccountDirectory
        self.environment = environment
    }

    var tokenPath: String { serviceAccountDirectory + "/token" }
    var certificateAuthorityPath: String { serviceAccountDirectory + "/ca.crt" }
    var namespacePath: String { serviceAccountDirectory + "/namespace" }

    /// client-go's test for "running in a pod": both service variables are set and the token
    /// file exists.
    public var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return !(environment["KUBERNETES_SERVICE_HOST"] ?? "").isEmpty
            && !(environment["KUBERNETES_SERVICE_PORT"] ?? "").isEmpty
            && FileManager.default.fileExists(atPath: tokenPath, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The configuration for this pod. The token is sent from its file, re-read as the kubelet
    /// rotates it. The namespace is `namespace` if given, else `$POD_NAMESPACE` (the downward
    /// API), else the service account's namespace file, else "default" — client-go's order.
    public func load(namespace: String? = nil) throws -> ClientConfiguration {
        let host = environment["KUBERNETES_SERVICE_HOST"] ?? ""
        let port = environment["KUBERNETES_SERVICE_PORT"] ?? ""
        guard !host.isEmpty, !port.isEmpty else {
            throw ConfigError.inCluster(
                problem: "KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set; this process is not "
                    + "running in a Kubernetes pod")
        }
        var configuration = ClientConfiguration(server: try serverURL(host: host, port: port))
        try checkToken()
        configuration.credentials = .tokenFile(tokenPath)
        configuration.tls.certificateAuthorityPEM = certificateAuthority()
        configuration.namespace = resolvedNamespace(override: namespace)
        return configuration
    }

    private func serverURL(host: String, port: String) throws -> URL {
        guard let portNumber = Int(port), (1...65535).contains(portNumber) else {
            throw ConfigError.inCluster(problem: "KUBERNETES_SERVICE_PORT \"\(port)\" is not a port number")
        }
        // An IPv6 address goes in brackets, as Go's net.JoinHostPort writes it.
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        guard let components = URLComponents(string: "https://\(hostPart):\(portNumber)"),
            components.host != nil, components.port == portNumber, components.path.isEmpty,
            let url = components.url
        else {
            throw ConfigError.inCluster(
                problem: "KUBERNETES_SERVICE_HOST \"\(host)\" is not a host name or IP address")
        }
        return url
    }

    /// client-go fails when the token cannot be read; so do we, up front, rather than on the
    /// first request.
    private func checkToken() throws {
        let data: Data
        do {
            data = try LocalFile.contents(of: tokenPath)
        } catch {
            throw ConfigError.inCluster(
                problem: "cannot read the service account token \(tokenPath): \(error.reason); is "
                    + "automountServiceAccountToken disabled for this pod?")
        }
        if String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ConfigError.inCluster(problem: "the service account token \(tokenPath) is empty")
        }
    }

    /// Like client-go, a missing or unusable CA bundle is logged and the system trust store is
    /// used instead; the TLS handshake then says whether that works.
    private func certificateAuthority() -> Data? {
        let logger = Logger(label: "KubeClient.InClusterConfig")
        do {
            let data = try LocalFile.contents(of: certificateAuthorityPath)
            guard LocalFile.looksLikePEM(data) else {
                logger.warning("\(certificateAuthorityPath) is not PEM; using the system trust store")
                return nil
            }
            return data
        } catch {
            logger.warning("cannot read \(certificateAuthorityPath): \(error.reason); using the system trust store")
            return nil
        }
    }

    private func resolvedNamespace(override: String?) -> String {
        if let override, !override.isEmpty { return override }
        if let namespace = environment["POD_NAMESPACE"], !namespace.isEmpty { return namespace }
        if let data = try? LocalFile.contents(of: namespacePath) {
            let namespace = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !namespace.isEmpty { return namespace }
        }
        return "default"
    }
}

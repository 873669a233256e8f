import DevCluster
import Foundation
import KubeClient
import KubeCore

/// A running dev cluster and a `KubeAPIClient` configured from the kubeconfig it writes — the
/// same HTTPS, CA and bearer-token path kubectl takes. Stopped when `body` returns or throws.
public struct DevClusterFixture: Sendable {
    public let cluster: DevCluster
    public let client: KubeAPIClient
    public let kubeconfigPath: String

    public func resource(_ group: String, _ version: String, _ plural: String, namespace: String? = "default") -> ResourceClient {
        client.resource(GroupVersionResource(group: group, version: version, resource: plural), namespace: namespace)
    }

    public var configMaps: ResourceClient { resource("", "v1", "configmaps") }
    public var deployments: ResourceClient { resource("apps", "v1", "deployments") }
}

public func withDevCluster<Result>(
    _ configuration: DevCluster.Configuration = .init(simulation: false), _ body: (DevClusterFixture) async throws -> Result
) async throws -> Result {
    let cluster = try await DevCluster.start(configuration)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baton-dev-\(UUID().uuidString)")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("kubeconfig").path
        try cluster.kubeconfig().write(toFile: path, atomically: true, encoding: .utf8)
        let configuration = try KubeConfigLoader(explicitPath: path, environment: [:]).load()
        let client = KubeAPIClient(
            configuration: configuration, transport: try CurlTransport(configuration: configuration),
            credentialProvider: configuration.credentialProvider(),
            retryPolicy: RetryPolicy(maxRetries: 0))
        let result = try await body(DevClusterFixture(cluster: cluster, client: client, kubeconfigPath: path))
        await cluster.stop()
        try? FileManager.default.removeItem(at: directory)
        return result
    } catch {
        await cluster.stop()
        try? FileManager.default.removeItem(at: directory)
        throw error
    }
}

/// A JSON object literal from text, for readable fixtures.
public func object(_ text: String) -> JSONValue {
    try! JSONParser().parse(text)
}

public func configMap(_ name: String, data: [String: String] = [:], labels: [String: String] = [:]) -> JSONValue {
    var value: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)]]
    if !labels.isEmpty { value[path: ["metadata", "labels"]] = .object(.init(uniqueKeysWithValues: labels.map { ($0.key, JSONValue.string($0.value)) })) }
    if !data.isEmpty { value["data"] = .object(.init(uniqueKeysWithValues: data.map { ($0.key, JSONValue.string($0.value)) })) }
    return value
}

/// Polls `condition` until it holds or `timeout` passes (for what controllers do in the
/// background); returns whether it held.
public func eventually(timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

extension JSONValue {
    public var name: String { self[path: ["metadata", "name"]]?.stringValue ?? "" }
    public var resourceVersionNumber: Int { Int(self[path: ["metadata", "resourceVersion"]]?.stringValue ?? "") ?? -1 }
}

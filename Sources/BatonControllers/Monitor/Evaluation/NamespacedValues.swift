import BatonAPI
import Foundation
import KubeClient
import KubeCore

/// Reads single keys of Secrets and ConfigMaps in a Monitor's namespace, when an evaluation
/// needs them (credentials, a CA, a reference histogram). Read on demand rather than cached: the
/// operator never holds every Secret of the cluster, and needs only `get` on them.
struct NamespacedValues: Sendable {
    let client: KubeAPIClient

    private static let secrets = GroupVersionResource(group: "", version: "v1", resource: "secrets")
    private static let configMaps = GroupVersionResource(group: "", version: "v1", resource: "configmaps")

    func secret(_ selector: KeySelector, namespace: String) async throws(ValueError) -> String {
        let object = try await get(Self.secrets, selector, kind: "Secret", namespace: namespace)
        guard let encoded = object[path: ["data", selector.key]]?.stringValue else {
            throw ValueError("Secret \(namespace)/\(selector.name) has no key \(selector.key)")
        }
        guard let data = Data(base64Encoded: encoded) else {
            throw ValueError("Secret \(namespace)/\(selector.name) key \(selector.key) is not base64")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func configMap(_ selector: KeySelector, namespace: String) async throws(ValueError) -> String {
        let object = try await get(Self.configMaps, selector, kind: "ConfigMap", namespace: namespace)
        guard let value = object[path: ["data", selector.key]]?.stringValue else {
            throw ValueError("ConfigMap \(namespace)/\(selector.name) has no key \(selector.key)")
        }
        return value
    }

    private func get(
        _ resource: GroupVersionResource, _ selector: KeySelector, kind: String, namespace: String
    ) async throws(ValueError) -> JSONValue {
        do {
            return try await client.resource(resource, namespace: namespace).get(selector.name)
        } catch KubeAPIError.notFound {
            throw ValueError("\(kind) \(namespace)/\(selector.name) not found")
        } catch {
            throw ValueError("cannot read \(kind) \(namespace)/\(selector.name): \(error)")
        }
    }
}

/// Why a value could not be read, for a check's Inconclusive message.
struct ValueError: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

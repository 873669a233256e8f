import KubeClient
import KubeCore

/// A ConfigMap as the API server would send it.
func object(_ name: String, resourceVersion: String) -> JSONValue {
    [
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": ["name": .string(name), "namespace": "default", "resourceVersion": .string(resourceVersion)],
    ]
}

/// One list page: `continueToken` nil on the last.
func page(
    _ items: [JSONValue], resourceVersion: String?, continueToken: String? = nil
) -> ResourceList<JSONValue> {
    ResourceList(items: items, metadata: ListMeta(resourceVersion: resourceVersion, continue: continueToken))
}

/// The error a watch throws for an ERROR event with 410 Gone, or a list for an expired token.
let gone = KubeAPIError(
    status: Status(status: Status.failure, message: "too old resource version: 10 (50)", reason: .gone, code: 410))

let unavailable = KubeAPIError(
    status: Status(
        status: Status.failure, message: "the server is shutting down", reason: .serviceUnavailable, code: 503))

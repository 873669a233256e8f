import KubeCore

/// The namespace of a write: taken from the URL, checked against the body, and required to
/// exist and not be terminating.
enum NamespaceRules {
    static func assign(_ object: inout JSONValue, _ type: ResourceType, _ namespace: String?) throws(APIError) {
        let declared = object[path: ["metadata", "namespace"]]?.stringValue ?? ""
        guard type.namespaced else {
            object[path: ["metadata", "namespace"]] = nil
            return
        }
        guard let namespace, !namespace.isEmpty else {
            throw .badRequest("the server could not find the requested resource (namespace is required for \(type.qualifiedResource))")
        }
        guard declared.isEmpty || declared == namespace else {
            throw .badRequest("the namespace of the provided object does not match the namespace sent on the request")
        }
        object[path: ["metadata", "namespace"]] = .string(namespace)
    }

    static let namespaces = ResourceKey(group: "", resource: "namespaces")

    static func requireActive(_ namespace: String, store: ObjectStore) throws(APIError) {
        guard let object = store.get(namespaces, ObjectKey(namespace: "", name: namespace)) else {
            throw APIError(.notFound(resource: "namespaces", name: namespace))
        }
        if object[path: ["metadata", "deletionTimestamp"]] != nil {
            throw APIError(.forbidden(
                resource: "namespaces", name: namespace,
                problem: "unable to create new content in namespace \(namespace) because it is being terminated"))
        }
    }
}

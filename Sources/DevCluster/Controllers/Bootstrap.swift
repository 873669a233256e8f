import KubeCore

/// What every cluster has from the start: the `default`, `kube-system`, `kube-public` and
/// `kube-node-lease` namespaces, and the `kubernetes` Service in `default`.
enum Bootstrap {
    static func createSystemObjects(_ writes: ObjectWrites) throws {
        let options = WriteOptions(fieldManager: "kube-apiserver")
        let namespaces = writes.registry.lookup(group: "", version: "v1", plural: "namespaces")!
        for name in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            _ = try writes.create(namespaces, namespace: nil, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]], options).object
        }
        let services = writes.registry.lookup(group: "", version: "v1", plural: "services")!
        let service: JSONValue = [
            "apiVersion": "v1", "kind": "Service",
            "metadata": ["name": "kubernetes", "labels": ["component": "apiserver", "provider": "kubernetes"]],
            "spec": ["ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]]],
        ]
        _ = try writes.create(services, namespace: "default", service, options)
    }
}

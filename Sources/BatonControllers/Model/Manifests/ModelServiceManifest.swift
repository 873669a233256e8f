import BatonAPI
import KubeCore

/// The Model's stable Service: one name and port for clients (`http://<model>.<namespace>.svc:8080`)
/// whichever version serves; promoting a version is moving its selector.
struct ModelServiceManifest {
    let metadata: ChildMetadata<ModelKind>
    /// The version whose pods the Service selects.
    let version: String
    let port: Int32

    var name: String { ModelChildNames.service(model: metadata.ownerName) }

    var endpoint: String { "http://\(name).\(metadata.namespace).svc:\(port)" }

    var service: JSONValue {
        [
            "apiVersion": .string(ChildKind.service.apiVersion),
            "kind": .string(ChildKind.service.rawValue),
            "metadata": metadata.metadata(name: name, version: version, component: .serving),
            "spec": [
                "type": "ClusterIP",
                "selector": metadata.selector(version: version, component: .serving),
                "ports": [
                    [
                        "name": .string(ServingDeploymentManifest.portName), "port": .integer(Int64(port)),
                        "targetPort": .string(ServingDeploymentManifest.portName), "protocol": "TCP",
                    ]
                ],
            ],
        ]
    }
}

import BatonAPI
import KubeCore

/// A Service of the Model's serving pods. The Model's own (`http://<model>.<namespace>.svc:8080`)
/// is one name and port for clients whichever version serves: promoting a version is moving
/// its selector, and a canary with the Replicas router is selecting both versions. The preview
/// Service (`<model>-preview`) selects a blue-green candidate, for checks before it takes traffic.
struct ModelServiceManifest {
    enum Selection: Sendable, Hashable {
        case version(String)
        /// Every serving pod of the Model, whatever its version.
        case allVersions
    }

    let metadata: ChildMetadata<ModelKind>
    let name: String
    let selection: Selection
    let port: Int32

    /// The Model's own Service.
    init(metadata: ChildMetadata<ModelKind>, selection: Selection, port: Int32) {
        self.init(metadata: metadata, name: ModelChildNames.service(model: metadata.ownerName), selection: selection, port: port)
    }

    init(metadata: ChildMetadata<ModelKind>, name: String, selection: Selection, port: Int32) {
        self.metadata = metadata
        self.name = name
        self.selection = selection
        self.port = port
    }

    var endpoint: String { "http://\(name).\(metadata.namespace).svc:\(port)" }

    var service: JSONValue {
        [
            "apiVersion": .string(ChildKind.service.apiVersion),
            "kind": .string(ChildKind.service.rawValue),
            "metadata": objectMetadata,
            "spec": [
                "type": "ClusterIP",
                "selector": selector,
                "ports": [
                    [
                        "name": .string(ServingDeploymentManifest.portName), "port": .integer(Int64(port)),
                        "targetPort": .string(ServingDeploymentManifest.portName), "protocol": "TCP",
                    ]
                ],
            ],
        ]
    }

    private var objectMetadata: JSONValue {
        switch selection {
        case let .version(version): metadata.metadata(name: name, version: version, component: .serving)
        case .allVersions: metadata.metadata(name: name, labels: metadata.modelLabels(component: .serving))
        }
    }

    private var selector: JSONValue {
        switch selection {
        case let .version(version): metadata.selector(version: version, component: .serving)
        case .allVersions: ChildMetadata<ModelKind>.object(metadata.modelLabels(component: .serving))
        }
    }
}

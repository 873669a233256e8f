import BatonAPI
import KubeCore

/// The parts every child of one Model shares: its namespace, the owner reference that makes
/// the garbage collector remove it with the Model, and the `ModelLabels`.
struct ChildMetadata: Sendable {
    let modelName: String
    let namespace: String
    let uid: String

    /// A Model read from the API server always has all three; an incomplete one gives children
    /// the API server will refuse, rather than a crash here.
    init(_ model: Model) {
        modelName = model.metadata.name ?? ""
        namespace = model.metadata.namespace ?? ""
        uid = model.metadata.uid ?? ""
    }

    /// `metadata` of a child named `name`, belonging to `version`.
    func metadata(
        name: String, version: String, component: ModelLabels.Component, annotations: [String: String] = [:]
    ) -> JSONValue {
        var metadata: JSONObject = [
            "name": .string(name),
            "namespace": .string(namespace),
            "labels": labels(version: version, component: component),
        ]
        if !annotations.isEmpty {
            metadata["annotations"] = .object(JSONObject(uniqueKeysWithValues: annotations.sorted { $0.key < $1.key }
                .map { ($0.key, JSONValue.string($0.value)) }))
        }
        metadata["ownerReferences"] = [ownerReference]
        return .object(metadata)
    }

    func labels(version: String, component: ModelLabels.Component) -> JSONValue {
        [
            ModelLabels.appName: .string(ModelLabels.value(modelName)),
            ModelLabels.managedBy: .string(ModelLabels.managerName),
            ModelLabels.model: .string(ModelLabels.value(modelName)),
            ModelLabels.version: .string(ModelLabels.value(version)),
            ModelLabels.component: .string(component.rawValue),
        ]
    }

    /// The labels that pick the pods of one version and component: what Deployments and
    /// Services select.
    func selector(version: String, component: ModelLabels.Component) -> JSONValue {
        [
            ModelLabels.model: .string(ModelLabels.value(modelName)),
            ModelLabels.version: .string(ModelLabels.value(version)),
            ModelLabels.component: .string(component.rawValue),
        ]
    }

    private var ownerReference: JSONValue {
        [
            "apiVersion": .string(Model.apiVersion),
            "kind": .string(Model.kind),
            "name": .string(modelName),
            "uid": .string(uid),
            "controller": true,
            "blockOwnerDeletion": true,
        ]
    }
}

import BatonAPI
import KubeCore

/// The parts every child of one Baton object shares, whatever its kind: its namespace, the
/// controller owner reference that makes the garbage collector remove it with its owner (and
/// routes its changes back to the owner's controller), and the labels that say who made it.
struct ChildMetadata<Owner: BatonKind>: Sendable {
    let ownerName: String
    let namespace: String
    let uid: String

    /// An object read from the API server always has all three; an incomplete one gives
    /// children the API server will refuse, rather than a crash here.
    init(_ owner: BatonObject<Owner>) {
        ownerName = owner.metadata.name ?? ""
        namespace = owner.metadata.namespace ?? ""
        uid = owner.metadata.uid ?? ""
    }

    /// `metadata` of a child named `name`, with `labels` besides the common ones.
    func metadata(name: String, labels: [String: String], annotations: [String: String] = [:]) -> JSONValue {
        var metadata: JSONObject = [
            "name": .string(name),
            "namespace": .string(namespace),
            "labels": Self.object(commonLabels.merging(labels) { _, own in own }),
        ]
        if !annotations.isEmpty { metadata["annotations"] = Self.object(annotations) }
        metadata["ownerReferences"] = [ownerReference]
        return .object(metadata)
    }

    /// What every child of this owner carries: managed by Baton, named after its owner (the
    /// Kubernetes recommended labels, so generic tooling groups children).
    var commonLabels: [String: String] {
        [BatonLabels.appName: BatonLabels.value(ownerName), BatonLabels.managedBy: BatonLabels.managerName]
    }

    var ownerReference: JSONValue {
        [
            "apiVersion": .string(BatonObject<Owner>.apiVersion),
            "kind": .string(BatonObject<Owner>.kind),
            "name": .string(ownerName),
            "uid": .string(uid),
            "controller": true,
            "blockOwnerDeletion": true,
        ]
    }

    /// Labels as a JSON object with sorted keys, so equal labels give equal objects.
    static func object(_ labels: [String: String]) -> JSONValue {
        .object(JSONObject(uniqueKeysWithValues: labels.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))
    }
}

extension ChildMetadata where Owner == ModelKind {
    /// `metadata` of a Model's child named `name`, belonging to `version`.
    func metadata(
        name: String, version: String, component: BatonLabels.Component, annotations: [String: String] = [:]
    ) -> JSONValue {
        metadata(name: name, labels: selectorLabels(version: version, component: component), annotations: annotations)
    }

    /// Every label a Model's child (or pod template) of `version` and `component` carries.
    func labels(version: String, component: BatonLabels.Component) -> JSONValue {
        Self.object(commonLabels.merging(selectorLabels(version: version, component: component)) { _, own in own })
    }

    /// The labels that pick the pods of one version and component: what Deployments and
    /// Services select.
    func selector(version: String, component: BatonLabels.Component) -> JSONValue {
        Self.object(selectorLabels(version: version, component: component))
    }

    private func selectorLabels(version: String, component: BatonLabels.Component) -> [String: String] {
        modelLabels(component: component).merging([BatonLabels.version: BatonLabels.value(version)]) { _, new in new }
    }

    /// The labels that pick the pods of a component, every version together.
    func modelLabels(component: BatonLabels.Component) -> [String: String] {
        [BatonLabels.model: BatonLabels.value(ownerName), BatonLabels.component: component.rawValue]
    }
}

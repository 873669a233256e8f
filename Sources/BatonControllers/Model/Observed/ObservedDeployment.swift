import BatonAPI
import KubeCore

/// What the planner reads of an observed serving Deployment.
struct ObservedDeployment: Sendable {
    let name: String
    let generation: Int64?
    let observedGeneration: Int64?
    let availableReplicas: Int64
    let readyReplicas: Int64
    let updatedReplicas: Int64
    /// `spec.replicas` (nil when an autoscaler owns it).
    let specReplicas: Int64?
    /// `status.replicas`: pods not yet terminated, ready or not.
    let replicas: Int64
    /// The Deployment's `Available` condition is `True`: its controller counts enough pods up,
    /// allowing for the rolling update's `maxUnavailable`.
    let isAvailable: Bool
    /// From `ModelAnnotations`: what this version serves.
    let artifact: ModelArtifact?

    init?(_ object: JSONValue) {
        guard let metadata = object["metadata"], let name = metadata["name"]?.stringValue else { return nil }
        self.name = name
        generation = metadata["generation"]?.intValue
        let status = object["status"]
        observedGeneration = status?["observedGeneration"]?.intValue
        availableReplicas = status?["availableReplicas"]?.intValue ?? 0
        readyReplicas = status?["readyReplicas"]?.intValue ?? 0
        updatedReplicas = status?["updatedReplicas"]?.intValue ?? 0
        specReplicas = object[path: ["spec", "replicas"]]?.intValue
        replicas = status?["replicas"]?.intValue ?? 0
        isAvailable = (status?["conditions"]?.arrayValue ?? []).contains {
            $0["type"]?.stringValue == "Available" && $0["status"]?.stringValue == "True"
        }
        let annotations = metadata["annotations"]
        artifact = annotations?[ModelAnnotations.artifactURI]?.stringValue.map {
            ModelArtifact(uri: $0, digest: annotations?[ModelAnnotations.artifactDigest]?.stringValue)
        }
    }

    /// Whether the current template's pods are all up: the controller has seen the latest
    /// spec, `wanted` pods are updated and available, and the Deployment says it is available.
    /// The bar for sending traffic to a new version.
    func hasRolledOut(wanted: Int32) -> Bool {
        guard let observedGeneration, observedGeneration >= (generation ?? 0) else { return false }
        return isAvailable && availableReplicas >= Int64(wanted) && updatedReplicas >= Int64(wanted)
    }

    /// Whether it is scaled to zero and its pods are gone: a Recreate candidate may come up.
    var isScaledDown: Bool {
        specReplicas == 0 && replicas == 0 && availableReplicas == 0 && readyReplicas == 0
    }

    /// Whether a version already taking traffic still serves: lower than `hasRolledOut`, so
    /// that one pod restarting, or a rolling update of the template, does not make a serving
    /// Model un-Ready.
    func isServing(wanted: Int32) -> Bool {
        isAvailable && (availableReplicas > 0 || wanted == 0)
    }
}

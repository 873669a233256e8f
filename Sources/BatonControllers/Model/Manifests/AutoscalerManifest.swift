import BatonAPI
import KubeCore

/// The HorizontalPodAutoscaler of one version's Deployment, on average CPU use.
struct AutoscalerManifest {
    let metadata: ChildMetadata<ModelKind>
    let names: ModelChildNames
    let version: String
    let autoscaling: AutoscalingSpec
    /// The bounds: the spec's for a version serving alone; both at a rollout step's pod count
    /// for a candidate, so the autoscaler holds the count the step asks for.
    let bounds: ClosedRange<Int32>

    var autoscaler: JSONValue {
        [
            "apiVersion": .string(ChildKind.horizontalPodAutoscaler.apiVersion),
            "kind": .string(ChildKind.horizontalPodAutoscaler.rawValue),
            "metadata": metadata.metadata(name: names.autoscaler, version: version, component: .serving),
            "spec": [
                "scaleTargetRef": [
                    "apiVersion": .string(ChildKind.deployment.apiVersion),
                    "kind": .string(ChildKind.deployment.rawValue),
                    "name": .string(names.deployment),
                ],
                "minReplicas": .integer(Int64(bounds.lowerBound)),
                "maxReplicas": .integer(Int64(bounds.upperBound)),
                "metrics": [
                    [
                        "type": "Resource",
                        "resource": [
                            "name": "cpu",
                            "target": [
                                "type": "Utilization",
                                "averageUtilization": .integer(Int64(autoscaling.targetCPUUtilizationPercentage)),
                            ],
                        ],
                    ]
                ],
            ],
        ]
    }
}

import BatonAPI
import KubeCore

/// The HorizontalPodAutoscaler of one version's Deployment, on average CPU use.
struct AutoscalerManifest {
    let metadata: ChildMetadata<ModelKind>
    let names: ModelChildNames
    let version: String
    let autoscaling: AutoscalingSpec

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
                "minReplicas": .integer(Int64(autoscaling.minReplicas)),
                "maxReplicas": .integer(Int64(autoscaling.maxReplicas)),
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

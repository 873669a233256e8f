import BatonAPI
import KubeCore
import KubeRuntime

/// The caches the Model controller reads: Models, and the children it makes, narrowed by
/// label to Baton's own objects so the operator does not hold every Pod and Service of the
/// cluster in memory.
struct ModelCaches: Sendable {
    let models: ObjectCache
    let jobs: ObjectCache
    let deployments: ObjectCache
    let services: ObjectCache
    let autoscalers: ObjectCache
    /// Training pods, indexed by `namespace/model`: they are owned by their Job, not the Model,
    /// and carry the trainer's termination message.
    let trainingPods: ObjectCache

    static let modelIndex = "model"

    func cache(forKind kind: String?) -> ObjectCache? {
        switch kind {
        case APIResource.jobs.kind: jobs
        case APIResource.deployments.kind: deployments
        case APIResource.services.kind: services
        case APIResource.horizontalPodAutoscalers.kind: autoscalers
        default: nil
        }
    }
}

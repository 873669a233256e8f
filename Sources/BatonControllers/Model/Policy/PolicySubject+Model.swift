import BatonAPI
import PolicyEngine

extension PolicySubject {
    /// A Model's desired version as the Policies judge it, the same for the Model's gate and
    /// the Policy's report: its images (the trainer's, the server's or its runtime's, the
    /// storage initializer's), where its artifact is, and `trainingMetrics` — by default what
    /// the status records of this version's training.
    init(model: Model, configuration: OperatorConfiguration, trainingMetrics: [String: Double]?? = nil) {
        let spec = model.spec
        var images = [configuration.storageInitializerImage]
        if let trainer = spec.training?.container.image { images.append(trainer) }
        if let server = spec.serving.image ?? configuration.runtimes[spec.serving.runtime].image { images.append(server) }
        let recorded = model.status?.training.flatMap { $0.version == spec.version ? $0.metrics : nil }
        let artifact = spec.artifact?.uri ?? spec.training.map {
            $0.outputURI(
                version: spec.version, namespace: model.metadata.namespace ?? "", model: model.metadata.name ?? "",
                artifactStore: configuration.artifactStore)
        }
        self.init(model: model, trainingMetrics: trainingMetrics ?? recorded, images: images, artifactURI: artifact)
    }
}

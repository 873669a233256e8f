import BatonAPI
import KubeCore
import KubeRuntime

/// One planning pass over one observation: the steps of `ModelPlanner.plan`, each a method, in
/// the order they depend on each other — what the desired version's artifact is, which versions
/// serve, the children that follows, and the status that tells it.
struct ModelPlanBuilder {
    let model: Model
    /// The status as the Model carries it, less other controllers' conditions.
    let previous: ModelStatus
    let configuration: OperatorConfiguration
    let now: KubeTime
    let metadata: ChildMetadata<ModelKind>
    /// The desired version's children.
    let names: ModelChildNames
    let observed: ModelObservation
    let deployments: [ObservedDeployment]
    /// The desired version's Deployment, if it exists.
    let desiredDeployment: ObservedDeployment?

    init(_ observed: ModelObservation, configuration: OperatorConfiguration, now: KubeTime) {
        self.observed = observed
        model = observed.model
        previous = observed.model.status?.ownedByModelController ?? ModelStatus()
        self.configuration = configuration
        self.now = now
        metadata = ChildMetadata(observed.model)
        let names = ModelChildNames(model: metadata.ownerName, version: observed.model.spec.version)
        self.names = names
        deployments = observed.deployments.compactMap(ObservedDeployment.init)
        desiredDeployment = deployments.first { $0.name == names.deployment }
    }

    private var version: String { model.spec.version }
    private var serving: ServingSpec { model.spec.serving }
    private var wantedReplicas: Int32 { ServingDeploymentManifest.wantedReplicas(serving) }

    func plan() -> ModelPlan {
        if let problem = SpecValidation.problem(in: model.spec, runtimes: configuration.runtimes) {
            return invalidSpecPlan(problem)
        }
        let training = assessTraining()
        let artifact = model.spec.training == nil ? model.spec.artifact : training?.artifact
        let topology = ServingTopology.decide(
            desired: artifact == nil ? nil : version, previousStable: previous.serving?.stableVersion,
            desiredHasRolledOut: desiredDeployment?.hasRolledOut(wanted: wantedReplicas) ?? false)

        var children: [DesiredChild] = []
        if case .running = training, let trainingSpec = model.spec.training {
            let manifest = trainingManifest(trainingSpec)
            children.append(DesiredChild(manifest.job, mode: .createOnly))
            children += manifest.services.map { DesiredChild($0) }
        }
        if let artifact {
            children += servingObjects(artifact: artifact).map { DesiredChild($0) }
        }
        let service = topology.routed.map { ModelServiceManifest(metadata: metadata, version: $0, port: configuration.servingPort) }
        if let service { children.append(DesiredChild(service.service)) }
        let (retain, delete) = partitionObserved(besides: children.map(\.object), retainedVersion: topology.retained)

        let state = versionState(training: training, topology: topology, endpoint: service?.endpoint)
        var status = previous
        status.observedGeneration = model.metadata.generation
        status.setConditions(
            for: state, trained: training.map { .set($0.condition) } ?? .absent, generation: model.metadata.generation,
            now: now)
        status.training = training?.status
        status.artifact = artifact
        status.serving = servingStatus(topology, endpoint: service?.endpoint)
        recordHistory(in: &status, state: state)
        status.setHealth(from: observed.monitors, generation: model.metadata.generation, now: now)
        status.keepOwnConditions()

        var recheck: Duration?
        if case let .running(_, _, after) = training { recheck = after }
        return ModelPlan(
            children: children, retain: retain, delete: delete, status: status,
            events: ModelEvents.between(previous, status), requeueAfter: recheck)
    }

    /// A spec the planner cannot act on changes no child: whatever serves keeps serving while
    /// the user corrects it.
    private func invalidSpecPlan(_ problem: String) -> ModelPlan {
        var status = previous
        status.observedGeneration = model.metadata.generation
        status.setConditions(
            for: .invalidSpec(problem: problem), trained: model.spec.training == nil ? .absent : .unchanged,
            generation: model.metadata.generation, now: now)
        status.keepOwnConditions()
        return ModelPlan(
            retain: observed.children.compactMap(ChildReference.init), status: status,
            events: ModelEvents.between(previous, status))
    }

    // MARK: - Training

    private func assessTraining() -> TrainingOutcome? {
        guard let training = model.spec.training else { return nil }
        let assessment = TrainingAssessment(
            version: version, training: training, jobName: names.trainingJob, outputURI: outputURI(training), now: now)
        let job = observed.jobs.lazy.compactMap(ObservedJob.init).first { $0.name == names.trainingJob }
        return assessment.assess(
            previous: previous, job: job, pods: observed.trainingPods.compactMap(ObservedTrainingPod.init),
            servedArtifact: desiredDeployment?.artifact)
    }

    private func outputURI(_ training: TrainingSpec) -> String {
        training.outputURI(
            version: version, namespace: metadata.namespace, model: metadata.ownerName,
            artifactStore: configuration.artifactStore)
    }

    private func trainingManifest(_ training: TrainingSpec) -> TrainingJobManifest {
        TrainingJobManifest(
            metadata: metadata, names: names, version: version, training: training, data: model.spec.data,
            outputURI: outputURI(training), ttlSecondsAfterFinished: configuration.jobTTLSecondsAfterFinished,
            podSecurity: PodSecurity(training.pod, configuration: configuration))
    }

    // MARK: - Serving

    private func servingObjects(artifact: ModelArtifact) -> [JSONValue] {
        let runtime = configuration.runtimes[serving.runtime].resolved(modelName: metadata.ownerName)
        // SpecValidation made sure there is an image.
        guard let image = serving.image ?? runtime.image else { return [] }
        let deployment = ServingDeploymentManifest(
            metadata: metadata, names: names, version: version, artifact: artifact, serving: serving, runtime: runtime,
            image: image, storageInitializerImage: configuration.storageInitializerImage,
            podSecurity: PodSecurity(serving.pod, configuration: configuration))
        var objects = [deployment.deployment]
        if let autoscaling = serving.autoscaling {
            objects.append(
                AutoscalerManifest(metadata: metadata, names: names, version: version, autoscaling: autoscaling).autoscaler)
        }
        return objects
    }

    /// Every observed child that is not applied is retained or deleted: retained when it is the
    /// stable version's kept Deployment or autoscaler, or a finished Job; deleted otherwise (a
    /// replaced or abandoned version's Deployment, a superseded version's running Job, a headless
    /// Service whose training is over).
    private func partitionObserved(
        besides apply: [JSONValue], retainedVersion: String?
    ) -> (retain: [ChildReference], delete: [ChildReference]) {
        struct Key: Hashable {
            var kind: String
            var name: String
        }
        let applied = Set(apply.compactMap(ChildReference.init).map { Key(kind: $0.kind, name: $0.name) })
        var kept: Set<Key> = []
        if let retainedVersion {
            let retainedNames = ModelChildNames(model: metadata.ownerName, version: retainedVersion)
            kept.insert(Key(kind: ChildKind.deployment.rawValue, name: retainedNames.deployment))
            kept.insert(Key(kind: ChildKind.horizontalPodAutoscaler.rawValue, name: retainedNames.autoscaler))
        }
        var retain: [ChildReference] = []
        var delete: [ChildReference] = []
        for child in observed.children {
            guard let reference = ChildReference(child) else { continue }
            let key = Key(kind: reference.kind, name: reference.name)
            if applied.contains(key) { continue }
            let isFinishedJob = reference.kind == ChildKind.job.rawValue && ObservedJob(child)?.isFinished == true
            if kept.contains(key) || isFinishedJob {
                retain.append(reference)
            } else {
                delete.append(reference)
            }
        }
        return (retain, delete)
    }

    // MARK: - Status

    private func versionState(
        training: TrainingOutcome?, topology: ServingTopology, endpoint: String?
    ) -> VersionState {
        switch training {
        case let .failed(_, reason, message)?:
            return .failed(version: version, reason: reason, detail: message, stable: topology.stable)
        case let .running(_, message, _)?:
            return .training(version: version, detail: message, stable: topology.stable)
        case .succeeded?, nil:
            break
        }
        let deployment = desiredDeployment
        guard topology.stable == version else {
            return .rollingOut(
                version: version, deployment: names.deployment, available: deployment?.availableReplicas ?? 0,
                wanted: wantedReplicas, stable: topology.stable)
        }
        guard let endpoint, deployment?.isServing(wanted: wantedReplicas) == true else {
            return .unavailable(version: version, deployment: names.deployment)
        }
        return .serving(version: version, endpoint: endpoint)
    }

    private func servingStatus(_ topology: ServingTopology, endpoint: String?) -> ServingStatus? {
        guard topology.stable != nil || topology.candidate != nil else { return nil }
        let serving = Set([topology.stable, topology.candidate?.version].compactMap { $0 }.map {
            ModelChildNames(model: metadata.ownerName, version: $0).deployment
        })
        let readyReplicas = deployments.filter { serving.contains($0.name) }.reduce(0) { $0 + $1.readyReplicas }
        return ServingStatus(
            stableVersion: topology.stable, canaryVersion: topology.candidate?.version,
            canaryWeight: topology.candidate?.weight, readyReplicas: Int32(clamping: readyReplicas), endpoint: endpoint)
    }

    /// A promotion is recorded when it happens; a failure once, however many reconciles see it.
    private func recordHistory(in status: inout ModelStatus, state: VersionState) {
        let time = now
        if let stable = status.serving?.stableVersion, stable != previous.serving?.stableVersion {
            status.recordHistory(VersionHistoryEntry(version: stable, outcome: .promoted, time: time, artifact: status.artifact))
        }
        if case let .failed(version, reason, detail, _) = state {
            let last = status.history?.last
            if last?.version != version || last?.outcome != .failed {
                status.recordHistory(
                    VersionHistoryEntry(version: version, outcome: .failed, time: time, reason: reason, message: detail))
            }
        }
    }
}

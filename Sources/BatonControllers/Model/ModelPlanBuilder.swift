import BatonAPI
import KubeCore
import KubeRuntime
import PolicyEngine

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

    /// False to serve the desired version without a rollout (`VersionRollout.rollsOut`).
    let rollsOut: Bool

    init(_ observed: ModelObservation, configuration: OperatorConfiguration, now: KubeTime, rollsOut: Bool = true) {
        self.rollsOut = rollsOut
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
        if model.spec.rollout.trafficRouter == .gatewayAPI, !observed.servesHTTPRoutes {
            return invalidSpecPlan(
                "spec.rollout.trafficRouter is GatewayAPI, but this cluster does not serve HTTPRoutes "
                    + "(gateway.networking.k8s.io/v1): install the Gateway API CRDs, or set trafficRouter to Replicas.")
        }
        let training = assessTraining()
        let artifact = model.spec.training == nil ? model.spec.artifact : training?.artifact
        // What a rollout judges, built and hashed once: the gate and the rollout both compare it.
        let revision = artifact.flatMap(revision(artifact:))
        let gate = PolicyGate.judge(observed.policies, policySubject(training: training), now: now.date)
        let held = revision != nil && gate.blocks && !rolloutHasStarted(revision: revision)
        let rollout = decideRollout(revision: held ? nil : revision)
        let layout = rollout.layout

        var children: [DesiredChild] = []
        if case .running = training, let trainingSpec = model.spec.training {
            let manifest = trainingManifest(trainingSpec)
            children.append(DesiredChild(manifest.job, mode: .createOnly))
            children += manifest.services.map { DesiredChild($0) }
        }
        if let artifact, let desired = layout.desired {
            children += desiredServingChildren(desired, artifact: artifact)
        }
        var retained: [String] = []
        if let kept = layout.kept {
            let (written, kept) = keptServingChildren(kept)
            children += written
            retained = kept
        }
        let port = configuration.servingPort
        let service = layout.selection.map { ModelServiceManifest(metadata: metadata, selection: $0, port: port) }
        if let service { children.append(DesiredChild(service.service)) }
        if let route = layout.route, let gateway = model.spec.rollout.gatewayRef {
            for version in [route.primary, route.canary].compactMap({ $0 }) {
                children.append(DesiredChild(ModelServiceManifest(
                    metadata: metadata, name: ModelChildNames(model: metadata.ownerName, version: version).service,
                    selection: .version(version), port: port).service))
            }
            children.append(DesiredChild(HTTPRouteManifest(metadata: metadata, gateway: gateway, route: route, port: port).httpRoute))
        }
        if let preview = layout.preview {
            children.append(DesiredChild(ModelServiceManifest(
                metadata: metadata, name: ModelChildNames.previewService(model: metadata.ownerName),
                selection: .version(preview), port: port).service))
        }
        let (retain, delete) = partitionObserved(besides: children.map(\.object), retaining: retained)

        let compliance = gate.condition(version: version, serving: layout.stable == version, trained: artifact != nil)
        var state = versionState(training: training, layout: layout, rollout: rollout.record, endpoint: service?.endpoint)
        if held, let compliance { state = .gated(version: version, detail: compliance.message, stable: layout.stable) }
        var status = previous
        status.observedGeneration = model.metadata.generation
        status.setConditions(
            for: state, trained: training.map { .set($0.condition) } ?? .absent, generation: model.metadata.generation,
            now: now)
        status.training = training?.status
        status.artifact = artifact
        status.serving = servingStatus(layout, endpoint: service?.endpoint)
        status.rollout = rollout.record
        recordHistory(in: &status, state: state)
        status.setHealth(from: observed.monitors, generation: model.metadata.generation, now: now)
        status.setCompliance(compliance, generation: model.metadata.generation, now: now)
        status.keepOwnConditions()

        var recheck: Duration?
        if case let .running(_, _, after) = training { recheck = after }
        // A closed deployment window opens by itself: look again then (within a minute).
        if held, gate.waitsForAWindow { recheck = recheck.map { min($0, PolicyGate.windowRecheck) } ?? PolicyGate.windowRecheck }
        if let wake = rollout.wake {
            let untilWake = Duration.seconds(max(0, wake.date.timeIntervalSince(now.date)) + 1)
            recheck = recheck.map { min($0, untilWake) } ?? untilWake
        }
        return ModelPlan(
            children: children, retain: retain, delete: delete, status: status,
            events: ModelEvents.between(previous, status) + rollout.events, requeueAfter: recheck,
            consumedAnnotations: rollout.consumed)
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

    /// The rollout between the stable version and the desired one, when it can be served
    /// (`revision`, nil before its artifact is known or while a Policy holds it).
    private func decideRollout(revision: String?) -> VersionRollout.Outcome {
        var rollout = VersionRollout(
            spec: model.spec.rollout, record: previous.rollout, stable: previous.serving?.stableVersion,
            desired: revision == nil ? nil : version, specVersion: version,
            revision: revision ?? "", replicas: wantedReplicas,
            deployments: { [deployments, metadata] version in
                let name = ModelChildNames(model: metadata.ownerName, version: version).deployment
                return deployments.first { $0.name == name }
            },
            evaluation: observed.rolloutEvaluation, analysisInterval: observed.analysisInterval,
            requests: RolloutRequest.find(in: model.metadata.annotations), now: now)
        rollout.rollsOut = rollsOut
        return rollout.decide()
    }

    /// The desired version's rollout revision, nil when it cannot be served.
    private func revision(artifact: ModelArtifact) -> String? {
        deploymentManifest(artifact: artifact, replicas: specReplicas).map { Self.revision(of: $0.deployment) }
    }

    /// Whether this revision of the desired version is serving or rolling out already: the gate
    /// holds a version before its rollout, never one under way or serving.
    private func rolloutHasStarted(revision: String?) -> Bool {
        if previous.serving?.stableVersion == version { return true }
        guard let record = previous.rollout, record.version == version else { return false }
        return record.revision == revision
    }

    /// The desired version as the Policies judge it, with what its training reported now.
    private func policySubject(training: TrainingOutcome?) -> PolicySubject {
        let metrics = training?.status.version == version ? training?.status.metrics : nil
        return PolicySubject(model: model, configuration: configuration, trainingMetrics: .some(metrics))
    }

    /// What a rollout judges, as text that changes when any of it does: the Deployment the
    /// version serves with as the spec wants it (not as a step scales it).
    static func revision(of deployment: JSONValue) -> String {
        let text = (try? deployment.jsonBytes(options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return String(FNV1a.hash64(text.utf8), radix: 16)
    }

    /// The spec's pod count, or nil when an autoscaler keeps it.
    private var specReplicas: Int32? { serving.autoscaling == nil ? serving.replicas : nil }

    private func deploymentManifest(artifact: ModelArtifact, replicas: Int32?) -> ServingDeploymentManifest? {
        let runtime = configuration.runtimes[serving.runtime].resolved(modelName: metadata.ownerName)
        // SpecValidation made sure there is an image.
        guard let image = serving.image ?? runtime.image else { return nil }
        return ServingDeploymentManifest(
            metadata: metadata, names: names, version: version, artifact: artifact, serving: serving, runtime: runtime,
            image: image, storageInitializerImage: configuration.storageInitializerImage,
            podSecurity: PodSecurity(serving.pod, configuration: configuration), replicas: replicas)
    }

    /// The desired version's Deployment and autoscaler, at the layout's pod count.
    private func desiredServingChildren(_ desired: ServingLayout.Desired, artifact: ModelArtifact) -> [DesiredChild] {
        let autoscaling = serving.autoscaling
        switch desired.pods {
        case .zero:
            return [DesiredChild(scaledDeployment(names.deployment, replicas: 0), mode: .patchExisting)]
        case .spec:
            return servingChildren(artifact: artifact, replicas: specReplicas, bounds: autoscaling.map { $0.minReplicas...$0.maxReplicas })
        case let .step(count):
            return servingChildren(artifact: artifact, replicas: autoscaling == nil ? count : nil, bounds: autoscaling.map { _ in count...count })
        }
    }

    private func servingChildren(artifact: ModelArtifact, replicas: Int32?, bounds: ClosedRange<Int32>?) -> [DesiredChild] {
        guard let manifest = deploymentManifest(artifact: artifact, replicas: replicas) else { return [] }
        var children = [DesiredChild(manifest.deployment)]
        if let autoscaling = serving.autoscaling, let bounds {
            children.append(DesiredChild(autoscaler(names, version: version, autoscaling: autoscaling, bounds: bounds)))
        }
        return children
    }

    private func autoscaler(
        _ names: ModelChildNames, version: String, autoscaling: AutoscalingSpec, bounds: ClosedRange<Int32>
    ) -> JSONValue {
        AutoscalerManifest(metadata: metadata, names: names, version: version, autoscaling: autoscaling, bounds: bounds).autoscaler
    }

    /// The kept version's writes (only ever its pod count, or its autoscaler) and the names of
    /// its children kept as they are.
    private func keptServingChildren(_ kept: ServingLayout.Kept) -> (writes: [DesiredChild], retained: [String]) {
        let keptNames = ModelChildNames(model: metadata.ownerName, version: kept.version)
        let autoscaling = serving.autoscaling
        switch (kept.pods, autoscaling) {
        case (.asTheyAre, _):
            return ([], [keptNames.deployment])
        case let (.scaled(count), nil):
            return ([DesiredChild(scaledDeployment(keptNames.deployment, replicas: count), mode: .patchExisting)], [])
        case (.scaled(0), _?):
            // Its autoscaler goes, or it would bring the pods back.
            return ([DesiredChild(scaledDeployment(keptNames.deployment, replicas: 0), mode: .patchExisting)], [])
        case (.scaled, _?):
            // The autoscaler owns the count: the split is what it makes it.
            return ([], [keptNames.deployment])
        case (.restored, nil):
            return ([DesiredChild(scaledDeployment(keptNames.deployment, replicas: serving.replicas), mode: .patchExisting)], [])
        case let (.restored, autoscaling?):
            let bounds = autoscaling.minReplicas...autoscaling.maxReplicas
            return ([DesiredChild(autoscaler(keptNames, version: kept.version, autoscaling: autoscaling, bounds: bounds))],
                    [keptNames.deployment])
        }
    }

    /// A Deployment's pod count alone, for a merge patch that leaves its template as it is.
    private func scaledDeployment(_ name: String, replicas: Int32) -> JSONValue {
        [
            "apiVersion": .string(ChildKind.deployment.apiVersion), "kind": .string(ChildKind.deployment.rawValue),
            "metadata": ["name": .string(name), "namespace": .string(metadata.namespace)],
            "spec": ["replicas": .integer(Int64(replicas))],
        ]
    }

    /// Every observed child that is not written is retained or deleted: retained when it is the
    /// kept version's Deployment (or its autoscaler, of the same name) or a finished Job; deleted
    /// otherwise (a replaced or abandoned version's Deployment, a superseded version's running
    /// Job, a headless Service whose training is over, a preview Service no longer needed).
    private func partitionObserved(
        besides apply: [JSONValue], retaining retained: [String]
    ) -> (retain: [ChildReference], delete: [ChildReference]) {
        struct Key: Hashable {
            var kind: String
            var name: String
        }
        let applied = Set(apply.compactMap(ChildReference.init).map { Key(kind: $0.kind, name: $0.name) })
        var kept: Set<Key> = []
        for name in retained {
            kept.insert(Key(kind: ChildKind.deployment.rawValue, name: name))
            kept.insert(Key(kind: ChildKind.horizontalPodAutoscaler.rawValue, name: name))
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
        training: TrainingOutcome?, layout: ServingLayout, rollout: RolloutStatus?, endpoint: String?
    ) -> VersionState {
        switch training {
        case let .failed(_, reason, message)?:
            return .failed(version: version, reason: reason, detail: message, stable: layout.stable)
        case let .running(_, message, _)?:
            return .training(version: version, detail: message, stable: layout.stable)
        case .succeeded?, nil:
            break
        }
        let deployment = desiredDeployment
        if let rollout, rollout.version == version, let stable = layout.stable, stable != version {
            switch rollout.phase {
            case .rolledBack, .aborted: return .rolloutEnded(rollout, stable: stable)
            case .progressing, .paused, .completed: return .rollout(rollout, stable: stable, traffic: trafficNote(layout))
            }
        }
        guard layout.stable == version else {
            return .rollingOut(
                version: version, deployment: names.deployment, available: deployment?.availableReplicas ?? 0,
                wanted: wantedReplicas, stable: layout.stable)
        }
        guard let endpoint, deployment?.isServing(wanted: wantedReplicas) == true else {
            return .unavailable(version: version, deployment: names.deployment)
        }
        return .serving(version: version, endpoint: endpoint)
    }

    /// Where user traffic goes now, and how exact that is.
    private func trafficNote(_ layout: ServingLayout) -> String {
        guard let canary = layout.canary else { return "" }
        var note = "Version \(canary.version) takes \(canary.weight)% of traffic"
        if let route = layout.route, route.canary == canary.version {
            note = route.mirror
                ? "Version \(canary.version) receives a mirrored copy of the traffic through HTTPRoute \(ModelChildNames.route(model: metadata.ownerName)); its responses are dropped"
                : note + " through HTTPRoute \(ModelChildNames.route(model: metadata.ownerName))"
        } else if case .allVersions? = layout.selection {
            note += " (its share of the ready pods: the Replicas router splits by pods, so the share is approximate)"
        }
        if layout.preview != nil { note += "; the preview Service \(ModelChildNames.previewService(model: metadata.ownerName)) reaches it" }
        return note + "."
    }

    private func servingStatus(_ layout: ServingLayout, endpoint: String?) -> ServingStatus? {
        guard layout.stable != nil || layout.canary != nil else { return nil }
        let serving = Set([layout.stable, layout.canary?.version].compactMap { $0 }.map {
            ModelChildNames(model: metadata.ownerName, version: $0).deployment
        })
        let readyReplicas = deployments.filter { serving.contains($0.name) }.reduce(0) { $0 + $1.readyReplicas }
        return ServingStatus(
            stableVersion: layout.stable, canaryVersion: layout.canary?.version,
            canaryWeight: layout.canary?.weight, readyReplicas: Int32(clamping: readyReplicas), endpoint: endpoint)
    }

    /// A promotion is recorded when it happens; a failure once, however many reconciles see it.
    private func recordHistory(in status: inout ModelStatus, state: VersionState) {
        let time = now
        if let stable = status.serving?.stableVersion, stable != previous.serving?.stableVersion {
            let rollout = status.rollout.flatMap { $0.version == stable && $0.phase == .completed ? $0 : nil }
            status.recordHistory(VersionHistoryEntry(
                version: stable, outcome: .promoted, time: time, reason: rollout?.reason ?? RolloutState.Reason.promoted,
                message: rollout?.message ?? "Version \(stable) serves all traffic.", artifact: status.artifact))
        }
        if let rollout = status.rollout, rollout.phase == .rolledBack || rollout.phase == .aborted,
            rollout.reason != VersionRollout.supersededReason,
            previous.rollout?.phase != rollout.phase || previous.rollout?.revision != rollout.revision
        {
            status.recordHistory(VersionHistoryEntry(
                version: rollout.version, outcome: .rolledBack, time: time, reason: rollout.reason, message: rollout.message))
        }
        if case let .gated(version, detail, _) = state {
            let last = status.history?.last
            if last?.version != version || last?.outcome != .gated {
                status.recordHistory(VersionHistoryEntry(
                    version: version, outcome: .gated, time: time, reason: PolicyGate.Reason.blocked, message: detail))
            }
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

import BatonAPI
import KubeCore
import KubeRuntime

/// The serving half of a Model's plan: which versions run and take traffic, and — when the
/// desired version is to replace a stable one — the rollout state machine run on what was
/// observed, with the layout its new state calls for.
struct VersionRollout {
    let spec: RolloutSpec
    /// The rollout recorded in the status.
    let record: RolloutStatus?
    /// The stable version the status records.
    let stable: String?
    /// The desired version, once its artifact is known (it can be served); nil before.
    let desired: String?
    /// `spec.version`, artifact known or not.
    let specVersion: String
    /// What is judged: a digest of the desired version's Deployment.
    let revision: String
    /// Pods of one version serving alone (the autoscaler's floor, when there is one).
    let replicas: Int32
    /// Observed Deployments by version.
    let deployments: (String) -> ObservedDeployment?
    let evaluation: RolloutEvaluation?
    let analysisInterval: Duration?
    let requests: [RolloutRequest]
    let now: KubeTime
    /// False when the desired version is to serve at once, without steps or analysis: a
    /// Monitor's rollback to a version that served before.
    var rollsOut = true

    struct Outcome {
        var layout: ServingLayout
        /// `status.rollout`.
        var record: RolloutStatus?
        var events: [PlannedEvent] = []
        var consumed: [String: String] = [:]
        var wake: KubeTime?
    }

    static let supersededReason = "Superseded"

    private var steps: [RolloutStep] { spec.strategy.definition.steps(of: spec) }

    func decide() -> Outcome {
        var outcome = undecided()
        outcome.layout = routed(outcome.layout)
        return outcome
    }

    private func undecided() -> Outcome {
        guard let desired else {
            // Nothing new to serve yet (training, or it failed): the stable version serves alone,
            // at the spec's count (a rollout given up may have taken pods from it).
            return answered(Outcome(
                layout: ServingLayout(
                    stable: stable, kept: stable.map { .init(version: $0, pods: .restored) },
                    selection: stable.map { .version($0) }),
                record: superseded(record)))
        }
        guard let stable, stable != desired, rollsOut else { return answered(serving(desired)) }
        let input = RolloutInput(
            version: desired, revision: revision, previousVersion: stable, spec: spec, steps: steps,
            stepReady: { [self] step in stepIsReady(step, stable: stable, candidate: desired) },
            evaluation: evaluation, analysisInterval: analysisInterval, requests: requests)
        let transition = RolloutState.next(record, input, now: now)
        var outcome = Outcome(
            layout: layout(transition.record, stable: stable), record: transition.record, events: transition.events,
            consumed: transition.consumed, wake: transition.wake)
        if let scaleDown = transition.record.scaleDownTime, outcome.layout.kept != nil, now < scaleDown {
            outcome.wake = outcome.wake.map { min($0, scaleDown) } ?? scaleDown
        }
        return outcome
    }

    /// The desired version serves, or comes up to serve without a rollout (a Model's first
    /// version; a rollback to one that served before, which takes the traffic once its pods are
    /// up): the version it replaced is kept until its scale-down time.
    private func serving(_ version: String) -> Outcome {
        let up = stable == version || deployments(version)?.hasRolledOut(wanted: replicas) == true
        if !up, let stable {
            return Outcome(
                layout: ServingLayout(
                    stable: stable, canary: .init(version: version, weight: 0), desired: .init(version: version, pods: .spec),
                    kept: .init(version: stable, pods: .asTheyAre), selection: .version(stable)),
                record: superseded(record))
        }
        var kept: ServingLayout.Kept?
        var wake: KubeTime?
        if let record, record.phase == .completed, record.version == version, let previous = record.previousVersion,
            let scaleDown = record.scaleDownTime, now < scaleDown
        {
            kept = .init(version: previous, pods: .asTheyAre)
            wake = scaleDown
        }
        return Outcome(
            layout: ServingLayout(
                stable: up ? version : nil, canary: up ? nil : .init(version: version, weight: 100),
                desired: .init(version: version, pods: .spec), kept: kept, selection: .version(version)),
            record: superseded(record), wake: wake)
    }

    /// Requests made while no rollout runs are consumed too, each saying there was nothing to
    /// do, so an annotation left behind does not act on the next rollout unbidden.
    private func answered(_ outcome: Outcome) -> Outcome {
        var outcome = outcome
        for request in requests {
            outcome.consumed[request.action.annotation] = request.value
            guard outcome.record?.hasHandled(request) != true else { continue }
            let message = "Nothing to \(request.action.rawValue.lowercased()): no rollout is under way"
                + (outcome.layout.stable.map { "; version \($0) serves" } ?? "") + "."
            outcome.record?.acknowledge(request, at: now, message: message)
            outcome.events.append(PlannedEvent(.normal, reason: RolloutState.EventReason.requestIgnored, action: "Rollout", message: message))
        }
        return outcome
    }

    /// A rollout still under way for a version no longer desired ends, saying so.
    private func superseded(_ record: RolloutStatus?) -> RolloutStatus? {
        guard var record, record.phase.isActive, record.version != specVersion else { return record }
        record.phase = .aborted
        record.reason = Self.supersededReason
        record.message = "spec.version changed to \(specVersion) before version \(record.version) finished rolling out."
        record.completionTime = now
        record.stepStartTime = nil
        return record
    }

    // MARK: - Layout of a rollout

    private func layout(_ record: RolloutStatus, stable: String) -> ServingLayout {
        let candidate = record.version
        switch record.phase {
        case .rolledBack, .aborted:
            return ServingLayout(
                stable: stable, desired: .init(version: candidate, pods: .zero),
                kept: .init(version: stable, pods: .restored), selection: .version(stable))
        case .completed where deployments(candidate)?.hasRolledOut(wanted: replicas) == true:
            let keep = record.scaleDownTime.map { now < $0 } ?? false
            return ServingLayout(
                stable: candidate, desired: .init(version: candidate, pods: .spec),
                kept: keep ? .init(version: stable, pods: .asTheyAre) : nil, selection: .version(candidate))
        case .completed:
            // Promoted before its pods were all up (by request): both versions serve until they are.
            return withWeight(ServingLayout(
                stable: stable, desired: .init(version: candidate, pods: .spec),
                kept: .init(version: stable, pods: .asTheyAre), selection: .allVersions), stable: stable)
        case .progressing, .paused:
            return withWeight(stepLayout(Int(record.step), stable: stable, candidate: candidate), stable: stable)
        }
    }

    /// The layout at step `index`; past the last step, promotion: the candidate comes to its full
    /// count while traffic stays as the last step had it.
    private func stepLayout(_ index: Int, stable: String, candidate: String) -> ServingLayout {
        let steps = self.steps
        guard steps.indices.contains(index) else {
            var layout = steps.isEmpty
                ? ServingLayout(stable: stable, selection: .version(stable))
                : stepLayout(steps.count - 1, stable: stable, candidate: candidate)
            layout.desired = .init(version: candidate, pods: .spec)
            return layout
        }
        let step = steps[index]
        var layout = ServingLayout(stable: stable)
        if step.mirror {
            layout.desired = .init(version: candidate, pods: .step(replicas))
            layout.kept = .init(version: stable, pods: .asTheyAre)
            layout.selection = .version(stable)
            layout.route = .init(primary: stable, canary: candidate, mirror: true)
        } else if step.preview {
            layout.desired = .init(version: candidate, pods: .step(replicas))
            layout.kept = .init(version: stable, pods: .asTheyAre)
            layout.selection = .version(stable)
            layout.preview = candidate
        } else if step.replacesStable {
            let gone = deployments(stable)?.isScaledDown ?? true
            layout.desired = .init(version: candidate, pods: gone ? .step(replicas) : .zero)
            layout.kept = .init(version: stable, pods: .scaled(0))
            layout.selection = .version(candidate)
        } else {
            let split = spec.trafficRouter.routing.split(weight: step.weight, replicas: replicas)
            layout.desired = .init(version: candidate, pods: .step(split.candidateReplicas))
            layout.kept = .init(version: stable, pods: split.stableReplicas.map { .scaled($0) } ?? .asTheyAre)
            layout.selection = switch split.selection {
            case .stable: .version(stable)
            case .both: .allVersions
            case .candidate: .version(candidate)
            }
            if let weight = split.routeWeight {
                layout.route = .init(primary: stable, canary: candidate, weight: weight)
            }
        }
        return layout
    }

    /// With the GatewayAPI router, the HTTPRoute that goes with the layout: the step's, or one
    /// to whatever the Model's Service selects.
    private func routed(_ layout: ServingLayout) -> ServingLayout {
        guard spec.trafficRouter == .gatewayAPI, layout.route == nil else { return layout }
        var layout = layout
        switch layout.selection {
        case let .version(version)?:
            layout.route = .init(primary: version)
        case .allVersions?:
            if let stable = layout.stable, let canary = layout.canary {
                layout.route = .init(primary: stable, canary: canary.version, weight: canary.weight)
            }
        case nil:
            break
        }
        return layout
    }

    /// Sets the candidate's share of traffic as it is now: by the Service's selection, and
    /// when it selects both versions, by their ready pods.
    private func withWeight(_ layout: ServingLayout, stable: String) -> ServingLayout {
        var layout = layout
        guard let candidate = layout.desired?.version else { return layout }
        let weight: Int32
        if let route = layout.route, route.canary == candidate {
            layout.canary = .init(version: candidate, weight: route.mirror ? 0 : route.weight)
            return layout
        }
        switch layout.selection {
        case .version(candidate)?: weight = 100
        case .allVersions?:
            let candidatePods = deployments(candidate)?.readyReplicas ?? 0
            let total = candidatePods + (deployments(stable)?.readyReplicas ?? 0)
            weight = total == 0 ? 0 : Int32((Double(candidatePods) * 100 / Double(total)).rounded())
        default: weight = 0
        }
        layout.canary = .init(version: candidate, weight: weight)
        return layout
    }

    /// Whether the pods step `step` needs are up.
    private func stepIsReady(_ step: Int32, stable: String, candidate version: String) -> Bool {
        let layout = stepLayout(Int(step), stable: stable, candidate: version)
        guard let candidate = deployments(version) else { return false }
        if case .scaled(0) = layout.kept?.pods, deployments(stable)?.isScaledDown == false { return false }
        switch layout.desired?.pods {
        case .spec?: return candidate.hasRolledOut(wanted: replicas)
        case let .step(count)?: return candidate.hasRolledOut(wanted: count)
        case .zero?, nil: return false
        }
    }
}

import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A Model walked through its life by hand: each step is the cluster doing its part (a Job
/// finishing, pods coming up) followed by a reconcile.
struct Lifecycle {
    var observation: ModelObservation
    var plan: ModelPlan
    let configuration: OperatorConfiguration

    static let goodReport = #"{"metrics": {"accuracy": 0.94, "auc": 0.97}, "artifact": {"uri": "s3://ml-models/fraud/2.1.0", "digest": "sha256:9f86d081"}}"#

    init(_ model: Model = Fixtures.model(), configuration: OperatorConfiguration = Fixtures.configuration) {
        self.configuration = configuration
        observation = ModelObservation(model: model)
        plan = Fixtures.plan(observation, configuration: configuration)
    }

    /// 2.1.0 trained and serving, then spec.version bumped to 2.2.0.
    static func versionBumped() -> Lifecycle {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.editSpec { $0.version = "2.2.0" }
        return life
    }

    /// The reconciler carries the plan out, then plans again.
    mutating func reconcile(at date: Date = Fixtures.now) {
        observation = Fixtures.applying(plan, to: observation)
        plan = Fixtures.plan(observation, configuration: configuration, at: date)
    }

    /// Replans from the same observation (a change made by hand to it).
    mutating func replan(at date: Date = Fixtures.now) {
        plan = Fixtures.plan(observation, configuration: configuration, at: date)
    }

    var model: Model { observation.model }

    func jobName(_ version: String? = nil) -> String {
        ModelChildNames(model: model.metadata.name ?? "", version: version ?? model.spec.version).trainingJob
    }

    func deploymentName(_ version: String? = nil) -> String {
        ModelChildNames(model: model.metadata.name ?? "", version: version ?? model.spec.version).deployment
    }

    /// The current version's Job completes, its pod reporting `report`; then a reconcile.
    mutating func trainingCompletes(report: String? = goodReport) {
        observation = Fixtures.applying(plan, to: observation)
        let name = jobName()
        observation.jobs = observation.jobs.map { Fixtures.name(of: $0) == name ? Fixtures.completed($0) : $0 }
        observation.trainingPods.append(Fixtures.trainingPod(job: name, message: report))
        replan()
    }

    /// The current version's Job fails with `reason`; then a reconcile.
    mutating func trainingFails(reason: String, message: String = "", podMessage: String? = nil) {
        observation = Fixtures.applying(plan, to: observation)
        let name = jobName()
        observation.jobs = observation.jobs.map {
            Fixtures.name(of: $0) == name ? Fixtures.failed($0, reason: reason, message: message) : $0
        }
        if let podMessage {
            observation.trainingPods.append(Fixtures.trainingPod(job: name, phase: "Failed", message: podMessage))
        }
        replan()
    }

    /// The named version's Deployment reports `replicas` pods available; then a reconcile.
    mutating func deploymentBecomesAvailable(_ version: String? = nil, replicas: Int64 = 3) {
        observation = Fixtures.applying(plan, to: observation)
        let name = deploymentName(version)
        observation.deployments = observation.deployments.map {
            Fixtures.name(of: $0) == name ? Fixtures.available($0, replicas: replicas) : $0
        }
        replan()
    }

    /// The user edits the spec (a new generation); then a reconcile.
    mutating func editSpec(_ edit: (inout ModelSpec) -> Void) {
        observation = Fixtures.applying(plan, to: observation)
        edit(&observation.model.spec)
        observation.model.metadata.generation = (observation.model.metadata.generation ?? 0) + 1
        replan()
    }

    /// Planning again from this plan's result changes nothing: same children, same status, no
    /// Event, nothing left to delete. This is what makes a converged Model cost no writes.
    func expectIdempotent(at date: Date = Fixtures.now, sourceLocation: SourceLocation = #_sourceLocation) {
        let next = Fixtures.applying(plan, to: observation)
        let again = Fixtures.plan(next, configuration: configuration, at: date)
        #expect(again.objects == plan.objects, sourceLocation: sourceLocation)
        #expect(again.status == plan.status, sourceLocation: sourceLocation)
        #expect(again.events == [], sourceLocation: sourceLocation)
        #expect(again.delete == [], sourceLocation: sourceLocation)
        #expect(again.requeueAfter == plan.requeueAfter, sourceLocation: sourceLocation)
        // Every observed child has exactly one fate.
        let fates = again.objects.compactMap(ChildReference.init).map { "\($0.kind)/\($0.name)" }
            + (again.retain + again.delete).map { "\($0.kind)/\($0.name)" }
        let observed = (next.jobs + next.deployments + next.services + next.autoscalers).compactMap(ChildReference.init)
            .map { "\($0.kind)/\($0.name)" }
        #expect(Set(observed).isSubset(of: Set(fates)), sourceLocation: sourceLocation)
        #expect(fates.count == Set(fates).count, sourceLocation: sourceLocation)
    }
}

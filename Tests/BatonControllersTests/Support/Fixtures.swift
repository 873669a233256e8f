import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

@testable import BatonControllers

/// Models and observed cluster state built by hand, and a tiny stand-in for the API server
/// that applies a plan the way the reconciler would.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let nowTime = KubeTime(now)
    static let configuration = OperatorConfiguration()

    static let trainer = TrainingSpec(
        container: ContainerSpec(
            image: "registry.example.com/fraud-train:1.4", command: ["python", "train.py"], args: ["--epochs", "10"],
            env: [EnvVar(name: "EPOCHS", value: "10")],
            resources: ResourceRequirements(
                limits: ["nvidia.com/gpu": Quantity(1), "memory": "16Gi"], requests: ["cpu": "4", "memory": "16Gi"])),
        backoffLimit: 2, activeDeadlineSeconds: 3600)

    static func model(
        name: String = "fraud-detector", namespace: String = "risk", version: String = "2.1.0",
        training: TrainingSpec? = trainer, artifact: ModelArtifact? = nil,
        serving: ServingSpec = ServingSpec(runtime: .mlServer, replicas: 3), data: DatasetReference? = nil,
        generation: Int64 = 1, status: ModelStatus? = nil
    ) -> Model {
        Model(
            metadata: ObjectMeta(name: name, namespace: namespace, uid: "uid-\(name)", generation: generation),
            spec: ModelSpec(version: version, data: data, training: training, artifact: artifact, serving: serving),
            status: status)
    }

    static func plan(_ observation: ModelObservation, configuration: OperatorConfiguration = configuration, at date: Date = now)
        -> ModelPlan
    {
        ModelPlanner.plan(observation, configuration: configuration, now: date)
    }

    // MARK: - The API server, reduced to what the planner sees

    /// The observation after the reconciler carried `plan` out: children applied (keeping the
    /// status of those that existed), deleted ones gone, the status written back.
    static func applying(_ plan: ModelPlan, to observation: ModelObservation) -> ModelObservation {
        var next = observation
        next.model.status = plan.status
        func update(_ objects: [JSONValue], kind: String) -> [JSONValue] {
            var result = objects.filter { object in
                !plan.delete.contains { $0.kind == kind && $0.name == name(of: object) }
            }
            for child in plan.children where child.object["kind"]?.stringValue == kind {
                let desired = child.object
                if let index = result.firstIndex(where: { name(of: $0) == name(of: desired) }) {
                    // A create-only child that exists is left alone; a patch is merged in; others
                    // take the applied spec and keep their status.
                    if child.mode == .createOnly { continue }
                    if child.mode == .patchExisting {
                        var patch = desired
                        patch["apiVersion"] = nil
                        patch["kind"] = nil
                        result[index] = result[index].applyingMergePatch(patch)
                        continue
                    }
                    var updated = desired
                    updated["status"] = result[index]["status"]
                    updated["metadata"]?["generation"] = result[index]["metadata"]?["generation"]
                    result[index] = updated
                } else if child.mode != .patchExisting {
                    result.append(desired)
                }
            }
            return result
        }
        next.jobs = update(observation.jobs, kind: "Job")
        next.deployments = update(observation.deployments, kind: "Deployment")
        next.services = update(observation.services, kind: "Service")
        next.autoscalers = update(observation.autoscalers, kind: "HorizontalPodAutoscaler")
        return next
    }

    /// Plans and applies until the plan stops changing anything; returns the last plan and the
    /// observation it was made from.
    static func settle(
        _ observation: ModelObservation, configuration: OperatorConfiguration = configuration, at date: Date = now
    ) -> (plan: ModelPlan, observation: ModelObservation) {
        var current = observation
        var plan = Fixtures.plan(current, configuration: configuration, at: date)
        for _ in 0..<10 {
            let next = applying(plan, to: current)
            let again = Fixtures.plan(next, configuration: configuration, at: date)
            current = next
            if again == plan || (again.objects == plan.objects && again.status == plan.status && again.events.isEmpty) {
                return (again, current)
            }
            plan = again
        }
        return (plan, current)
    }

    static func name(of object: JSONValue) -> String? {
        object["metadata"]?["name"]?.stringValue
    }

    /// The whole objects the plan writes (applied or created), not the patches of a few fields.
    static func object(_ plan: ModelPlan, kind: String, name: String? = nil) -> JSONValue? {
        objects(plan, kind: kind).first { name == nil || Fixtures.name(of: $0) == name }
    }

    static func objects(_ plan: ModelPlan, kind: String) -> [JSONValue] {
        plan.children.filter { $0.mode != .patchExisting }.map(\.object).filter { $0["kind"]?.stringValue == kind }
    }

    /// The replica counts the plan patches into existing Deployments, by name.
    static func scaled(_ plan: ModelPlan) -> [String: Int64] {
        var counts: [String: Int64] = [:]
        for child in plan.children where child.mode == .patchExisting && child.object["kind"] == "Deployment" {
            if let name = name(of: child.object), let replicas = child.object[path: ["spec", "replicas"]]?.intValue {
                counts[name] = replicas
            }
        }
        return counts
    }

    /// Whether the plan keeps the Deployment's pod template as it is: retained, or only its
    /// replica count patched.
    static func keepsTemplate(_ plan: ModelPlan, deployment name: String) -> Bool {
        plan.retain.contains(ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: name))
            || scaled(plan)[name] != nil
    }

    // MARK: - Observed state

    /// The Job as the Job controller reports it once it finished well.
    static func completed(_ job: JSONValue, succeeded: Int64 = 1, failed: Int64 = 0) -> JSONValue {
        var job = job
        job["status"] = [
            "succeeded": .integer(succeeded), "failed": .integer(failed),
            "completionTime": .string(nowTime.rfc3339),
            "conditions": [
                ["type": "SuccessCriteriaMet", "status": "True", "reason": "CompletionsReached"],
                ["type": "Complete", "status": "True", "reason": "CompletionsReached"],
            ],
        ]
        return job
    }

    static func failed(_ job: JSONValue, reason: String, failedPods: Int64 = 3, message: String = "") -> JSONValue {
        var job = job
        job["status"] = [
            "failed": .integer(failedPods),
            "conditions": [
                ["type": "FailureTarget", "status": "True", "reason": .string(reason)],
                ["type": "Failed", "status": "True", "reason": .string(reason), "message": .string(message)],
            ],
        ]
        return job
    }

    static func running(_ job: JSONValue, active: Int64 = 1, failed: Int64 = 0) -> JSONValue {
        var job = job
        job["status"] = ["active": .integer(active), "failed": .integer(failed), "ready": .integer(active)]
        return job
    }

    /// A pod of `job` whose `trainer` container ended with `message`.
    static func trainingPod(
        job: String, name: String? = nil, phase: String = "Succeeded", message: String?, index: Int? = nil,
        finishedAt: String = "2027-01-15T08:00:00Z"
    ) -> JSONValue {
        var annotations: JSONObject = [:]
        if let index { annotations["batch.kubernetes.io/job-completion-index"] = .string(String(index)) }
        var terminated: JSONObject = ["exitCode": phase == "Succeeded" ? 0 : 1, "finishedAt": .string(finishedAt)]
        terminated["message"] = message.map(JSONValue.string)
        return [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": [
                "name": .string(name ?? "\(job)-\(index.map(String.init) ?? "x7k2p")"),
                "labels": ["baton.dev/component": "training", "batch.kubernetes.io/job-name": .string(job)],
                "annotations": .object(annotations),
                "ownerReferences": [["apiVersion": "batch/v1", "kind": "Job", "name": .string(job), "uid": "job-uid", "controller": true]],
            ],
            "status": [
                "phase": .string(phase),
                "containerStatuses": [["name": "trainer", "state": ["terminated": .object(terminated)]]],
            ],
        ]
    }

    /// The Deployment as its controller reports it with `available` pods up.
    static func available(_ deployment: JSONValue, replicas: Int64) -> JSONValue {
        var deployment = deployment
        deployment["metadata"]?["generation"] = 1
        deployment["status"] = [
            "observedGeneration": 1, "replicas": .integer(replicas), "updatedReplicas": .integer(replicas),
            "readyReplicas": .integer(replicas), "availableReplicas": .integer(replicas),
            "conditions": [
                ["type": "Available", "status": .string(replicas > 0 ? "True" : "False"), "reason": "MinimumReplicasAvailable"],
                ["type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"],
            ],
        ]
        return deployment
    }

    /// Replaces the observed object of the same kind and name.
    static func replacing(_ object: JSONValue, in observation: ModelObservation) -> ModelObservation {
        var next = observation
        func replace(_ list: inout [JSONValue]) {
            if let index = list.firstIndex(where: { name(of: $0) == name(of: object) }) { list[index] = object }
        }
        switch object["kind"]?.stringValue {
        case "Job": replace(&next.jobs)
        case "Deployment": replace(&next.deployments)
        case "Service": replace(&next.services)
        default: replace(&next.autoscalers)
        }
        return next
    }
}

extension ModelStatus {
    func condition(_ type: String) -> Condition? {
        conditions?.condition(ofType: type)
    }
}

extension JSONValue {
    /// The `env` of the named container of a pod template, by variable name.
    func environment(container: String, path: [String] = ["spec", "template", "spec", "containers"]) -> [String: JSONValue] {
        let containers = self[path: path]?.arrayValue ?? []
        let env = containers.first { $0["name"]?.stringValue == container }?["env"]?.arrayValue ?? []
        return Dictionary(env.compactMap { variable in variable["name"]?.stringValue.map { ($0, variable) } }) { first, _ in first }
    }

    func container(_ name: String, path: [String] = ["spec", "template", "spec", "containers"]) -> JSONValue? {
        self[path: path]?.arrayValue?.first { $0["name"]?.stringValue == name }
    }
}

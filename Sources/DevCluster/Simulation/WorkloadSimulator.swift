import KubeCore

/// The Deployment and ReplicaSet controllers and the kubelet for long-running pods, simulated:
/// a Deployment gets a ReplicaSet per pod template (named with its pod-template-hash), the
/// ReplicaSet gets pods, pods turn Running and Ready after `dev.baton.dev/ready-after`, and
/// the statuses roll up with the fields and conditions the real controllers set. Old
/// ReplicaSets are scaled to zero once the new one is fully available, so the old version
/// keeps serving through a rollout.
struct WorkloadSimulator: Sendable {
    let writes: ObjectWrites
    private let options = WriteOptions(fieldManager: "kube-controller-manager")
    private let kubelet = WriteOptions(fieldManager: "kubelet")

    init(writes: ObjectWrites) {
        self.writes = writes
    }

    private func type(_ group: String, _ version: String, _ plural: String) -> ResourceType {
        writes.registry.lookup(group: group, version: version, plural: plural)!
    }
    private var deployments: ResourceType { type("apps", "v1", "deployments") }
    private var replicaSets: ResourceType { type("apps", "v1", "replicasets") }
    private var pods: ResourceType { type("", "v1", "pods") }

    func handle(_ event: StoreEvent) {
        let object = event.object
        switch event.resource {
        case deployments.storageKey where event.kind != .deleted && !object.isDeleting:
            reconcile(deployment: object)
        case replicaSets.storageKey:
            if event.kind != .deleted && !object.isDeleting { reconcile(replicaSet: object) }
            if let owner = controller(of: object, kind: "Deployment"), let deployment = get(deployments, object.namespace, owner) {
                reconcile(deployment: deployment)
            }
        case pods.storageKey:
            if event.kind == .added, object[path: ["status", "phase"]]?.stringValue == "Pending",
                controller(of: object, kind: "Job") == nil
            {
                start(object)
            }
            if let owner = controller(of: object, kind: "ReplicaSet"), let replicaSet = get(replicaSets, object.namespace, owner) {
                reconcile(replicaSet: replicaSet)
            }
        default:
            break
        }
    }

    private func get(_ type: ResourceType, _ namespace: String, _ name: String) -> JSONValue? {
        writes.store.get(type.storageKey, ObjectKey(namespace: namespace, name: name))
    }

    private func controller(of object: JSONValue, kind: String) -> String? {
        (object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? [])
            .first { $0["kind"]?.stringValue == kind && $0["controller"]?.boolValue == true }?["name"]?.stringValue
    }

    private func owned(_ type: ResourceType, by owner: JSONValue) -> [JSONValue] {
        writes.store.list(type.storageKey, namespace: owner.namespace).items.map(\.object)
            .filter { ObjectIndex.ownerUIDs($0).contains(owner.uid) }
    }

    // MARK: Deployments

    private func reconcile(deployment: JSONValue) {
        // A Deployment being deleted is left to the garbage collector, as the real controller
        // leaves it: scaling it back up would fight the deletion.
        guard !deployment.isDeleting else { return }
        let template = deployment[path: ["spec", "template"]] ?? [:]
        let hash = Self.templateHash(template)
        let desired = deployment[path: ["spec", "replicas"]]?.intValue ?? 1
        let sets = owned(replicaSets, by: deployment)
        let newName = "\(deployment.name)-\(hash)"
        var newSet = sets.first { $0.name == newName }
        if newSet == nil {
            let revision = sets.compactMap { Int($0[path: ["metadata", "annotations", "deployment.kubernetes.io/revision"]]?.stringValue ?? "") }.max() ?? 0
            newSet = try? writes.create(replicaSets, namespace: deployment.namespace, replicaSet(for: deployment, hash: hash, revision: revision + 1), options).object
            if newSet != nil { recordScaling(deployment, newName, from: 0, to: desired) }
        } else if let previous = newSet?[path: ["spec", "replicas"]]?.intValue, previous != desired {
            newSet = try? writes.update(replicaSets, namespace: deployment.namespace, name: newName, options) { current in
                var copy = current
                copy[path: ["spec", "replicas"]] = .integer(desired)
                return copy
            }.object
            recordScaling(deployment, newName, from: previous, to: desired)
        }
        guard let newSet else { return }
        let newAvailable = newSet[path: ["status", "availableReplicas"]]?.intValue ?? 0
        if newAvailable >= desired {
            for old in sets where old.name != newName && (old[path: ["spec", "replicas"]]?.intValue ?? 0) > 0 {
                _ = try? writes.update(replicaSets, namespace: old.namespace, name: old.name, options) { current in
                    var copy = current
                    copy[path: ["spec", "replicas"]] = 0
                    return copy
                }
                recordScaling(deployment, old.name, from: old[path: ["spec", "replicas"]]?.intValue ?? 0, to: 0)
            }
        }
        updateDeploymentStatus(deployment, newSet: newSet, all: owned(replicaSets, by: deployment))
    }

    /// The `ScalingReplicaSet` event the deployment controller records, which `kubectl describe`
    /// shows.
    private func recordScaling(_ deployment: JSONValue, _ replicaSet: String, from: Int64, to: Int64) {
        guard let events = writes.registry.lookup(group: "", version: "v1", plural: "events") else { return }
        let now = JSONValue.string(writes.now.rfc3339)
        let event: JSONValue = [
            "apiVersion": "v1", "kind": "Event",
            "metadata": ["name": .string("\(deployment.name).\(PodFactory.randomSuffix())\(PodFactory.randomSuffix())")],
            "involvedObject": [
                "apiVersion": "apps/v1", "kind": "Deployment", "name": .string(deployment.name),
                "namespace": .string(deployment.namespace), "uid": .string(deployment.uid),
                "resourceVersion": deployment[path: ["metadata", "resourceVersion"]] ?? "",
            ],
            "reason": "ScalingReplicaSet",
            "message": .string("Scaled \(to > from ? "up" : "down") replica set \(replicaSet) from \(from) to \(to)"),
            "source": ["component": "deployment-controller"], "reportingComponent": "deployment-controller",
            "reportingInstance": "", "firstTimestamp": now, "lastTimestamp": now, "count": 1, "type": "Normal",
        ]
        _ = try? writes.create(events, namespace: deployment.namespace, event, options)
    }

    private func replicaSet(for deployment: JSONValue, hash: String, revision: Int) -> JSONValue {
        var template = deployment[path: ["spec", "template"]] ?? [:]
        template[path: ["metadata", "labels", "pod-template-hash"]] = .string(hash)
        var selector = deployment[path: ["spec", "selector"]] ?? [:]
        selector[path: ["matchLabels", "pod-template-hash"]] = .string(hash)
        var annotations: JSONObject = [
            "deployment.kubernetes.io/revision": .string(String(revision)),
            "deployment.kubernetes.io/desired-replicas": .string(String(deployment[path: ["spec", "replicas"]]?.intValue ?? 1)),
        ]
        if let readyAfter = deployment[path: ["metadata", "annotations", SimulationAnnotations.readyAfter]] {
            annotations[SimulationAnnotations.readyAfter] = readyAfter
        }
        return [
            "apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": [
                "name": .string("\(deployment.name)-\(hash)"), "namespace": .string(deployment.namespace),
                "labels": template[path: ["metadata", "labels"]] ?? [:], "annotations": .object(annotations),
                "ownerReferences": [[
                    "apiVersion": "apps/v1", "kind": "Deployment", "name": .string(deployment.name),
                    "uid": .string(deployment.uid), "controller": true, "blockOwnerDeletion": true,
                ]],
            ],
            "spec": [
                "replicas": deployment[path: ["spec", "replicas"]] ?? 1, "selector": selector, "template": template,
                "minReadySeconds": deployment[path: ["spec", "minReadySeconds"]] ?? 0,
            ],
        ]
    }

    private func updateDeploymentStatus(_ deployment: JSONValue, newSet: JSONValue, all sets: [JSONValue]) {
        let sum = { (field: String) in sets.reduce(Int64(0)) { $0 + ($1[path: ["status", field]]?.intValue ?? 0) } }
        let desired = deployment[path: ["spec", "replicas"]]?.intValue ?? 1
        let available = sum("availableReplicas")
        let updated = newSet[path: ["status", "replicas"]]?.intValue ?? 0
        let newAvailable = newSet[path: ["status", "availableReplicas"]]?.intValue ?? 0
        let complete = newAvailable >= desired && sum("replicas") == desired
        _ = try? writes.update(deployments, namespace: deployment.namespace, name: deployment.name, subresource: "status", options) { current in
            var copy = current
            var status = current["status"] ?? [:]
            status["observedGeneration"] = current[path: ["metadata", "generation"]] ?? 1
            status["replicas"] = .integer(sum("replicas"))
            status["updatedReplicas"] = .integer(updated)
            status["readyReplicas"] = .integer(sum("readyReplicas"))
            status["availableReplicas"] = .integer(available)
            status["unavailableReplicas"] = max(0, desired - available) == 0 ? nil : .integer(desired - available)
            for key in ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"] where status[key]?.intValue == 0 {
                status[key] = nil
            }
            var conditions = (try? (status["conditions"] ?? []).decode([Condition].self)) ?? []
            let now = writes.now
            let availableEnough = available >= desired - Self.maxUnavailable(current, desired: desired)
            _ = conditions.setCondition(
                type: "Available", status: availableEnough ? .true : .false,
                reason: availableEnough ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                message: availableEnough ? "Deployment has minimum availability." : "Deployment does not have minimum availability.",
                now: now)
            _ = conditions.setCondition(
                type: "Progressing", status: .true, reason: complete ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                message: complete
                    ? "ReplicaSet \"\(newSet.name)\" has successfully progressed." : "ReplicaSet \"\(newSet.name)\" is progressing.",
                now: now)
            status["conditions"] = (try? JSONValue(encoding: conditions)) ?? []
            copy["status"] = status
            return copy
        }
    }

    /// `maxUnavailable` of a RollingUpdate strategy, absolute or a percentage rounded down.
    private static func maxUnavailable(_ deployment: JSONValue, desired: Int64) -> Int64 {
        guard deployment[path: ["spec", "strategy", "type"]]?.stringValue != "Recreate" else { return 0 }
        let value = deployment[path: ["spec", "strategy", "rollingUpdate", "maxUnavailable"]] ?? "25%"
        if let number = value.intValue { return number }
        guard let text = value.stringValue, text.hasSuffix("%"), let percent = Int64(text.dropLast()) else { return 0 }
        return desired * percent / 100
    }

    /// A short stable hash of the pod template, in the alphabet kube uses for pod-template-hash.
    static func templateHash(_ template: JSONValue) -> String {
        var hash = FNV1a.hash64((try? template.jsonBytes(options: .sortedKeys)) ?? [])
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var text = ""
        for _ in 0..<10 {
            text.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return text
    }

    // MARK: ReplicaSets

    private func reconcile(replicaSet: JSONValue) {
        guard !replicaSet.isDeleting else { return }
        let desired = Int(replicaSet[path: ["spec", "replicas"]]?.intValue ?? 1)
        var current = owned(pods, by: replicaSet).filter { !$0.isDeleting }
        if current.count < desired {
            var readyAfter: [String: String] = [:]
            if let value = replicaSet[path: ["metadata", "annotations", SimulationAnnotations.readyAfter]]?.stringValue {
                readyAfter[SimulationAnnotations.readyAfter] = value
            }
            for _ in current.count..<desired {
                let pod = PodFactory.pod(
                    from: replicaSet[path: ["spec", "template"]] ?? [:], owner: replicaSet, ownerKind: "ReplicaSet",
                    ownerAPIVersion: "apps/v1", name: "\(replicaSet.name)-\(PodFactory.randomSuffix())",
                    extraAnnotations: readyAfter)
                if let created = try? writes.create(pods, namespace: replicaSet.namespace, pod, options).object {
                    current.append(created)
                }
            }
        } else if current.count > desired {
            for pod in current.suffix(current.count - desired) {
                _ = try? writes.delete(pods, namespace: pod.namespace, name: pod.name, .init())
            }
            current.removeLast(current.count - desired)
        }
        let ready = current.filter { Cells.condition($0, "Ready") == "True" }.count
        _ = try? writes.update(replicaSets, namespace: replicaSet.namespace, name: replicaSet.name, subresource: "status", options) { stored in
            var copy = stored
            var status: JSONObject = ["replicas": .integer(Int64(current.count)), "observedGeneration": stored[path: ["metadata", "generation"]] ?? 1]
            if !current.isEmpty { status["fullyLabeledReplicas"] = .integer(Int64(current.count)) }
            if ready > 0 {
                status["readyReplicas"] = .integer(Int64(ready))
                status["availableReplicas"] = .integer(Int64(ready))
            }
            copy["status"] = .object(status)
            return copy
        }
    }

    // MARK: Kubelet

    /// A new long-running pod is bound to the node, starts, and turns Ready after its
    /// `ready-after` delay.
    private func start(_ pod: JSONValue) {
        if (pod[path: ["spec", "nodeName"]]?.stringValue ?? "").isEmpty {
            _ = try? writes.update(pods, namespace: pod.namespace, name: pod.name, WriteOptions(fieldManager: "kube-scheduler")) { current in
                var copy = current
                copy[path: ["spec", "nodeName"]] = .string(PodFactory.nodeName)
                return copy
            }
        }
        let delay = pod[path: ["metadata", "annotations", SimulationAnnotations.readyAfter]]?.stringValue
            .flatMap(SimulationAnnotations.parseDuration) ?? SimulationAnnotations.defaultReadyAfter
        setStatus(pod) { PodStatuses.running($0, ready: false, now: writes.now) }
        Task {
            try? await Task.sleep(for: delay)
            setStatus(pod) { PodStatuses.running($0, ready: true, now: writes.now) }
        }
    }

    private func setStatus(_ pod: JSONValue, _ status: @escaping (JSONValue) -> JSONValue) {
        _ = try? writes.update(pods, namespace: pod.namespace, name: pod.name, subresource: "status", kubelet) { current throws(APIError) in
            guard current.uid == pod.uid else { throw APIError.conflict(pods, pod.name) }
            var copy = current
            copy["status"] = status(current)
            return copy
        }
    }
}

import KubeCore
import Synchronization

/// The Job controller and the kubelet for Jobs, simulated: a Job gets pods (one per index for
/// Indexed Jobs, `parallelism` at a time), they run for the annotated duration and terminate
/// with the annotated outcome and message; failures are retried up to `backoffLimit`; the Job
/// reports `startTime`, `active`, `succeeded`, `failed`, `completionTime`, `completedIndexes`
/// and the conditions the Job controller sets (SuccessCriteriaMet + Complete, or
/// FailureTarget + Failed with BackoffLimitExceeded or DeadlineExceeded).
final class JobSimulator: Sendable {
    private let writes: ObjectWrites
    /// Jobs being run, by uid, so that the events our own writes cause start nothing twice.
    private let running = Mutex<Set<String>>([])
    private let options = WriteOptions(fieldManager: "job-controller")

    init(writes: ObjectWrites) {
        self.writes = writes
    }

    private var jobs: ResourceType { writes.registry.lookup(group: "batch", version: "v1", plural: "jobs")! }
    private var pods: ResourceType { writes.registry.lookup(group: "", version: "v1", plural: "pods")! }

    func handle(_ event: StoreEvent) {
        guard event.resource == jobs.storageKey, event.kind != .deleted else { return }
        // The event may be older than the Job now (the feed lags our own status writes): decide
        // on the stored Job.
        guard let job = writes.store.get(event.resource, event.key), job.uid == event.object.uid,
            !job.isDeleting, job[path: ["spec", "suspend"]]?.boolValue != true, !Self.isFinished(job),
            running.withLock({ $0.insert(job.uid).inserted })
        else { return }
        Task { await run(job) }
    }

    static func isFinished(_ job: JSONValue) -> Bool {
        (job[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
            ["Complete", "Failed"].contains($0["type"]?.stringValue ?? "") && $0["status"]?.stringValue == "True"
        }
    }

    private struct Plan {
        var duration: Duration
        var succeeds: Bool
        var message: String
        var completions: Int
        var parallelism: Int
        var backoffLimit: Int
        var deadline: Duration?
        var indexed: Bool

        /// - Parameter owner: the Job's controlling owner (a Model), whose annotations steer the
        ///   Jobs it makes when the Job itself does not say.
        init(_ job: JSONValue, owner: JSONValue?) {
            let value = { (key: String) in
                SimulationAnnotations.value(key, on: job, template: ["spec", "template"])
                    ?? owner?[path: ["metadata", "annotations", key]]?.stringValue
            }
            duration = value(SimulationAnnotations.duration).flatMap(SimulationAnnotations.parseDuration)
                ?? SimulationAnnotations.defaultDuration
            succeeds = value(SimulationAnnotations.outcome)?.lowercased() != "failure"
            let features = value(SimulationAnnotations.features).flatMap(ServingSettings.features(from:))
                ?? SimulationAnnotations.defaultFeatures
            message = value(SimulationAnnotations.terminationMessage)
                ?? SimulationAnnotations.trainerReport(for: job, features: features) ?? ""
            parallelism = max(1, Int(job[path: ["spec", "parallelism"]]?.intValue ?? 1))
            completions = max(1, Int(job[path: ["spec", "completions"]]?.intValue ?? Int64(parallelism)))
            backoffLimit = Int(job[path: ["spec", "backoffLimit"]]?.intValue ?? 6)
            deadline = job[path: ["spec", "activeDeadlineSeconds"]]?.intValue.map { .seconds($0) }
            indexed = job[path: ["spec", "completionMode"]]?.stringValue == "Indexed"
        }
    }

    private func run(_ job: JSONValue) async {
        defer { _ = running.withLock { $0.remove(job.uid) } }
        let plan = Plan(job, owner: writes.controllingOwner(of: job))
        let started = ContinuousClock.now
        updateStatus(job) { status in
            status["startTime"] = status["startTime"] ?? .string(self.writes.now.rfc3339)
        }
        var pending = Array(0..<plan.completions)
        var succeeded: [Int] = []
        var failed = 0
        while !pending.isEmpty {
            let wave = Array(pending.prefix(plan.parallelism))
            let created = wave.compactMap { createPod(job, index: plan.indexed ? $0 : nil) }
            updateStatus(job) { status in
                status["active"] = .integer(Int64(created.count))
                status["ready"] = .integer(Int64(created.count))
            }
            for pod in created { setPodStatus(pod) { PodStatuses.running($0, ready: true, now: self.writes.now) } }
            let remaining = plan.deadline.map { $0 - (ContinuousClock.now - started) }
            if let remaining, remaining < plan.duration {
                try? await Task.sleep(for: max(remaining, .zero))
                for pod in created {
                    setPodStatus(pod) { PodStatuses.terminated($0, succeeded: false, message: "", reason: "DeadlineExceeded", now: self.writes.now) }
                }
                finish(job, failed: failed + created.count, succeeded: succeeded, plan: plan, failure: (
                    "DeadlineExceeded", "Job was active longer than specified deadline"))
                return
            }
            try? await Task.sleep(for: plan.duration)
            guard isStillWanted(job) else { return }
            for pod in created {
                setPodStatus(pod) { PodStatuses.terminated($0, succeeded: plan.succeeds, message: plan.message, now: self.writes.now) }
            }
            if plan.succeeds {
                succeeded += wave
                pending.removeFirst(wave.count)
            } else {
                failed += created.count
                if failed > plan.backoffLimit {
                    finish(job, failed: failed, succeeded: succeeded, plan: plan, failure: (
                        "BackoffLimitExceeded", "Job has reached the specified backoff limit"))
                    return
                }
            }
            updateStatus(job) { status in
                status["active"] = 0
                status["ready"] = 0
                status["succeeded"] = succeeded.isEmpty ? nil : .integer(Int64(succeeded.count))
                status["failed"] = failed == 0 ? nil : .integer(Int64(failed))
            }
        }
        finish(job, failed: failed, succeeded: succeeded, plan: plan, failure: nil)
    }

    private func isStillWanted(_ job: JSONValue) -> Bool {
        guard let current = writes.store.get(jobs.storageKey, ObjectKey(namespace: job.namespace, name: job.name)) else { return false }
        return current.uid == job.uid && !current.isDeleting
    }

    private func finish(_ job: JSONValue, failed: Int, succeeded: [Int], plan: Plan, failure: (reason: String, message: String)?) {
        updateStatus(job) { status in
            let now = JSONValue.string(self.writes.now.rfc3339)
            status["active"] = 0
            status["ready"] = 0
            status["terminating"] = 0
            status["succeeded"] = succeeded.isEmpty ? nil : .integer(Int64(succeeded.count))
            status["failed"] = failed == 0 ? nil : .integer(Int64(failed))
            if plan.indexed, !succeeded.isEmpty { status["completedIndexes"] = .string(Self.ranges(succeeded)) }
            status["uncountedTerminatedPods"] = [:]
            let (types, reason, message): ([String], String, String) = failure.map {
                (["FailureTarget", "Failed"], $0.reason, $0.message)
            } ?? (["SuccessCriteriaMet", "Complete"], "CompletionsReached", "Reached expected number of succeeded pods")
            status["conditions"] = .array(types.map { type in
                [
                    "type": .string(type), "status": "True", "reason": .string(reason), "message": .string(message),
                    "lastProbeTime": now, "lastTransitionTime": now,
                ]
            })
            if failure == nil { status["completionTime"] = now }
        }
    }

    /// `0-3,5`, as the Job controller writes completedIndexes.
    static func ranges(_ indexes: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous = -2
        for index in indexes.sorted() {
            if index != previous + 1 {
                if let start { parts.append(start == previous ? "\(start)" : "\(start)-\(previous)") }
                start = index
            }
            previous = index
        }
        if let start { parts.append(start == previous ? "\(start)" : "\(start)-\(previous)") }
        return parts.joined(separator: ",")
    }

    private func createPod(_ job: JSONValue, index: Int?) -> JSONValue? {
        let template = job[path: ["spec", "template"]] ?? [:]
        var labels: [String: String] = [:]
        var annotations: [String: String] = [:]
        var name = "\(job.name)-"
        if let index {
            labels["batch.kubernetes.io/job-completion-index"] = String(index)
            annotations["batch.kubernetes.io/job-completion-index"] = String(index)
            name += "\(index)-"
        }
        let pod = PodFactory.pod(
            from: template, owner: job, ownerKind: "Job", ownerAPIVersion: "batch/v1",
            name: name + PodFactory.randomSuffix(), extraLabels: labels, extraAnnotations: annotations)
        return try? writes.create(pods, namespace: job.namespace, pod, options).object
    }

    private func setPodStatus(_ pod: JSONValue, _ status: @escaping (JSONValue) -> JSONValue) {
        _ = try? writes.update(pods, namespace: pod.namespace, name: pod.name, subresource: "status", options) { current in
            var copy = current
            copy["status"] = status(current)
            return copy
        }
    }

    private func updateStatus(_ job: JSONValue, _ change: @escaping (inout JSONValue) -> Void) {
        _ = try? writes.update(jobs, namespace: job.namespace, name: job.name, subresource: "status", options) { current throws(APIError) in
            guard current.uid == job.uid else { throw APIError.conflict(self.jobs, job.name) }
            var copy = current
            var status = current["status"] ?? [:]
            change(&status)
            copy["status"] = status
            return copy
        }
    }
}

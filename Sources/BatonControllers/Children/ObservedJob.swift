import KubeCore

/// What the planner reads of an observed training Job.
struct ObservedJob: Sendable {
    /// How a Job ended: its `Complete` or `Failed` condition with status `True`.
    enum Ending: Sendable, Hashable {
        /// `at` is the completion time, for the grace given to the pod's result to show up.
        case complete(at: KubeTime?)
        /// `reason` as the Job controller gives it: `BackoffLimitExceeded`, `DeadlineExceeded`,
        /// `PodFailurePolicy`, …
        case failed(reason: String, message: String)
    }

    let name: String
    let backoffLimit: Int64?
    let activeDeadlineSeconds: Int64?
    let active: Int64
    let succeeded: Int64
    let failed: Int64
    /// `nil` while the Job runs.
    let ending: Ending?

    init?(_ object: JSONValue) {
        guard let name = object["metadata"]?["name"]?.stringValue else { return nil }
        self.name = name
        backoffLimit = object["spec"]?["backoffLimit"]?.intValue
        activeDeadlineSeconds = object["spec"]?["activeDeadlineSeconds"]?.intValue
        let status = object["status"]
        active = status?["active"]?.intValue ?? 0
        succeeded = status?["succeeded"]?.intValue ?? 0
        failed = status?["failed"]?.intValue ?? 0
        ending = Self.ending(status)
    }

    var isFinished: Bool { ending != nil }

    /// Runs started, retries included: each failed pod was one, and the pods running or
    /// succeeded now make one more (all the workers of an Indexed Job run together).
    var attempts: Int32 {
        Int32(clamping: failed + (active + succeeded > 0 ? 1 : 0))
    }

    private static func ending(_ status: JSONValue?) -> Ending? {
        let conditions = status?["conditions"]?.arrayValue ?? []
        func trueCondition(_ type: String) -> JSONValue? {
            conditions.first { $0["type"]?.stringValue == type && $0["status"]?.stringValue == "True" }
        }
        if let failed = trueCondition("Failed") {
            return .failed(
                reason: failed["reason"]?.stringValue ?? "", message: failed["message"]?.stringValue ?? "")
        }
        if let complete = trueCondition("Complete") {
            let time = status?["completionTime"]?.stringValue ?? complete["lastTransitionTime"]?.stringValue
            return .complete(at: time.flatMap { try? KubeTime(rfc3339: $0) })
        }
        return nil
    }
}

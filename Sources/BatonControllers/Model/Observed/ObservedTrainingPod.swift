import KubeCore

/// What the planner reads of a training pod: which Job and index it ran for, how it ended, and
/// what its `trainer` container left in its termination message.
struct ObservedTrainingPod: Sendable {
    let name: String
    /// From the controlling owner reference, or the label the Job controller sets.
    let jobName: String?
    /// `Succeeded`, `Failed`, `Running`, …
    let phase: String?
    /// The completion index of an Indexed Job's pod.
    let completionIndex: String?
    /// The `trainer` container's termination message; `nil` when it has not terminated.
    let terminationMessage: String?
    /// When the `trainer` container terminated (RFC 3339, so ordered as text).
    let finishedAt: String?

    static let containerName = "trainer"
    static let completionIndexKey = "batch.kubernetes.io/job-completion-index"
    static let jobNameLabel = "batch.kubernetes.io/job-name"

    init?(_ object: JSONValue) {
        guard let metadata = object["metadata"], let name = metadata["name"]?.stringValue else { return nil }
        self.name = name
        let owner = metadata["ownerReferences"]?.arrayValue?.first {
            $0["kind"]?.stringValue == "Job" && $0["controller"]?.boolValue == true
        }
        jobName = owner?["name"]?.stringValue ?? metadata["labels"]?[Self.jobNameLabel]?.stringValue
        phase = object["status"]?["phase"]?.stringValue
        completionIndex = metadata["annotations"]?[Self.completionIndexKey]?.stringValue
            ?? metadata["labels"]?[Self.completionIndexKey]?.stringValue
        let trainer = object["status"]?["containerStatuses"]?.arrayValue?.first {
            $0["name"]?.stringValue == Self.containerName
        }
        let terminated = trainer?["state"]?["terminated"]
        terminationMessage = terminated.map { $0["message"]?.stringValue ?? "" }
        finishedAt = terminated?["finishedAt"]?.stringValue
    }
}

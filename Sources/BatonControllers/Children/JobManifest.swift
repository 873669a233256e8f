import KubeCore

/// A `batch/v1` Job that runs its pod to completion, for anything Baton runs once: a
/// version's training, a Pipeline step. Pods never restart in place (`restartPolicy: Never`),
/// so each retry is a new pod whose termination message is read on its own; the Job is left
/// to `ttlSecondsAfterFinished`. Such a Job is created, never updated: its pod template is
/// immutable once it runs.
struct JobManifest {
    /// The Job's `metadata` (`ChildMetadata`).
    var metadata: JSONValue
    /// The pod template's labels.
    var podLabels: JSONValue
    /// The pod spec: containers and pod-level fields; `restartPolicy` is set here.
    var pod: JSONObject
    /// Pods that run together, each once. More than one makes an Indexed Job (pods
    /// `<job>-0` … `<job>-<n-1>`, the index in `batch.kubernetes.io/job-completion-index`).
    var workers: Int32 = 1
    var backoffLimit: Int32
    var activeDeadlineSeconds: Int64?
    var ttlSecondsAfterFinished: Int32

    var object: JSONValue {
        var pod = pod
        pod["restartPolicy"] = "Never"
        var spec: JSONObject = [
            "backoffLimit": .integer(Int64(backoffLimit)),
            "ttlSecondsAfterFinished": .integer(Int64(ttlSecondsAfterFinished)),
            "completions": .integer(Int64(workers)),
            "parallelism": .integer(Int64(workers)),
        ]
        if workers > 1 { spec["completionMode"] = "Indexed" }
        spec["activeDeadlineSeconds"] = activeDeadlineSeconds.map(JSONValue.integer)
        spec["template"] = ["metadata": ["labels": podLabels], "spec": .object(pod)]
        return [
            "apiVersion": "batch/v1",
            "kind": "Job",
            "metadata": metadata,
            "spec": .object(spec),
        ]
    }
}

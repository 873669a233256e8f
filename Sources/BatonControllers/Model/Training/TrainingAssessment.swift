import BatonAPI
import KubeCore

/// Decides where the training of the desired version stands, from what the status already
/// records and what the cluster shows. Restart-safe by construction: a recorded result is
/// never recomputed into a second Job, and a Job, once it exists, is the truth for its version.
struct TrainingAssessment {
    let version: String
    let training: TrainingSpec
    let jobName: String
    /// `BATON_OUTPUT_URI`: the artifact when the report names none.
    let outputURI: String
    let now: KubeTime

    /// How long a completed Job's result may take to appear: the pod's last update can reach
    /// the cache after the Job's.
    static let resultGracePeriod: Int64 = 120

    func assess(
        previous: ModelStatus, job: ObservedJob?, pods: [ObservedTrainingPod], servedArtifact: ModelArtifact?
    ) -> TrainingOutcome {
        let recorded = previous.training?.version == version ? previous.training : nil
        let trained = previous.conditions?.condition(ofType: ModelConditions.trained)
        if let recorded, trained?.status == .true, let artifact = previous.artifact {
            return .succeeded(recorded, artifact, message: Self.successMessage(recorded, artifact: artifact))
        }
        if let job {
            return assess(job, pods: pods.filter { $0.jobName == job.name })
        }
        if let recorded, let trained, trained.status == .false {
            // The Job failed and is gone (its TTL ran out): the failure stands for this version.
            return .failed(recorded, reason: trained.reason, message: trained.message)
        }
        if let servedArtifact {
            // Trained before and still served (the Model went back to a version it had): no
            // reason to train it again.
            let status = TrainingStatus(version: version)
            return .succeeded(status, servedArtifact, message: Self.successMessage(status, artifact: servedArtifact))
        }
        return .running(
            TrainingStatus(version: version, jobRef: LocalObjectReference(name: jobName), attempts: 0),
            message: runningMessage(attempts: 0), recheckAfter: nil)
    }

    private func assess(_ job: ObservedJob, pods: [ObservedTrainingPod]) -> TrainingOutcome {
        let status = TrainingStatus(version: version, jobRef: LocalObjectReference(name: job.name), attempts: job.attempts)
        switch job.ending {
        case nil:
            return .running(status, message: runningMessage(attempts: job.attempts), recheckAfter: nil)
        case let .complete(completedAt):
            return completed(job, status: status, completedAt: completedAt, pods: pods)
        case let .failed(reason, message):
            return failed(job, status: status, jobReason: reason, jobMessage: message, pods: pods)
        }
    }

    private func completed(
        _ job: ObservedJob, status: TrainingStatus, completedAt: KubeTime?, pods: [ObservedTrainingPod]
    ) -> TrainingOutcome {
        // The result is worker 0's: in a distributed run it is the one that saves the model.
        let reporter = pods.filter {
            $0.phase == "Succeeded" && $0.terminationMessage != nil
                && (training.workers <= 1 || $0.completionIndex == "0")
        }.max { ($0.finishedAt ?? "", $0.name) < ($1.finishedAt ?? "", $1.name) }

        guard let reporter, let message = reporter.terminationMessage else {
            let deadline = (completedAt?.secondsSince1970 ?? now.secondsSince1970) + Self.resultGracePeriod
            guard completedAt != nil, now.secondsSince1970 < deadline else {
                return .failed(
                    status, reason: ModelConditions.Reason.trainingResultMissing,
                    message: "Job \(job.name) completed, but none of its succeeded pods is left to read the "
                        + "training report from; bump spec.version to train again.")
            }
            return .running(
                status, message: "Job \(job.name) completed; reading the training report from its pod.",
                recheckAfter: .seconds(deadline - now.secondsSince1970))
        }

        switch TrainingReport.parse(message) {
        case let .success(report):
            var trained = status
            trained.metrics = report.metrics.isEmpty ? nil : report.metrics
            trained.histograms = report.histograms.isEmpty ? nil : report.histograms
            let artifact = report.artifact ?? ModelArtifact(uri: outputURI)
            return .succeeded(trained, artifact, message: Self.successMessage(trained, artifact: artifact))
        case let .failure(problem):
            let quoted = problem.description == "is empty" ? "" : ": \"\(message.trimmingWhitespace().truncated(to: 200))\""
            return .failed(
                status, reason: ModelConditions.Reason.invalidTerminationMessage,
                message: "The termination message of pod \(reporter.name) \(problem.description)\(quoted). "
                    + "The trainer must write JSON such as \(TrainingReport.expectedShape) to /dev/termination-log "
                    + "(artifact may be left out: BATON_OUTPUT_URI is then used); fix it and bump spec.version to train again.")
        }
    }

    private func failed(
        _ job: ObservedJob, status: TrainingStatus, jobReason: String, jobMessage: String, pods: [ObservedTrainingPod]
    ) -> TrainingOutcome {
        let retry = "fix the trainer, then bump spec.version to train again."
        let logs = "see kubectl logs job/\(job.name) -c \(ObservedTrainingPod.containerName)"
        let reason: String
        var message: String
        switch jobReason {
        case ModelConditions.Reason.backoffLimitExceeded:
            reason = jobReason
            let limit = job.backoffLimit ?? Int64(training.backoffLimit)
            message = "Job \(job.name) failed \(status.attempts ?? 0) times (backoffLimit \(limit)); \(logs), \(retry)"
        case ModelConditions.Reason.deadlineExceeded:
            reason = jobReason
            let deadline = job.activeDeadlineSeconds ?? training.activeDeadlineSeconds ?? 0
            message = "Job \(job.name) ran longer than its activeDeadlineSeconds (\(deadline)); raise "
                + "spec.training.activeDeadlineSeconds or make the run faster, then bump spec.version to train again."
        default:
            reason = ModelConditions.Reason.trainingFailed
            let cause = [jobReason, jobMessage].filter { !$0.isEmpty }.joined(separator: ": ")
            message = "Job \(job.name) failed" + (cause.isEmpty ? "" : " (\(cause))") + "; \(logs), \(retry)"
        }
        if let last = Self.lastWords(pods) {
            message += " Last output of pod \(last.pod): \"\(last.text)\""
        }
        return .failed(status, reason: reason, message: message)
    }

    /// The end of the most recent failed pod's termination message, which with
    /// `FallbackToLogsOnError` is its log tail: usually the error itself.
    private static func lastWords(_ pods: [ObservedTrainingPod]) -> (pod: String, text: String)? {
        let failed = pods.filter { $0.phase == "Failed" && !($0.terminationMessage ?? "").isEmpty }
        guard let pod = failed.max(by: { ($0.finishedAt ?? "", $0.name) < ($1.finishedAt ?? "", $1.name) }),
            let message = pod.terminationMessage
        else { return nil }
        let text = message.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (pod.name, text.count > 300 ? "…" + text.suffix(300) : text)
    }

    private func runningMessage(attempts: Int32) -> String {
        var message = "Job \(jobName) is training version \(version)"
        if attempts > 1 { message += " (attempt \(attempts) of \(Int64(training.backoffLimit) + 1))" }
        return message + "."
    }

    /// From the recorded status alone, so the message reads the same on every later reconcile.
    static func successMessage(_ status: TrainingStatus, artifact: ModelArtifact) -> String {
        guard let job = status.jobRef?.name else {
            return "Version \(status.version ?? "") was trained earlier; its artifact is \(artifact.uri)."
        }
        let metrics = (status.metrics ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key) \(JSONValue.numberText($0.value) ?? String($0.value))" }
        return "Job \(job) trained version \(status.version ?? "")"
            + (metrics.isEmpty ? "; it reported no metrics." : "; " + metrics.joined(separator: ", ") + ".")
    }
}

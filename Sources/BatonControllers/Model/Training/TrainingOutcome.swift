import BatonAPI
import KubeCore

/// Where the training of the desired version stands, and what the status says of it.
enum TrainingOutcome: Sendable, Hashable {
    /// Its Job should exist. `recheckAfter` is set while a finished Job's result is awaited,
    /// which no watch event may announce.
    case running(TrainingStatus, message: String, recheckAfter: Duration?)
    case succeeded(TrainingStatus, ModelArtifact, message: String)
    /// Final for this version: a new version is the way to train again.
    case failed(TrainingStatus, reason: String, message: String)

    /// What `status.training` says.
    var status: TrainingStatus {
        switch self {
        case let .running(status, _, _), let .succeeded(status, _, _), let .failed(status, _, _): status
        }
    }

    /// The trained artifact; `nil` until training succeeds.
    var artifact: ModelArtifact? {
        if case let .succeeded(_, artifact, _) = self { return artifact }
        return nil
    }

    /// The `Trained` condition's status, reason and message.
    var condition: VersionState.ConditionFields {
        switch self {
        case let .running(_, message, _): (.unknown, ModelConditions.Reason.training, message)
        case let .succeeded(_, _, message): (.true, ModelConditions.Reason.trainingSucceeded, message)
        case let .failed(_, reason, message): (.false, reason, message)
        }
    }
}

import BatonAPI
import KubeCore
import Synchronization

/// A Monitor's retrain action asking its Pipeline for a run, written where the Pipeline
/// reconciler reads run requests: the Pipeline's `baton.dev/run-requested-at` annotation, set to
/// the time the violation began (the condition's last transition), and
/// `baton.dev/run-requested-by: Monitor/<name>`. One violation is one request, however often
/// it is written: the value names the violation, not the moment it was seen.
struct RetrainRequest: Sendable, Hashable {
    var pipeline: String
    var requestedAt: String
    var requestedBy: String

    /// The requests the Monitor's retrain actions make now, with each action's index.
    static func wanted(by monitor: Monitor) -> [(action: Int, request: RetrainRequest)] {
        (monitor.spec.actions ?? []).enumerated().compactMap { index, action in
            guard let retrain = action.retrain else { return nil }
            let violation = action.when.lazy
                .compactMap { monitor.status?.conditions?.condition(ofType: $0.rawValue) }
                .filter { $0.status == .true }
                .min { $0.lastTransitionTime < $1.lastTransitionTime }
            guard let violation else { return nil }
            return (index, RetrainRequest(
                pipeline: retrain.pipelineRef.name, requestedAt: violation.lastTransitionTime.rfc3339,
                requestedBy: "Monitor/\(monitor.metadata.name ?? "")"))
        }
    }

    /// Whether the Pipeline carries this request already.
    func isRecorded(on pipeline: JSONValue) -> Bool {
        pipeline[path: ["metadata", "annotations", PipelineKind.runRequestAnnotation]]?.stringValue == requestedAt
            && pipeline[path: ["metadata", "annotations", PipelineKind.runRequesterAnnotation]]?.stringValue == requestedBy
    }

    /// The merge patch that records it.
    var patch: JSONValue {
        ["metadata": ["annotations": [
            .init(PipelineKind.runRequestAnnotation): .string(requestedAt),
            .init(PipelineKind.runRequesterAnnotation): .string(requestedBy),
        ]]]
    }
}

/// The last retrain request written per Monitor action.
final class RetrainLedger: Sendable {
    private let written = Mutex<[AlertLedger.Destination: RetrainRequest]>([:])

    func value(for destination: AlertLedger.Destination) -> RetrainRequest? {
        written.withLock { $0[destination] }
    }

    func set(_ request: RetrainRequest, for destination: AlertLedger.Destination) {
        written.withLock { $0[destination] = request }
    }
}

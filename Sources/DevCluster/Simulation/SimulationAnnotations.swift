import Foundation
import KubeCore

/// The annotations that steer the simulated workloads, read from a Job (or its pod template)
/// and a Deployment (or its pod template):
/// - `dev.baton.dev/duration`: how long a Job's pods run (`2s` by default; `500ms`, `1m`).
/// - `dev.baton.dev/outcome`: `success` (default) or `failure` — failing pods exit 1 and the
///   Job retries up to its backoffLimit, as the Job controller does.
/// - `dev.baton.dev/termination-message`: the message a Job's pods terminate with (what a
///   trainer writes to /dev/termination-log). By default, a pod whose container has Baton's
///   `BATON_OUTPUT_URI` reports what a Baton trainer would: metrics and that artifact
///   (`trainerReport`); any other pod terminates with no message.
///
/// A Job's annotations come from the Job, else its pod template, else its controlling owner
/// (so `dev.baton.dev/outcome: failure` on a Model fails the training Jobs it makes).
/// - `dev.baton.dev/ready-after`: how long a Deployment's pods take to become ready (`1s`).
///
/// A Running pod labelled `baton.dev/model` and `baton.dev/version` (a Model's serving pod)
/// serves simulated traffic, which its metrics page shows (`ModelServingSimulator`), steered by
/// its Deployment (or its pod template), else the Deployment's controlling owner (the Model):
/// - `dev.baton.dev/request-rate`: requests per second per pod (`5`).
/// - `dev.baton.dev/error-rate`: the fraction of requests that fail, 0 to 1 (`0.002`).
/// - `dev.baton.dev/latency`: the median request latency (`40ms`); the 99th percentile is 3×.
/// - `dev.baton.dev/features`: the model's input features, comma-separated (`amount,age`).
/// - `dev.baton.dev/feature-shift`: how far every feature's distribution has moved from the
///   one it was trained on, in standard deviations (`0`): how a drifting model is shown.
/// - `dev.baton.dev/prediction-shift`: how far the prediction scores moved, in standard
///   deviations (`0`): a version that answers the same requests differently (a Shadow
///   candidate whose predictions do not match the stable version's).
/// A value that does not parse is ignored (the default applies) and logged once.
///
/// Requests reach a serving pod as behind a Gateway (`RoutedTraffic`):
/// - A pod an HTTPRoute (gateway.networking.k8s.io) of its namespace reaches — a Service that
///   selects it is a backendRef of one of the route's rules, or the backendRef of a rule's
///   RequestMirror filter — receives what the routes send it instead of its per-pod rate.
///   Each rule receives the pod's `request-rate` × the number of Running serving pods that the
///   Services of its backendRefs of non-zero weight select (so at equal weights per pod, or
///   with every request to one version, each pod gets its own rate). Each backendRef's Service
///   gets the rule's requests × its weight / the sum of the rule's weights (1 when a backendRef
///   has no weight; weight 0 gets none), spread evenly over the Running serving pods it
///   selects; a RequestMirror's Service gets a copy of all the rule's requests (or `percent` /
///   `fraction` of them), spread the same way and served and counted like any other. A pod
///   adds up what every rule of every route sends it. Only backendRefs to a Service (core
///   group) of the route's namespace count: any other is left out as if absent; a Service with
///   no serving pod keeps its weight, its share served by no one.
/// - Otherwise a pod some Service of its namespace selects receives its `request-rate`.
/// - Otherwise a pod receives no requests.
/// While the HTTPRoute CRD is not installed, only Services count.
enum SimulationAnnotations {
    static let duration = "dev.baton.dev/duration"
    static let outcome = "dev.baton.dev/outcome"
    static let terminationMessage = "dev.baton.dev/termination-message"
    static let readyAfter = "dev.baton.dev/ready-after"
    static let requestRate = "dev.baton.dev/request-rate"
    static let errorRate = "dev.baton.dev/error-rate"
    static let latency = "dev.baton.dev/latency"
    static let features = "dev.baton.dev/features"
    static let featureShift = "dev.baton.dev/feature-shift"
    static let predictionShift = "dev.baton.dev/prediction-shift"

    static let defaultDuration = Duration.seconds(2)
    static let defaultReadyAfter = Duration.seconds(1)
    static let defaultRequestRate = 5.0
    static let defaultErrorRate = 0.002
    static let defaultLatency = Duration.milliseconds(40)
    static let defaultFeatures = ["amount", "age"]
    static let defaultFeatureShift = 0.0
    static let defaultPredictionShift = 0.0

    /// Kubernetes cuts termination messages longer than this.
    static let terminationMessageLimit = 4096
    /// How many observations of each feature the reported training histograms hold.
    static let trainingObservations = 10_000

    /// The annotation on the object, else on its pod template.
    static func value(_ key: String, on object: JSONValue, template: [String]) -> String? {
        object[path: ["metadata", "annotations", key]]?.stringValue
            ?? object[path: template + ["metadata", "annotations", key]]?.stringValue
    }

    /// What a Baton trainer writes to its termination log: evaluation metrics, the artifact it
    /// wrote to `BATON_OUTPUT_URI` (with a digest derived from that URI, so each version's
    /// differs) and the histogram of each feature it trained on, with the buckets the simulated
    /// servers use, so a served model that has not drifted matches its training data. Features
    /// are left out from the end while the message would be longer than Kubernetes keeps.
    static func trainerReport(for job: JSONValue, features: [String]) -> String? {
        let containers = job[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
        guard let output = containers.lazy.compactMap({ container in
            container["env"]?.arrayValue?.first { $0["name"]?.stringValue == "BATON_OUTPUT_URI" }?["value"]?.stringValue
        }).first else { return nil }
        let hex = String(FNV1a.hash64(output.utf8), radix: 16)
        let digest = String(repeating: String(repeating: "0", count: 16 - hex.count) + hex, count: 4)
        var reported = features
        while true {
            let report: JSONValue = [
                "metrics": ["accuracy": 0.94, "auc": 0.97],
                "artifact": ["uri": .string(output), "digest": .string("sha256:" + digest)],
                "histograms": .object(JSONObject(uniqueKeysWithValues: reported.map { ($0, trainingHistogram(of: $0)) })),
            ]
            guard let text = try? report.jsonString() else { return nil }
            if text.utf8.count <= terminationMessageLimit || reported.isEmpty { return text }
            reported.removeLast()
        }
    }

    /// `{"buckets": [{"upperBound": "12", "count": 40}, …, {"upperBound": "+Inf", …}]}`.
    private static func trainingHistogram(of name: String) -> JSONValue {
        let feature = SimulatedFeature(name: name)
        let bounds = feature.upperBounds.map(MetricsExposition.number) + ["+Inf"]
        let counts = feature.referenceCounts(total: trainingObservations)
        return ["buckets": .array(zip(bounds, counts).map { ["upperBound": .string($0), "count": .integer(Int64($1))] })]
    }

    /// `1500ms`, `2s`, `1m`, `1.5s`; nil when it does not parse.
    static func parseDuration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count)
            // "ms" also ends with "s": make sure what is left is a number.
            guard let value = Double(number), value >= 0 else { continue }
            return .milliseconds(Int64(value * scale * 1000))
        }
        return nil
    }
}

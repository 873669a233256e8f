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
enum SimulationAnnotations {
    static let duration = "dev.baton.dev/duration"
    static let outcome = "dev.baton.dev/outcome"
    static let terminationMessage = "dev.baton.dev/termination-message"
    static let readyAfter = "dev.baton.dev/ready-after"

    static let defaultDuration = Duration.seconds(2)
    static let defaultReadyAfter = Duration.seconds(1)

    /// The annotation on the object, else on its pod template.
    static func value(_ key: String, on object: JSONValue, template: [String]) -> String? {
        object[path: ["metadata", "annotations", key]]?.stringValue
            ?? object[path: template + ["metadata", "annotations", key]]?.stringValue
    }

    /// What a Baton trainer writes to its termination log: evaluation metrics and the artifact it
    /// wrote to `BATON_OUTPUT_URI`, with a digest derived from that URI so each version's differs.
    static func trainerReport(for job: JSONValue) -> String? {
        let containers = job[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
        guard let output = containers.lazy.compactMap({ container in
            container["env"]?.arrayValue?.first { $0["name"]?.stringValue == "BATON_OUTPUT_URI" }?["value"]?.stringValue
        }).first else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in output.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        let digest = String(repeating: String(repeating: "0", count: 16 - hex.count) + hex, count: 4)
        let report: JSONValue = [
            "metrics": ["accuracy": 0.94, "auc": 0.97],
            "artifact": ["uri": .string(output), "digest": .string("sha256:" + digest)],
        ]
        return try? report.jsonString()
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

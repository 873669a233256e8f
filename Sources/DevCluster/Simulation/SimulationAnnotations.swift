import Foundation
import KubeCore

/// The annotations that steer the simulated workloads, read from a Job (or its pod template)
/// and a Deployment (or its pod template):
/// - `dev.baton.dev/duration`: how long a Job's pods run (`2s` by default; `500ms`, `1m`).
/// - `dev.baton.dev/outcome`: `success` (default) or `failure` — failing pods exit 1 and the
///   Job retries up to its backoffLimit, as the Job controller does.
/// - `dev.baton.dev/termination-message`: the message a Job's pods terminate with (what a
///   trainer writes to /dev/termination-log); empty by default.
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

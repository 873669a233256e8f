import Foundation

/// How a simulated model server's traffic looks, from the `dev.baton.dev/` annotations that
/// `SimulationAnnotations` documents.
struct ServingSettings: Sendable {
    /// Requests per second.
    var requestRate = SimulationAnnotations.defaultRequestRate
    /// The fraction of requests that fail.
    var errorRate = SimulationAnnotations.defaultErrorRate
    var medianLatency = SimulationAnnotations.defaultLatency
    var features = SimulationAnnotations.defaultFeatures
    /// In standard deviations of each feature.
    var featureShift = SimulationAnnotations.defaultFeatureShift
    /// In standard deviations of the prediction scores.
    var predictionShift = SimulationAnnotations.defaultPredictionShift

    /// A bad annotation: its key, its value and what it should have been.
    struct Rejection: Sendable {
        var key: String
        var value: String
        var expected: String
    }

    init() {}

    /// The settings `annotation` (a lookup by key) gives; a value that does not parse keeps its
    /// default and is reported through `rejected`.
    init(annotation: (String) -> String?, rejected: (Rejection) -> Void) {
        func read<Value>(_ key: String, expected: String, _ parse: (String) -> Value?, into field: inout Value) {
            guard let text = annotation(key) else { return }
            if let value = parse(text) { field = value } else { rejected(Rejection(key: key, value: text, expected: expected)) }
        }
        read(SimulationAnnotations.requestRate, expected: "a number of requests per second, 0 or more", {
            Double($0).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        }, into: &requestRate)
        read(SimulationAnnotations.errorRate, expected: "a fraction from 0 to 1", {
            Double($0).flatMap { (0...1).contains($0) ? $0 : nil }
        }, into: &errorRate)
        read(SimulationAnnotations.latency, expected: "a duration above zero such as 40ms or 1.5s", {
            SimulationAnnotations.parseDuration($0).flatMap { $0 > .zero ? $0 : nil }
        }, into: &medianLatency)
        read(SimulationAnnotations.features, expected: "feature names separated by commas", Self.features(from:), into: &features)
        read(SimulationAnnotations.featureShift, expected: "a number of standard deviations", {
            Double($0).flatMap { $0.isFinite ? $0 : nil }
        }, into: &featureShift)
        read(SimulationAnnotations.predictionShift, expected: "a number of standard deviations", {
            Double($0).flatMap { $0.isFinite ? $0 : nil }
        }, into: &predictionShift)
    }

    /// `amount, age` → `["amount", "age"]`, each name once; nil when no name is given.
    static func features(from text: String) -> [String]? {
        var names: [String] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty && !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? nil : names
    }
}

/// What one simulated model server has served since it was first seen: counters and histograms
/// that only grow, advanced by elapsed time at the settings in force when they are advanced.
struct ServedTraffic: Sendable {
    static let latencyBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
    static let predictionBounds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
    /// Prediction scores: a normal around 0.3 narrow enough to stay within 0…1 but for a sliver.
    static let predictions = NormalDistribution(mean: 0.3, standardDeviation: 0.1)
    /// The 99th-percentile latency over the median.
    static let latencyTailRatio = 3.0

    private(set) var requests = 0.0
    private(set) var errors = 0.0
    private(set) var latency = ExpectedHistogram(upperBounds: latencyBounds)
    private(set) var prediction = ExpectedHistogram(upperBounds: predictionBounds)
    /// By feature name; a feature dropped from the settings keeps its (no longer growing) series.
    private(set) var features: [String: ExpectedHistogram] = [:]

    /// Serves `seconds` of traffic: every request is timed and scored, and observes each feature.
    /// Zero seconds adds nothing but makes the series of new features, so they show from the
    /// first scrape on.
    mutating func serve(for seconds: Double, _ settings: ServingSettings) {
        let served = seconds * settings.requestRate
        requests += served
        errors += served * settings.errorRate
        latency.record(
            served, from: LogNormalDistribution(median: settings.medianLatency.timeInterval, tailRatio: Self.latencyTailRatio))
        prediction.record(served, from: Self.predictions.shifted(bySigmas: settings.predictionShift))
        for name in settings.features {
            let feature = SimulatedFeature(name: name)
            features[name, default: ExpectedHistogram(upperBounds: feature.upperBounds)]
                .record(served, from: feature.base.shifted(bySigmas: settings.featureShift))
        }
    }
}

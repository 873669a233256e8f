/// A Prometheus histogram that grows by expected counts: recording n observations adds n times
/// each bucket's probability, so its counts are fractional, cumulative (as the exposition wants
/// them) and never decrease.
struct ExpectedHistogram: Sendable {
    /// Ascending and finite; the `+Inf` bucket is implied and holds `count`.
    let upperBounds: [Double]
    private(set) var cumulativeCounts: [Double]
    private(set) var count: Double = 0
    private(set) var sum: Double = 0

    init(upperBounds: [Double]) {
        self.upperBounds = upperBounds
        cumulativeCounts = Array(repeating: 0, count: upperBounds.count)
    }

    mutating func record(_ observations: Double, from distribution: some ContinuousDistribution) {
        for (index, bound) in upperBounds.enumerated() {
            cumulativeCounts[index] += observations * distribution.cumulativeProbability(bound)
        }
        count += observations
        sum += observations * distribution.mean
    }
}

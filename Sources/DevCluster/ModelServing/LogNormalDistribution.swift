import Foundation

/// Request latencies: positive, skewed to the right, with a long tail, as served latencies are.
struct LogNormalDistribution: ContinuousDistribution {
    var median: Double
    /// The standard deviation of the logarithm.
    var sigma: Double

    /// The 99th percentile of a standard normal distribution.
    private static let z99 = 2.326_347_874_040_840_8

    /// A spread at which the 99th percentile is `tailRatio` times the median.
    init(median: Double, tailRatio: Double) {
        self.median = median
        sigma = log(tailRatio) / Self.z99
    }

    func cumulativeProbability(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        return NormalDistribution(mean: log(median), standardDeviation: sigma).cumulativeProbability(log(x))
    }

    var mean: Double { median * exp(sigma * sigma / 2) }
}

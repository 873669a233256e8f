import Foundation

struct NormalDistribution: ContinuousDistribution {
    var mean: Double
    var standardDeviation: Double

    func cumulativeProbability(_ x: Double) -> Double {
        0.5 * erfc(-(x - mean) / (standardDeviation * 2.0.squareRoot()))
    }

    /// The same spread, its mean moved by `sigmas` standard deviations (how a drifting feature is shown).
    func shifted(bySigmas sigmas: Double) -> NormalDistribution {
        NormalDistribution(mean: mean + sigmas * standardDeviation, standardDeviation: standardDeviation)
    }
}

/// What a histogram needs of the distribution its observations follow: simulated traffic adds
/// each bucket's expected share of the observations instead of drawing random samples, so the
/// numbers it serves (and the tests that read them) are the same on every run.
protocol ContinuousDistribution: Sendable {
    /// The probability of an observation at or below `x`.
    func cumulativeProbability(_ x: Double) -> Double
    var mean: Double { get }
}

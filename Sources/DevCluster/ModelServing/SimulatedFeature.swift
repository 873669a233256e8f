import KubeCore

/// A model input feature as the simulated model servers and trainers see it: a normal
/// distribution fixed by the feature's name, so servers and training reports agree on every
/// run, with buckets every 0.6σ from −3σ to +3σ (and `+Inf`). The standard deviation is a
/// multiple of 5 and the mean a multiple of it, so every bound is an integer and reads the same
/// in the exposition and in the training report.
struct SimulatedFeature: Sendable {
    let name: String
    let base: NormalDistribution
    let upperBounds: [Double]

    init(name: String) {
        self.name = name
        let hash = FNV1a.hash64(name.utf8)
        let unit = Double(1 + hash % 20)
        // A mean of 4σ to 10σ keeps nearly all of the mass above zero, as amounts and ages are.
        let meanInSigmas = Double(4 + (hash >> 8) % 7)
        let mean = 5 * unit * meanInSigmas
        base = NormalDistribution(mean: mean, standardDeviation: 5 * unit)
        // mean + 5·unit·(−3 + 0.6·step)
        upperBounds = (0...10).map { step in mean + unit * Double(3 * step - 15) }
    }

    /// What a training run saw of `total` observations of the base distribution: the count in
    /// each bucket (not cumulative), the last one `+Inf`. Rounding the cumulative counts keeps
    /// the total exact.
    func referenceCounts(total: Int) -> [Int] {
        let cumulative = upperBounds.map { Int((Double(total) * base.cumulativeProbability($0)).rounded()) } + [total]
        return cumulative.indices.map { $0 == 0 ? cumulative[0] : cumulative[$0] - cumulative[$0 - 1] }
    }
}

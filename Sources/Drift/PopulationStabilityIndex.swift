import Foundation

/// Population Stability Index: Σ (pᵢ − qᵢ)·ln(pᵢ / qᵢ) over the buckets, with p the live and q
/// the reference proportions. 0 means the same shape; by common rule of thumb 0.1 is a moderate
/// shift and 0.25 a large one. It is the symmetric Kullback–Leibler divergence, KL(p‖q) + KL(q‖p).
public enum PopulationStabilityIndex {
    /// What an empty bucket's proportion counts as. ln(0) is undefined, and a bucket that is
    /// empty on one side only is real drift that must weigh, not vanish; 1e-4 is a common choice
    /// and bounds one bucket's term near |ln(1e-4)| ≈ 9.2.
    public static let defaultEpsilon = 1e-4

    /// PSI of two lists of proportions over the same buckets.
    ///
    /// A proportion that is exactly 0 is replaced by `epsilon`; the proportions are NOT
    /// renormalised afterwards, so they may add up to slightly more than 1. The fixtures'
    /// scipy reference applies the same rule.
    public static func score(live: [Double], reference: [Double], epsilon: Double = defaultEpsilon) -> Double {
        precondition(live.count == reference.count, "PSI needs proportions over the same buckets")
        return zip(live, reference).reduce(0) { sum, pair in
            let p = pair.0 == 0 ? epsilon : pair.0, q = pair.1 == 0 ? epsilon : pair.1
            return sum + (p - q) * log(p / q)
        }
    }
}

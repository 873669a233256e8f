/// How a live histogram is compared with its reference. The operator maps its API's method to
/// this; the scores themselves live in `PopulationStabilityIndex` and `KolmogorovSmirnov`.
public enum DriftMethod: Sendable, Hashable, CaseIterable {
    /// Population Stability Index; see `PopulationStabilityIndex`.
    case psi
    /// The Kolmogorov–Smirnov statistic D; see `KolmogorovSmirnov`.
    case kolmogorovSmirnov

    /// The score's name in messages.
    public var scoreName: String {
        switch self {
        case .psi: "PSI"
        case .kolmogorovSmirnov: "KS D"
        }
    }

    /// The score of `live` against `reference`, which must be on the same buckets (see
    /// `BucketedHistogram.aligned(live:reference:)`) and both hold observations.
    ///
    /// `epsilon` is PSI's stand-in for an empty bucket's proportion; KS D does not use it.
    public func score(
        live: BucketedHistogram, reference: BucketedHistogram,
        epsilon: Double = PopulationStabilityIndex.defaultEpsilon
    ) -> Double {
        precondition(live.upperBounds == reference.upperBounds, "score needs aligned histograms")
        precondition(live.total > 0 && reference.total > 0, "score needs observations on both sides")
        return switch self {
        case .psi:
            PopulationStabilityIndex.score(live: live.proportions, reference: reference.proportions, epsilon: epsilon)
        case .kolmogorovSmirnov:
            KolmogorovSmirnov.statistic(live: live.proportions, reference: reference.proportions)
        }
    }
}

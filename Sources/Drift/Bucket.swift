/// One bucket of a histogram: the observations above the previous bucket's bound and at most
/// `upperBound` (Prometheus' `le` is inclusive).
public struct Bucket: Sendable, Hashable {
    /// The inclusive upper bound; `.infinity` for the last bucket.
    public let upperBound: Double
    /// Observations in this bucket alone, not cumulative. Not necessarily whole: Prometheus'
    /// `increase()` extrapolates.
    public let count: Double

    public init(upperBound: Double, count: Double) {
        self.upperBound = upperBound
        self.count = count
    }
}

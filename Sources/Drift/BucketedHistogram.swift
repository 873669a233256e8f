/// A histogram as the drift scores need it: buckets sorted by upper bound, the last one `+Inf`,
/// each count the bucket's own (not cumulative) and never negative.
///
/// Prometheus returns cumulative buckets (`init(cumulative:)`); a reference is written per bucket
/// (`init(counts:)`). Both are checked the same way, so that a score is only ever computed on
/// a histogram that means something.
public struct BucketedHistogram: Sendable, Hashable {
    /// Sorted by upper bound; at least two; the last has upper bound `.infinity`.
    public let buckets: [Bucket]

    /// How far, relative to the count before it, a cumulative count may fall and still be taken
    /// as rounding: Prometheus computes each `le` series' `rate()`/`increase()` apart, so the
    /// results can dip by a few units in the last place.
    public static let defaultDecreaseTolerance = 1e-9

    /// A histogram from cumulative buckets, as `sum by (le)` of a `_bucket` series returns them,
    /// in any order.
    ///
    /// A cumulative count that falls by at most `decreaseTolerance` of the count before it is
    /// rounding: that bucket counts 0. A larger fall is an error, since the input cannot be a
    /// cumulative histogram.
    public init(
        cumulative: [(upperBound: Double, cumulativeCount: Double)],
        decreaseTolerance: Double = defaultDecreaseTolerance
    ) throws(HistogramError) {
        let sorted = try Self.validated(cumulative.map { (bound: $0.upperBound, count: $0.cumulativeCount) })
        var buckets: [Bucket] = []
        var highest = 0.0
        for (bound, cumulativeCount) in sorted {
            if cumulativeCount < highest - decreaseTolerance * highest {
                throw .decreasingCumulativeCount(upperBound: bound, previous: highest, count: cumulativeCount)
            }
            buckets.append(Bucket(upperBound: bound, count: max(0, cumulativeCount - highest)))
            highest = max(highest, cumulativeCount)
        }
        self.buckets = buckets
    }

    /// A histogram from each bucket's own count, as a reference is written, in any order.
    public init(counts: [(upperBound: Double, count: Double)]) throws(HistogramError) {
        buckets = try Self.validated(counts.map { (bound: $0.upperBound, count: $0.count) })
            .map { Bucket(upperBound: $0.bound, count: $0.count) }
    }

    /// Buckets already checked and sorted; for coarsening, which keeps those properties.
    init(checked buckets: [Bucket]) {
        self.buckets = buckets
    }

    /// Every observation: the sum of the bucket counts.
    public var total: Double { buckets.reduce(0) { $0 + $1.count } }

    /// The upper bounds, ascending, `.infinity` last.
    public var upperBounds: [Double] { buckets.map(\.upperBound) }

    /// Each bucket's share of the observations; meaningful only when `total` is above 0.
    var proportions: [Double] {
        let total = total
        return buckets.map { $0.count / total }
    }

    /// The checks both forms of input share: numbers that can be compared, sorted, unique
    /// bounds, and a `+Inf` bucket among at least two.
    private static func validated(
        _ pairs: [(bound: Double, count: Double)]
    ) throws(HistogramError) -> [(bound: Double, count: Double)] {
        for (bound, count) in pairs {
            if bound.isNaN || bound == -.infinity { throw .unusableBound(bound) }
            if !count.isFinite || count < 0 { throw .invalidCount(upperBound: bound, count: count) }
        }
        let sorted = pairs.sorted { $0.bound < $1.bound }
        for (lower, upper) in zip(sorted, sorted.dropFirst()) where lower.bound == upper.bound {
            throw .duplicateBound(lower.bound)
        }
        guard sorted.count >= 2 else { throw .tooFewBuckets(sorted.count) }
        guard sorted.last?.bound == .infinity else { throw .missingInfinityBucket }
        return sorted
    }
}

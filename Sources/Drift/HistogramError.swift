/// Why histogram input cannot be scored: malformed buckets, or live and reference buckets that
/// share too few boundaries to be compared.
///
/// These are errors rather than inconclusive verdicts because waiting will not fix them: the
/// query or the reference has to change. The description says what is wrong, in terms a user
/// who wrote the query or the reference can act on.
public enum HistogramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An `le` label or an `upperBound` that is not a number or `+Inf`.
    case invalidBound(String)
    /// A bound that is NaN or -Inf.
    case unusableBound(Double)
    /// A count that is NaN, infinite or negative.
    case invalidCount(upperBound: Double, count: Double)
    /// Two buckets with the same upper bound.
    case duplicateBound(Double)
    /// A cumulative count that falls by more than rounding can explain.
    case decreasingCumulativeCount(upperBound: Double, previous: Double, count: Double)
    /// No `+Inf` bucket, so observations above the last finite bound are missing.
    case missingInfinityBucket
    /// Fewer than two buckets, which leaves no shape to compare.
    case tooFewBuckets(Int)
    /// Live and reference share no finite bound, so coarsening leaves a single bucket.
    case boundariesDoNotMatch(live: [Double], reference: [Double])

    public var description: String {
        switch self {
        case .invalidBound(let text):
            "bucket bound \"\(text)\" is not a number or +Inf"
        case .unusableBound(let bound):
            "bucket bound \(BoundText.format(bound)) is not usable: bounds must be numbers or +Inf"
        case .invalidCount(let bound, let count):
            "bucket le=\(BoundText.format(bound)) has count \(NumberText.plain(count)): "
                + "counts must be finite and not negative"
        case .duplicateBound(let bound):
            "bucket bound \(BoundText.format(bound)) appears more than once"
        case .decreasingCumulativeCount(let bound, let previous, let count):
            "cumulative count falls from \(NumberText.plain(previous)) to \(NumberText.plain(count)) "
                + "at le=\(BoundText.format(bound)): buckets must be cumulative"
        case .missingInfinityBucket:
            "no +Inf bucket: the last bucket must have upper bound +Inf"
        case .tooFewBuckets(let count):
            "\(count) bucket\(count == 1 ? "" : "s"): at least 2 are needed, the last with upper bound +Inf"
        case .boundariesDoNotMatch(let live, let reference):
            "bucket boundaries do not match: live \(BoundText.list(live)) vs reference \(BoundText.list(reference))"
        }
    }
}

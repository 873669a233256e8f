extension BucketedHistogram {
    /// `live` and `reference` on the same buckets, so that they can be compared bucket by bucket.
    ///
    /// When the boundaries differ (a reference taken with other buckets than the live metric
    /// has), both are coarsened to the bounds they share: the finite bounds present in both, and
    /// `+Inf`. Bounds are compared exactly, after parsing, so `"0.5"` and `"5e-1"` are the same.
    /// At least one finite bound must be shared; otherwise there is a single bucket and nothing
    /// to compare, and the error names both sets of bounds.
    public static func aligned(
        live: BucketedHistogram, reference: BucketedHistogram
    ) throws(HistogramError) -> (live: BucketedHistogram, reference: BucketedHistogram) {
        let liveBounds = live.upperBounds, referenceBounds = reference.upperBounds
        if liveBounds == referenceBounds { return (live, reference) }
        let shared = liveBounds.filter(Set(referenceBounds).contains)
        guard shared.count >= 2 else {
            throw .boundariesDoNotMatch(live: liveBounds, reference: referenceBounds)
        }
        return (live.coarsened(to: shared), reference.coarsened(to: shared))
    }

    /// The histogram on `bounds`, a subset of its own that ends in `+Inf`: each bucket's count
    /// goes to the first of `bounds` at or above its own bound.
    func coarsened(to bounds: [Double]) -> BucketedHistogram {
        var counts = Array(repeating: 0.0, count: bounds.count)
        var target = 0
        for bucket in buckets {
            while bounds[target] < bucket.upperBound { target += 1 }
            counts[target] += bucket.count
        }
        return BucketedHistogram(checked: zip(bounds, counts).map { Bucket(upperBound: $0, count: $1) })
    }
}

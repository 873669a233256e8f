/// The two-sample Kolmogorov–Smirnov statistic D on bucketed data: the largest gap between the
/// live and reference cumulative proportions at any bucket boundary, from 0 (the same) to 1.
///
/// Within a bucket the observations' positions are unknown, so D is taken at the boundaries only.
/// That equals scipy's `ks_2samp` statistic when every observation sits at its bucket's upper
/// bound, which is how the fixtures compute it.
public enum KolmogorovSmirnov {
    /// D of two lists of proportions over the same buckets.
    public static func statistic(live: [Double], reference: [Double]) -> Double {
        precondition(live.count == reference.count, "KS D needs proportions over the same buckets")
        var liveCumulative = 0.0, referenceCumulative = 0.0, largest = 0.0
        for (p, q) in zip(live, reference) {
            liveCumulative += p
            referenceCumulative += q
            largest = max(largest, abs(liveCumulative - referenceCumulative))
        }
        return largest
    }
}

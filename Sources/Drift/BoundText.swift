/// Bucket bounds as Prometheus writes them in the `le` label: decimal numbers, and `+Inf` for
/// the last bucket.
public enum BoundText {
    /// The bound written in `text`, such as `"0.5"`, `"1e3"`, `"-2"` or `"+Inf"`.
    ///
    /// NaN and -Inf are refused: neither can be the top of a bucket that holds observations.
    public static func parse(_ text: String) throws(HistogramError) -> Double {
        guard let bound = Double(text) else { throw .invalidBound(text) }
        guard !bound.isNaN, bound != -.infinity else { throw .invalidBound(text) }
        return bound
    }

    /// `bound` as an `le` label would show it: `+Inf` for infinity.
    public static func format(_ bound: Double) -> String {
        bound == .infinity ? "+Inf" : NumberText.plain(bound)
    }

    /// Bounds for an error message, shortened in the middle when there are many, so that a
    /// histogram with dozens of buckets still gives a readable line.
    static func list(_ bounds: [Double], keepingAtMost limit: Int = 6) -> String {
        let texts = bounds.map(format)
        guard texts.count > limit else { return "[" + texts.joined(separator: ", ") + "]" }
        let head = texts.prefix(limit / 2), tail = texts.suffix(limit - limit / 2 - 1)
        return "[" + (head + ["…"] + tail).joined(separator: ", ") + "]"
    }
}

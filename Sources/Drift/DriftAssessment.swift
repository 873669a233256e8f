/// One drift check's outcome: the score of a live histogram against its reference, and what it
/// means against the threshold.
public struct DriftAssessment: Sendable, Hashable {
    /// The method the score was computed with.
    public let method: DriftMethod
    /// The score at or above which the verdict is `.drift`.
    public let threshold: Double
    /// The score; nil when the verdict is `.inconclusive`, so that no caller can compare a score
    /// that was not trusted.
    public let score: Double?
    /// Observations in the live histogram; 0 when there was none.
    public let sampleCount: Double
    public let verdict: DriftVerdict

    /// The fewest live observations a score is trusted on, by default: with fewer, a few
    /// observations in one bucket swing PSI and D far enough to cross any threshold.
    public static let defaultMinimumSamples = 100.0

    /// Scores `live` against `reference` with `method`.
    ///
    /// - Parameters:
    ///   - live: The live histogram; nil when the query returned no series.
    ///   - threshold: A score at or above it is drift. A NaN threshold or score is drift too, so
    ///     that nothing unusable passes.
    ///   - minimumSamples: Fewer live observations than this are inconclusive.
    ///   - epsilon: PSI's stand-in for an empty bucket's proportion.
    /// - Throws: `HistogramError.boundariesDoNotMatch` when live and reference share no finite
    ///   bound: no amount of waiting makes them comparable.
    public init(
        live: BucketedHistogram?, reference: BucketedHistogram, method: DriftMethod, threshold: Double,
        minimumSamples: Double = defaultMinimumSamples, epsilon: Double = PopulationStabilityIndex.defaultEpsilon
    ) throws(HistogramError) {
        guard reference.total > 0 else {
            self.init(
                method, threshold, sampleCount: live?.total ?? 0, inconclusive: "the reference histogram has no observations")
            return
        }
        guard let live else {
            self.init(method, threshold, sampleCount: 0, inconclusive: "no data: the query returned no histogram")
            return
        }
        let (alignedLive, alignedReference) = try BucketedHistogram.aligned(live: live, reference: reference)
        let samples = alignedLive.total
        if samples == 0 {
            self.init(method, threshold, sampleCount: 0, inconclusive: "no samples in the live histogram")
        } else if samples < minimumSamples {
            let text = NumberText.rounded(samples, distinctFrom: minimumSamples)
            self.init(
                method, threshold, sampleCount: samples,
                inconclusive: "only \(text) samples, at least \(NumberText.plain(minimumSamples)) needed")
        } else {
            let score = method.score(live: alignedLive, reference: alignedReference, epsilon: epsilon)
            let verdict: DriftVerdict = score < threshold ? .noDrift : .drift
            self.init(method, threshold, score: score, sampleCount: samples, verdict: verdict)
        }
    }

    private init(_ method: DriftMethod, _ threshold: Double, sampleCount: Double, inconclusive reason: String) {
        self.init(method, threshold, score: nil, sampleCount: sampleCount, verdict: .inconclusive(reason: reason))
    }

    private init(_ method: DriftMethod, _ threshold: Double, score: Double?, sampleCount: Double, verdict: DriftVerdict) {
        self.method = method
        self.threshold = threshold
        self.score = score
        self.sampleCount = sampleCount
        self.verdict = verdict
    }

    /// The outcome in a line for a status or an event, naming the score and the threshold, such
    /// as "PSI 0.31 ≥ threshold 0.25"; for an inconclusive check, the reason.
    public var message: String {
        switch verdict {
        case .inconclusive(let reason):
            return "\(method.scoreName) inconclusive: \(reason)"
        case .drift, .noDrift:
            let score = score ?? .nan
            let relation = verdict == .drift ? "≥" : "<"
            return "\(method.scoreName) \(NumberText.rounded(score, distinctFrom: threshold)) \(relation) threshold "
                + NumberText.plain(threshold)
        }
    }
}

import Drift
import Testing

struct BucketAlignmentTests {
    @Test func sameBoundsAreLeftAlone() throws {
        let live = try BucketedHistogram(counts: [(1, 3), (2, 4), (.infinity, 5)])
        let reference = try BucketedHistogram(counts: [(1, 30), (2, 40), (.infinity, 50)])
        let aligned = try BucketedHistogram.aligned(live: live, reference: reference)
        #expect(aligned.live == live)
        #expect(aligned.reference == reference)
    }

    /// Counts move up to the next bound both share; +Inf is always shared.
    @Test func differentBoundsAreCoarsenedToTheSharedOnes() throws {
        let live = try BucketedHistogram(counts: [(0.1, 1), (0.5, 2), (1, 4), (2.5, 8), (.infinity, 16)])
        let reference = try BucketedHistogram(counts: [(0.5, 10), (2, 20), (2.5, 40), (10, 80), (.infinity, 160)])
        let aligned = try BucketedHistogram.aligned(live: live, reference: reference)
        #expect(aligned.live.buckets == [
            Bucket(upperBound: 0.5, count: 3), Bucket(upperBound: 2.5, count: 12), Bucket(upperBound: .infinity, count: 16),
        ])
        #expect(aligned.reference.buckets == [
            Bucket(upperBound: 0.5, count: 10), Bucket(upperBound: 2.5, count: 60),
            Bucket(upperBound: .infinity, count: 240),
        ])
    }

    @Test func boundsWithNothingInCommonAreAnError() throws {
        let live = try BucketedHistogram(counts: [(0.1, 1), (0.2, 2), (.infinity, 3)])
        let reference = try BucketedHistogram(counts: [(1, 1), (2, 2), (.infinity, 3)])
        let error = HistogramError.boundariesDoNotMatch(live: [0.1, 0.2, .infinity], reference: [1, 2, .infinity])
        #expect(throws: error) { try BucketedHistogram.aligned(live: live, reference: reference) }
        #expect(throws: error) {
            try DriftAssessment(live: live, reference: reference, method: .psi, threshold: 0.25, minimumSamples: 1)
        }
        #expect(error.description == "bucket boundaries do not match: live [0.1, 0.2, +Inf] vs reference [1, 2, +Inf]")
    }

    @Test func longBoundListsAreShortenedInTheMessage() {
        let error = HistogramError.boundariesDoNotMatch(
            live: [1, 2, 3, 4, 5, 6, 7, 8, .infinity], reference: [0.5, 1.5, .infinity])
        #expect(error.description == "bucket boundaries do not match: live [1, 2, 3, …, 8, +Inf] vs reference [0.5, 1.5, +Inf]")
    }
}

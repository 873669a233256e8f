import Drift
import Testing

struct BucketedHistogramTests {
    @Test func cumulativeBucketsBecomePerBucketCountsInBoundOrder() throws {
        let histogram = try BucketedHistogram(cumulative: [(.infinity, 100), (0.5, 30), (0.1, 10), (1, 80)])
        #expect(histogram.upperBounds == [0.1, 0.5, 1, .infinity])
        #expect(histogram.buckets.map(\.count) == [10, 20, 50, 20])
        #expect(histogram.total == 100)
    }

    @Test func referenceCountsAreKeptAsTheyAreInBoundOrder() throws {
        let histogram = try BucketedHistogram(counts: [(.infinity, 5), (1, 7), (-1, 3)])
        #expect(histogram.buckets == [
            Bucket(upperBound: -1, count: 3), Bucket(upperBound: 1, count: 7), Bucket(upperBound: .infinity, count: 5),
        ])
    }

    /// rate()/increase() per `le` series can dip by rounding; that bucket counts 0, not less, and
    /// the next bucket is counted from the highest cumulative count so far.
    @Test func aRoundingDipCountsAsAnEmptyBucket() throws {
        let histogram = try BucketedHistogram(
            cumulative: [(1, 12.000000000000002), (2, 12), (5, 20.5), (.infinity, 20.5)])
        #expect(histogram.buckets.map(\.count) == [12.000000000000002, 0, 20.5 - 12.000000000000002, 0])
        #expect(histogram.buckets.allSatisfy { $0.count >= 0 })
        #expect(histogram.total == 20.5)
    }

    @Test func aRealDecreaseIsRefused() {
        let error = HistogramError.decreasingCumulativeCount(upperBound: 2, previous: 50, count: 40)
        #expect(throws: error) { try BucketedHistogram(cumulative: [(1, 50), (2, 40), (.infinity, 60)]) }
        #expect(error.description == "cumulative count falls from 50 to 40 at le=2: buckets must be cumulative")
    }

    @Test func aDecreaseJustBeyondTheToleranceIsRefused() {
        #expect(throws: HistogramError.self) {
            try BucketedHistogram(cumulative: [(1, 1000), (.infinity, 999.99)], decreaseTolerance: 1e-6)
        }
        #expect(throws: Never.self) {
            try BucketedHistogram(cumulative: [(1, 1000), (.infinity, 999.9999)], decreaseTolerance: 1e-6)
        }
    }

    @Test func notANumberIsRefused() {
        let nanCount = #expect(throws: HistogramError.self) {
            try BucketedHistogram(cumulative: [(1, .nan), (.infinity, 5)])
        }
        guard case .invalidCount(1, let count) = nanCount else {
            Issue.record("expected invalidCount, got \(String(describing: nanCount))")
            return
        }
        #expect(count.isNaN)
        #expect(throws: HistogramError.unusableBound(-.infinity)) {
            try BucketedHistogram(counts: [(-.infinity, 1), (.infinity, 5)])
        }
        #expect(throws: HistogramError.self) { try BucketedHistogram(counts: [(.nan, 1), (.infinity, 5)]) }
        #expect(throws: HistogramError.invalidCount(upperBound: .infinity, count: .infinity)) {
            try BucketedHistogram(counts: [(1, 1), (.infinity, .infinity)])
        }
    }

    @Test func negativeCountsAreRefused() {
        let error = HistogramError.invalidCount(upperBound: 0.5, count: -3)
        #expect(throws: error) { try BucketedHistogram(counts: [(0.5, -3), (.infinity, 5)]) }
        #expect(throws: error) { try BucketedHistogram(cumulative: [(0.5, -3), (.infinity, 5)]) }
        #expect(error.description == "bucket le=0.5 has count -3: counts must be finite and not negative")
    }

    @Test func duplicatedBoundsAreRefused() {
        let error = HistogramError.duplicateBound(1)
        #expect(throws: error) { try BucketedHistogram(cumulative: [(1, 5), (1, 6), (.infinity, 7)]) }
        #expect(throws: error) { try BucketedHistogram(counts: [(1, 5), (.infinity, 7), (1, 6)]) }
        #expect(error.description == "bucket bound 1 appears more than once")
    }

    @Test func aMissingInfinityBucketIsRefused() {
        #expect(throws: HistogramError.missingInfinityBucket) { try BucketedHistogram(cumulative: [(1, 5), (2, 7)]) }
        #expect(throws: HistogramError.missingInfinityBucket) { try BucketedHistogram(counts: [(1, 5), (2, 7)]) }
        #expect(HistogramError.missingInfinityBucket.description.contains("+Inf"))
    }

    @Test func fewerThanTwoBucketsAreRefused() {
        #expect(throws: HistogramError.tooFewBuckets(0)) { try BucketedHistogram(cumulative: []) }
        #expect(throws: HistogramError.tooFewBuckets(1)) { try BucketedHistogram(counts: [(.infinity, 9)]) }
        #expect(HistogramError.tooFewBuckets(1).description == "1 bucket: at least 2 are needed, the last with upper bound +Inf")
    }
}

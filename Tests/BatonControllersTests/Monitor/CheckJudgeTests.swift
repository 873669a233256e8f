import BatonAPI
import Drift
import Testing

@testable import BatonControllers

/// Verdicts from measurements: thresholds are inclusive, no value is never a pass.
struct CheckJudgeTests {
    let check = MetricCheck(name: "latency_p99", query: "q", thresholdRange: ThresholdRange(min: "0.001", max: "0.25"))

    @Test func withinBoundsPassesAndOutsideFailsNamingValueAndBound() {
        let pass = CheckJudge.judge(check, version: "1.0.0", .value(0.25))
        #expect(pass.verdict == .pass, "bounds are inclusive")
        #expect(pass.value == 0.25)
        let high = CheckJudge.judge(check, version: "1.0.0", .value(0.4))
        #expect(high.verdict == .fail)
        #expect(high.message == "latency_p99 = 0.4 for 1.0.0, above the maximum 0.25")
        let low = CheckJudge.judge(check, version: "2.0.0", .value(0.0002))
        #expect(low.verdict == .fail)
        #expect(low.message?.contains("below the minimum 0.001") == true)
        #expect(low.version == "2.0.0")
    }

    @Test func aValueJustAboveTheBoundIsShownDistinctFromIt() {
        let result = CheckJudge.judge(check, version: "1.0.0", .value(0.250001))
        #expect(result.verdict == .fail)
        #expect(result.message?.contains("0.250001") == true)
    }

    @Test func nanNoDataAndErrorsAreInconclusive() {
        #expect(CheckJudge.judge(check, version: "1.0.0", .value(.nan)).verdict == .inconclusive)
        let none = CheckJudge.judge(check, version: "1.0.0", .inconclusive("no data: the query returned no sample"))
        #expect(none.verdict == .inconclusive)
        #expect(none.value == nil)
        #expect(none.message == "latency_p99: no data: the query returned no sample")
    }

    @Test func driftVerdictsMapToFailPassAndInconclusive() throws {
        let check = DriftCheck(
            name: "amount", query: "q", threshold: "0.1",
            reference: HistogramReference(inline: InlineHistogram(buckets: [])))
        #expect(check.method == .psi, "PSI is the default")
        let reference = try BucketedHistogram(counts: [(1, 500), (2, 500), (.infinity, 0)])
        let same = try BucketedHistogram(cumulative: [(1, 500), (2, 1000), (.infinity, 1000)])
        let moved = try BucketedHistogram(cumulative: [(1, 100), (2, 1000), (.infinity, 1000)])
        let tiny = try BucketedHistogram(cumulative: [(1, 5), (2, 10), (.infinity, 10)])
        #expect(CheckJudge.judge(check, version: "1", .histogram(live: same, reference: reference)).verdict == .pass)
        let drifted = CheckJudge.judge(check, version: "1", .histogram(live: moved, reference: reference))
        #expect(drifted.verdict == .fail)
        #expect(drifted.message?.hasPrefix("amount drifted for 1: PSI") == true)
        #expect((drifted.value ?? 0) >= 0.1)
        let few = CheckJudge.judge(check, version: "1", .histogram(live: tiny, reference: reference))
        #expect(few.verdict == .inconclusive)
        #expect(few.value == nil)
        #expect(CheckJudge.judge(check, version: "1", .histogram(live: nil, reference: reference)).verdict == .inconclusive)
    }
}

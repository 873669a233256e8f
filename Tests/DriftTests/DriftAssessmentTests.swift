import Foundation
import Testing

@testable import Drift

struct DriftAssessmentTests {
    let reference = try! BucketedHistogram(counts: [(1, 250), (2, 500), (5, 200), (.infinity, 50)])

    /// The reference's shape at `total` observations (whole numbers here).
    func likeReference(total: Double) throws -> BucketedHistogram {
        try BucketedHistogram(counts: reference.buckets.map { ($0.upperBound, $0.count * total / 1000) })
    }

    /// Everything in the last bucket: far from the reference by either method.
    func farFromReference(total: Double) throws -> BucketedHistogram {
        try BucketedHistogram(counts: [(1, 0), (2, 0), (5, 0), (.infinity, total)])
    }

    /// Inconclusive for `reason`, with no score a caller could compare.
    func expectInconclusive(
        _ assessment: DriftAssessment, _ reason: String, samples: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(assessment.verdict == .inconclusive(reason: reason), sourceLocation: sourceLocation)
        #expect(assessment.score == nil, sourceLocation: sourceLocation)
        #expect(assessment.sampleCount == samples, sourceLocation: sourceLocation)
    }

    @Test(arguments: DriftMethod.allCases)
    func noDataIsInconclusive(_ method: DriftMethod) throws {
        let assessment = try DriftAssessment(live: nil, reference: reference, method: method, threshold: 0.1)
        expectInconclusive(assessment, "no data: the query returned no histogram", samples: 0)
    }

    @Test(arguments: DriftMethod.allCases)
    func anEmptyLiveHistogramIsInconclusive(_ method: DriftMethod) throws {
        let empty = try BucketedHistogram(cumulative: [(1, 0), (2, 0), (5, 0), (.infinity, 0)])
        let assessment = try DriftAssessment(live: empty, reference: reference, method: method, threshold: 0.1)
        expectInconclusive(assessment, "no samples in the live histogram", samples: 0)
    }

    /// Too few samples are inconclusive whether the score would have said drift or no drift.
    @Test(arguments: DriftMethod.allCases)
    func tooFewSamplesAreInconclusiveNeverAPassOrDrift(_ method: DriftMethod) throws {
        for live in [try farFromReference(total: 12), try likeReference(total: 12)] {
            let assessment = try DriftAssessment(live: live, reference: reference, method: method, threshold: 0.1)
            expectInconclusive(assessment, "only 12 samples, at least 100 needed", samples: 12)
        }
        let justEnough = try DriftAssessment(
            live: farFromReference(total: 100), reference: reference, method: method, threshold: 0.1)
        #expect(justEnough.verdict == .drift)
    }

    @Test func theMinimumIsAParameter() throws {
        let live = try likeReference(total: 400)
        let strict = try DriftAssessment(
            live: live, reference: reference, method: .psi, threshold: 0.1, minimumSamples: 1000)
        #expect(strict.verdict == .inconclusive(reason: "only 400 samples, at least 1000 needed"))
        let lenient = try DriftAssessment(live: live, reference: reference, method: .psi, threshold: 0.1)
        #expect(lenient.verdict == .noDrift)
    }

    /// A fractional count just below the minimum must not read as the minimum.
    @Test func aFractionalSampleCountJustBelowTheMinimumReadsBelowIt() throws {
        let live = try BucketedHistogram(counts: [(1, 50), (.infinity, 49.9999)])
        let reference = try BucketedHistogram(counts: [(1, 5), (.infinity, 5)])
        let assessment = try DriftAssessment(live: live, reference: reference, method: .psi, threshold: 0.1)
        #expect(assessment.verdict == .inconclusive(reason: "only 99.9999 samples, at least 100 needed"))
    }

    @Test(arguments: DriftMethod.allCases)
    func anEmptyReferenceIsInconclusive(_ method: DriftMethod) throws {
        let zeros = try BucketedHistogram(counts: [(1, 0), (2, 0), (5, 0), (.infinity, 0)])
        let assessment = try DriftAssessment(
            live: likeReference(total: 1000), reference: zeros, method: method, threshold: 0.1)
        expectInconclusive(assessment, "the reference histogram has no observations", samples: 1000)
    }

    /// "At or above the threshold is drift": the score itself as threshold is drift, the next
    /// larger number is not.
    @Test(arguments: DriftMethod.allCases)
    func aScoreExactlyAtTheThresholdIsDrift(_ method: DriftMethod) throws {
        let live = try BucketedHistogram(counts: [(1, 300), (2, 450), (5, 200), (.infinity, 50)])
        let score = method.score(live: live, reference: reference)
        #expect(score > 0)
        let atThreshold = try DriftAssessment(live: live, reference: reference, method: method, threshold: score)
        #expect(atThreshold.verdict == .drift)
        #expect(atThreshold.score == score)
        let belowThreshold = try DriftAssessment(
            live: live, reference: reference, method: method, threshold: score.nextUp)
        #expect(belowThreshold.verdict == .noDrift)
    }

    @Test(arguments: DriftMethod.allCases)
    func theSameShapeIsNoDriftAndAFarOneIsDrift(_ method: DriftMethod) throws {
        let same = try DriftAssessment(
            live: likeReference(total: 5000), reference: reference, method: method, threshold: 0.1)
        #expect(same.verdict == .noDrift)
        #expect(same.score == 0)
        let far = try DriftAssessment(
            live: farFromReference(total: 5000), reference: reference, method: method, threshold: 0.1)
        #expect(far.verdict == .drift)
    }

    @Test func aThresholdThatIsNotANumberNeverPasses() throws {
        let assessment = try DriftAssessment(
            live: likeReference(total: 1000), reference: reference, method: .psi, threshold: .nan)
        #expect(assessment.verdict == .drift)
    }

    /// Empty buckets count as epsilon, with no renormalisation: live [0, 1] against reference
    /// [½, ½] is (ε − ½)·ln(2ε) + (1 − ½)·ln(2).
    @Test func emptyBucketsCountAsEpsilonWithoutRenormalising() throws {
        let live = try BucketedHistogram(counts: [(1, 0), (.infinity, 200)])
        let reference = try BucketedHistogram(counts: [(1, 100), (.infinity, 100)])
        for epsilon in [1e-4, 1e-3] {
            let expected = (epsilon - 0.5) * log(2 * epsilon) + 0.5 * log(2.0)
            let score = DriftMethod.psi.score(live: live, reference: reference, epsilon: epsilon)
            #expect(abs(score - expected) < 1e-12, "epsilon \(epsilon)")
        }
        let assessment = try DriftAssessment(live: live, reference: reference, method: .psi, threshold: 1)
        #expect(assessment.score == DriftMethod.psi.score(live: live, reference: reference, epsilon: 1e-4))
    }

    @Test func messagesNameTheScoreAndTheThreshold() throws {
        let live = try BucketedHistogram(counts: [(1, 300), (2, 450), (5, 200), (.infinity, 50)])
        let score = DriftMethod.psi.score(live: live, reference: reference)
        let rounded = String(format: "%.3g", score)
        let drift = try DriftAssessment(live: live, reference: reference, method: .psi, threshold: 0.001)
        #expect(drift.message == "PSI \(rounded) ≥ threshold 0.001")
        let noDrift = try DriftAssessment(
            live: live, reference: reference, method: .kolmogorovSmirnov, threshold: 0.25)
        #expect(noDrift.message == "KS D 0.05 < threshold 0.25")
        let inconclusive = try DriftAssessment(live: nil, reference: reference, method: .psi, threshold: 0.25)
        #expect(inconclusive.message == "PSI inconclusive: no data: the query returned no histogram")
    }

    /// Rounded to three digits a score just below the threshold would read as the threshold.
    @Test func aScoreJustBelowTheThresholdDoesNotReadAsTheThreshold() {
        #expect(NumberText.rounded(0.24996, distinctFrom: 0.25) == "0.24996")
        #expect(NumberText.rounded(0.31234, distinctFrom: 0.25) == "0.312")
        #expect(NumberText.rounded(12345, distinctFrom: 100) == "12345")
        #expect(NumberText.rounded(0.25, distinctFrom: 0.25) == "0.25")
    }
}

import Drift
import Testing

/// PSI and KS D against scipy's values for the same histograms (see `Fixtures/make-drift-fixtures.py`).
struct DriftFixtureTests {
    @Test(arguments: try DriftFixture.all())
    func psiMatchesScipy(_ fixture: DriftFixture) throws {
        let assessment = try DriftAssessment(
            live: fixture.liveHistogram(), reference: fixture.referenceHistogram(), method: .psi, threshold: 0.25)
        let score = try #require(assessment.score)
        #expect(isClose(score, fixture.psi), "PSI \(score), scipy \(fixture.psi)")
    }

    @Test(arguments: try DriftFixture.all())
    func kolmogorovSmirnovMatchesScipy(_ fixture: DriftFixture) throws {
        let assessment = try DriftAssessment(
            live: fixture.liveHistogram(), reference: fixture.referenceHistogram(), method: .kolmogorovSmirnov,
            threshold: 0.1)
        let score = try #require(assessment.score)
        #expect(isClose(score, fixture.ks), "KS D \(score), scipy \(fixture.ks)")
    }

    /// The cases cover what the brief asks of them, so that a trimmed fixture file cannot pass unnoticed.
    @Test func casesIncludeCoarsenedAndEmptyBuckets() throws {
        let fixtures = try DriftFixture.all()
        #expect(fixtures.contains { $0.live.le != $0.reference.upperBounds })
        #expect(fixtures.contains { $0.reference.counts.contains(0) })
        #expect(fixtures.contains { zip($0.live.cumulative, $0.live.cumulative.dropFirst()).contains { $0 == $1 } })
        #expect(fixtures.contains { $0.psi == 0 && $0.ks == 0 })
        #expect(fixtures.contains { $0.psi > 1 })
    }

    private func isClose(_ value: Double, _ expected: Double) -> Bool {
        abs(value - expected) <= 1e-9 * max(abs(expected), 1e-3)
    }
}

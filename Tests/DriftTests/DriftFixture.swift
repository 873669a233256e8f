import Drift
import Foundation

/// A case of `Fixtures/drift-fixtures.json`: histograms as the operator gets them (live as
/// cumulative counts by `le` text, reference as per-bucket counts) and scipy's scores for them.
/// `Fixtures/make-drift-fixtures.py` writes the file.
struct DriftFixture: Decodable, Sendable, CustomStringConvertible {
    struct Live: Decodable, Sendable {
        let le: [String]
        let cumulative: [Double]
    }

    struct Reference: Decodable, Sendable {
        let upperBounds: [String]
        let counts: [Double]
    }

    let name: String
    let live: Live
    let reference: Reference
    let psi: Double
    let ks: Double

    var description: String { name }

    func liveHistogram() throws -> BucketedHistogram {
        try BucketedHistogram(
            cumulative: zip(live.le, live.cumulative).map { (try BoundText.parse($0), $1) })
    }

    func referenceHistogram() throws -> BucketedHistogram {
        try BucketedHistogram(counts: zip(reference.upperBounds, reference.counts).map { (try BoundText.parse($0), $1) })
    }

    private struct File: Decodable {
        let epsilon: Double
        let cases: [DriftFixture]
    }

    /// Every case, after checking that the script used the module's default epsilon.
    static func all() throws -> [DriftFixture] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/drift-fixtures.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        guard file.epsilon == PopulationStabilityIndex.defaultEpsilon, file.cases.count >= 6 else {
            throw FixtureError.unexpected(epsilon: file.epsilon, cases: file.cases.count)
        }
        return file.cases
    }

    enum FixtureError: Error {
        case unexpected(epsilon: Double, cases: Int)
    }
}

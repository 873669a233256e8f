import BatonAPI
import Drift
import KubeCore

/// What a training run reports through its `trainer` container's termination message
/// (`/dev/termination-log`): `{"metrics": {"accuracy": 0.94}, "artifact": {"uri": "s3://…",
/// "digest": "sha256:…"}}`. Both members may be left out: no metrics, and the artifact at
/// `BATON_OUTPUT_URI`. Other members are ignored, so trainers can say more.
struct TrainingReport: Sendable, Hashable {
    var metrics: [String: Double]
    var artifact: ModelArtifact?
    /// Feature histograms (`{"histograms": {"amount": {"buckets": [{"upperBound": "10",
    /// "count": 52}, …]}}}`): the reference of drift checks that take it `fromTraining`.
    var histograms: [String: InlineHistogram] = [:]

    /// What a trainer must write, for messages that tell it.
    static let expectedShape =
        #"{"metrics": {"accuracy": 0.94}, "artifact": {"uri": "s3://bucket/path", "digest": "sha256:..."}}"#

    /// Why a termination message is not a report, in words that can follow "the termination
    /// message …".
    struct Problem: Error, Sendable, Hashable {
        var description: String
    }

    static func parse(_ message: String) -> Result<TrainingReport, Problem> {
        let text = message.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(Problem(description: "is empty")) }
        let document: JSONValue
        do {
            document = try JSONParser().parse(Array(text.utf8))
        } catch {
            return .failure(Problem(description: "is not JSON (\(error))"))
        }
        guard document.objectValue != nil else {
            return .failure(Problem(description: "is a JSON \(document.typeName), not an object"))
        }
        return parseMetrics(document["metrics"]).flatMap { metrics in
            parseArtifact(document["artifact"]).flatMap { artifact in
                parseHistograms(document["histograms"]).map {
                    TrainingReport(metrics: metrics, artifact: artifact, histograms: $0)
                }
            }
        }
    }

    private static func parseMetrics(_ value: JSONValue?) -> Result<[String: Double], Problem> {
        guard let value, !value.isNull else { return .success([:]) }
        guard let members = value.objectValue else {
            return .failure(Problem(description: "has metrics as \(value.typeNameWithArticle), not an object of numbers"))
        }
        var metrics: [String: Double] = [:]
        for (name, metric) in members {
            guard let number = metric.doubleValue else {
                return .failure(Problem(description: "has metrics.\(name) as \(metric.typeNameWithArticle), not a number"))
            }
            metrics[name] = number
        }
        return .success(metrics)
    }

    /// At most `maxHistograms`, each in the shape of a Monitor's inline reference; a
    /// termination message is at most 4096 bytes, so this is a bound on hostile input only.
    private static func parseHistograms(_ value: JSONValue?) -> Result<[String: InlineHistogram], Problem> {
        guard let value, !value.isNull else { return .success([:]) }
        guard let members = value.objectValue else {
            return .failure(Problem(description: "has histograms as \(value.typeNameWithArticle), not an object of histograms"))
        }
        guard members.count <= maxHistograms else {
            return .failure(Problem(description: "has \(members.count) histograms; at most \(maxHistograms) are kept"))
        }
        var histograms: [String: InlineHistogram] = [:]
        for (name, histogram) in members {
            guard let decoded = try? histogram.decode(InlineHistogram.self), decoded.buckets.count >= 2,
                decoded.buckets.allSatisfy({ $0.count >= 0 && (try? Drift.BoundText.parse($0.upperBound)) != nil })
            else {
                return .failure(Problem(
                    description: "has histograms.\(name) not in the shape {\"buckets\": [{\"upperBound\": \"0.5\", \"count\": 10}, ...]}"))
            }
            histograms[name] = decoded
        }
        return .success(histograms)
    }

    static let maxHistograms = 20

    private static func parseArtifact(_ value: JSONValue?) -> Result<ModelArtifact?, Problem> {
        guard let value, !value.isNull else { return .success(nil) }
        guard value.objectValue != nil else {
            return .failure(Problem(description: "has artifact as \(value.typeNameWithArticle), not an object with a uri"))
        }
        guard let uri = value["uri"]?.stringValue, !uri.isEmpty else {
            return .failure(Problem(description: "has an artifact without a uri string"))
        }
        guard let digestValue = value["digest"], !digestValue.isNull else { return .success(ModelArtifact(uri: uri)) }
        guard let digest = digestValue.stringValue, isDigest(digest) else {
            return .failure(
                Problem(description: "has artifact.digest \(digestValue.shortJSON), not a digest such as sha256:<hex>"))
        }
        return .success(ModelArtifact(uri: uri, digest: digest))
    }

    /// `^[a-z0-9]+([+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$`, the status schema's digest pattern:
    /// a digest outside it would make the API server refuse the whole status.
    static func isDigest(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let algorithm = text[..<colon]
        let encoded = text[text.index(after: colon)...]
        let isLowerAlphanumeric = { (c: Character) in c.isASCII && (c.isNumber || (c.isLetter && c.isLowercase)) }
        let components = algorithm.split(omittingEmptySubsequences: false) { "+._-".contains($0) }
        return components.allSatisfy { !$0.isEmpty && $0.allSatisfy(isLowerAlphanumeric) }
            && !encoded.isEmpty
            && encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "=_-".contains($0)) }
    }
}

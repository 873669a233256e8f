import DevCluster
import Foundation
import KubeClient
import KubeCore
import Logging
import Testing
import TestSupport

/// The simulated model servers in serving pods, over real loopback HTTP: the targets Prometheus
/// discovers, the metrics pages it scrapes, and how the `dev.baton.dev/` annotations shape them.
@Suite struct ModelServingTests {
    static let latencyBounds = ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"]
    static let predictionBounds = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "+Inf"]

    private func page(_ fixture: DevClusterFixture, _ pod: JSONValue) async throws -> ExpositionPage {
        let base = try #require(fixture.cluster.modelMetricsURL)
        let reply = try await HTTPExchange.send("\(base)/pods/default/\(pod.name)/metrics")
        try #require(reply.status == 200, "\(reply.status): \(reply.body)")
        #expect(reply.contentType?.hasPrefix("text/plain; version=0.0.4") == true)
        return try ExpositionPage(reply.body)
    }

    /// The Running pod of a new serving Deployment `fraud-v1` with `annotations`.
    private func servingPod(_ fixture: DevClusterFixture, annotations: [String: String]) async throws -> JSONValue {
        _ = try await fixture.createServing(
            servingDeployment("fraud-v1", model: "fraud", version: "1.0.0", annotations: annotations))
        return try #require(try await fixture.runningServingPod(model: "fraud"))
    }

    /// Two scrapes of the pod, `apart` apart.
    private func scrapes(_ fixture: DevClusterFixture, _ pod: JSONValue, apart: Duration) async throws -> (ExpositionPage, ExpositionPage) {
        let first = try await page(fixture, pod)
        try await Task.sleep(for: apart)
        return (first, try await page(fixture, pod))
    }

    private func targets(_ fixture: DevClusterFixture) async throws -> [JSONValue] {
        let reply = try await HTTPExchange.send(try #require(fixture.cluster.modelMetricsDiscoveryURL))
        #expect(reply.status == 200 && reply.contentType == "application/json")
        return try #require(try JSONParser().parse(Array(reply.body.utf8)).arrayValue)
    }

    private func target(of pod: JSONValue, in targets: [JSONValue]) -> JSONValue? {
        targets.first { $0[path: ["labels", "pod"]]?.stringValue == pod.name }
    }

    /// What was added between two scrapes of a histogram series: (`le`, cumulative increase).
    private func addedBuckets(_ family: String, _ labels: [String: String] = [:], from before: ExpositionPage, to after: ExpositionPage) -> [(le: String, count: Double)] {
        zip(before.buckets(family, labels), after.buckets(family, labels)).map { ($1.le, $1.count - $0.count) }
    }

    private func increase(_ name: String, from before: ExpositionPage, to after: ExpositionPage) -> Double {
        (after.value(name) ?? .nan) - (before.value(name) ?? .nan)
    }

    @Test func aServingPodIsADiscoveredTargetUntilItGoes() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            _ = try await fixture.deployments.create(webDeployment("web"))
            let pod = try await servingPod(fixture, annotations: [:])
            let address = try #require(fixture.cluster.modelMetricsURL?.dropFirst("http://".count))
            let discovered = try await targets(fixture)
            let entry = try #require(target(of: pod, in: discovered))
            #expect(entry["targets"] == [.string(String(address))])
            #expect(entry["labels"] == [
                "__metrics_path__": .string("/pods/default/\(pod.name)/metrics"), "namespace": "default",
                "pod": .string(pod.name), "model": "fraud", "version": "1.0.0",
            ])
            #expect(discovered.count == 1, "a pod without the model labels is no model server")

            _ = try await fixture.deployments.delete("fraud-v1")
            #expect(await eventually { (try? await targets(fixture))?.isEmpty == true })
            let gone = try await HTTPExchange.send("\(fixture.cluster.modelMetricsURL!)/pods/default/\(pod.name)/metrics")
            #expect(gone.status == 404)
        }
    }

    /// As on a cluster, requests reach a pod only through a Service that selects it.
    @Test func aPodNoServiceSelectsServesNoRequests() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            _ = try await fixture.deployments.create(
                servingDeployment("fraud-v1", model: "fraud", version: "1.0.0", annotations: ["dev.baton.dev/request-rate": "200"]))
            let pod = try #require(try await fixture.runningServingPod(model: "fraud"))
            let (first, second) = try await scrapes(fixture, pod, apart: .milliseconds(300))
            #expect(first.value("baton_model_requests_total") == 0)
            #expect(second.value("baton_model_requests_total") == 0)
            _ = try await fixture.resource("", "v1", "services").create([
                "apiVersion": "v1", "kind": "Service", "metadata": ["name": "fraud"],
                "spec": ["selector": ["baton.dev/version": "1.0.0"], "ports": [["port": 8080]]],
            ])
            let (_, third) = try await scrapes(fixture, pod, apart: .milliseconds(300))
            #expect(try #require(third.value("baton_model_requests_total")) > 0)
        }
    }

    @Test func aServingPodsPageHasTheModelServerMetricsAndItsCountersGrow() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let pod = try await servingPod(fixture, annotations: ["dev.baton.dev/request-rate": "200"])
            let (first, second) = try await scrapes(fixture, pod, apart: .milliseconds(300))

            #expect(second.types == [
                "baton_model_requests_total": "counter", "baton_model_request_errors_total": "counter",
                "baton_model_request_duration_seconds": "histogram", "baton_model_prediction": "histogram",
                "baton_model_feature_value": "histogram",
            ])
            let requests = try #require(second.value("baton_model_requests_total"))
            #expect(requests > (first.value("baton_model_requests_total") ?? .infinity))
            #expect(try #require(second.value("baton_model_request_errors_total")) >= first.value("baton_model_request_errors_total") ?? .infinity)
            #expect(second.buckets("baton_model_request_duration_seconds").map(\.le) == Self.latencyBounds)
            #expect(second.value("baton_model_request_duration_seconds_count") == requests)
            #expect(second.buckets("baton_model_prediction").map(\.le) == Self.predictionBounds)
            for feature in ["amount", "age"] {
                let buckets = second.buckets("baton_model_feature_value", ["feature": feature])
                #expect(buckets.count == 12 && buckets.last?.le == "+Inf", "\(feature): \(buckets)")
                #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0.count <= $1.count }, "cumulative")
                #expect(buckets.last?.count == requests, "each request observes each feature once")
            }
        }
    }

    @Test func anErrorRateSetOnTheDeploymentShowsInTheRequestsServedAfterTheChange() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let pod = try await servingPod(fixture, annotations: ["dev.baton.dev/request-rate": "1000"])
            let (_, before) = try await scrapes(fixture, pod, apart: .milliseconds(200))
            _ = try await fixture.deployments.patch(
                "fraud-v1", type: .merge, body: object(#"{"metadata":{"annotations":{"dev.baton.dev/error-rate":"0.5"}}}"#))
            try await Task.sleep(for: .milliseconds(200))
            let after = try await page(fixture, pod)

            let requests = increase("baton_model_requests_total", from: before, to: after)
            let errors = increase("baton_model_request_errors_total", from: before, to: after)
            #expect(requests > 50)
            #expect(abs(errors / requests - 0.5) < 0.01, "\(errors) errors of \(requests) requests")
            let earlier = try #require(before.value("baton_model_request_errors_total")) / before.value("baton_model_requests_total")!
            #expect(abs(earlier - 0.002) < 0.0005, "the default error rate before the change")
        }
    }

    @Test func aFeatureShiftOnTheDeploymentsOwnerMovesTheFeatureDistribution() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            var owner = configMap("fraud")
            owner[path: ["metadata", "annotations"]] = ["dev.baton.dev/feature-shift": "2", "dev.baton.dev/request-rate": "1000"]
            let model = try await fixture.configMaps.create(owner)
            var drifting = servingDeployment("fraud-v2", model: "fraud", version: "2.0.0")
            drifting[path: ["metadata", "ownerReferences"]] = [[
                "apiVersion": "v1", "kind": "ConfigMap", "name": "fraud", "uid": model[path: ["metadata", "uid"]] ?? "", "controller": true,
            ]]
            _ = try await fixture.createServing(drifting)
            _ = try await fixture.createServing(
                servingDeployment("steady-v1", model: "steady", version: "1.0.0", annotations: ["dev.baton.dev/request-rate": "1000"]))

            /// The share of the feature's observations since the first scrape at or below its
            /// base mean (the middle of its 11 bounds), and their mean in base standard deviations.
            func observed(_ model: String) async throws -> (belowMean: Double, meanInSigmas: Double) {
                let pod = try #require(try await fixture.runningServingPod(model: model))
                let (first, second) = try await scrapes(fixture, pod, apart: .milliseconds(200))
                let added = addedBuckets("baton_model_feature_value", ["feature": "amount"], from: first, to: second)
                let bounds = added.dropLast().compactMap { Double($0.le) }
                let sigma = (bounds[1] - bounds[0]) / 0.6
                let count = try #require(added.last?.count)
                let sum = try #require(second.value("baton_model_feature_value_sum", ["feature": "amount"]))
                    - first.value("baton_model_feature_value_sum", ["feature": "amount"])!
                return (added[5].count / count, (sum / count - bounds[5]) / sigma)
            }
            let steady = try await observed("steady")
            #expect(abs(steady.belowMean - 0.5) < 0.001 && abs(steady.meanInSigmas) < 0.001, "\(steady)")
            let shifted = try await observed("fraud")
            // Φ(−2): all but 2.3 % of the mass has moved above the trained mean.
            #expect(abs(shifted.belowMean - 0.0228) < 0.001 && abs(shifted.meanInSigmas - 2) < 0.001, "\(shifted)")
        }
    }

    /// A prediction shift moves the scores' distribution: 2σ up puts most of them above the
    /// unshifted median (0.3, mean of the simulated scores).
    @Test func aPredictionShiftMovesThePredictedScores() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let pod = try await servingPod(fixture, annotations: [
                "dev.baton.dev/prediction-shift": "2", "dev.baton.dev/request-rate": "1000",
            ])
            let (first, second) = try await scrapes(fixture, pod, apart: .milliseconds(200))
            let added = addedBuckets("baton_model_prediction", from: first, to: second)
            let total = try #require(added.last?.count)
            let atOrBelowMean = try #require(added.first { $0.le == "0.3" }?.count)
            #expect(total > 0)
            #expect(atOrBelowMean / total < 0.05, "2σ up: under 5% at or below the old mean, not 50%: \(added)")
        }
    }

    @Test func badAnnotationsLeaveTheDefaultsAndAreLoggedOnce() async throws {
        let record = RecordingLogHandler.Record()
        let logger = Logger(label: "dev", factory: { _ in RecordingLogHandler(record: record) })
        try await withDevCluster(.init(simulation: true, logger: logger)) { fixture in
            let pod = try await servingPod(fixture, annotations: [
                "dev.baton.dev/request-rate": "fast", "dev.baton.dev/error-rate": "1.5", "dev.baton.dev/latency": "soon",
                "dev.baton.dev/features": " , ", "dev.baton.dev/feature-shift": "far", "dev.baton.dev/prediction-shift": "up",
            ])
            _ = try await page(fixture, pod)
            let started = ContinuousClock.now
            let (first, last) = try await scrapes(fixture, pod, apart: .milliseconds(400))
            let elapsed = ContinuousClock.now - started

            let requests = increase("baton_model_requests_total", from: first, to: last)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            #expect((3...7).contains(requests / seconds), "about 5 requests per second: \(requests) in \(seconds) s")
            #expect(abs(increase("baton_model_request_errors_total", from: first, to: last) / requests - 0.002) < 1e-9)
            let latency = addedBuckets("baton_model_request_duration_seconds", from: first, to: last)
            #expect(latency[2].count / requests < 0.5 && latency[3].count / requests > 0.5, "a median of 40 ms: \(latency)")
            #expect(Set(last.samples.compactMap { $0.labels["feature"] }) == ["amount", "age"])
            let amount = addedBuckets("baton_model_feature_value", ["feature": "amount"], from: first, to: last)
            #expect(abs(amount[5].count / requests - 0.5) < 0.001, "no shift")

            let warnings = record.messages
            for key in ["request-rate", "error-rate", "latency", "features", "feature-shift", "prediction-shift"] {
                #expect(warnings.filter { $0.contains("dev.baton.dev/\(key)=") }.count == 1, "\(key): \(warnings)")
            }
        }
    }

    @Test func theTrainingReportHasTheServedFeatureHistogramsAndFitsATerminationMessage() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            func train(_ name: String, annotations: JSONValue = [:]) async throws -> (text: String, report: JSONValue) {
                _ = try await jobs.create([
                    "apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": .string(name), "annotations": annotations],
                    "spec": ["template": ["metadata": ["annotations": ["dev.baton.dev/duration": "50ms"]], "spec": [
                        "restartPolicy": "Never",
                        "containers": [["name": "trainer", "image": "python:3.12", "env": [["name": "BATON_OUTPUT_URI", "value": "s3://models/m/1"]]]],
                    ]]],
                ])
                var message: String?
                _ = await eventually {
                    message = try? await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "job-name=\(name)")).items.first?[
                        path: ["status", "containerStatuses"]]?[0]?[path: ["state", "terminated", "message"]]?.stringValue
                    return message != nil
                }
                let text = try #require(message)
                return (text, try JSONParser().parse(Array(text.utf8)))
            }

            let (text, report) = try await train("train")
            #expect(text.utf8.count <= 4096)
            let pod = try await servingPod(fixture, annotations: ["dev.baton.dev/request-rate": "1000"])
            let (first, second) = try await scrapes(fixture, pod, apart: .milliseconds(200))
            for feature in ["amount", "age"] {
                let trained = try #require(report[path: ["histograms", feature, "buckets"]]?.arrayValue)
                let counts = trained.compactMap { $0["count"]?.intValue }
                #expect(counts.reduce(0, +) == 10_000)
                let served = addedBuckets("baton_model_feature_value", ["feature": feature], from: first, to: second)
                #expect(trained.map { $0["upperBound"]?.stringValue ?? "" } == served.map(\.le))
                // Served buckets are cumulative; the report's are not.
                let servedShares = zip(served, [0] + served.dropLast().map(\.count)).map { ($0.count - $1) / served.last!.count }
                for (trainedCount, servedShare) in zip(counts, servedShares) {
                    #expect(abs(Double(trainedCount) / 10_000 - servedShare) < 0.001, "\(feature): \(counts) vs \(servedShares)")
                }
            }

            let many = (1...40).map { "feature\($0)" }.joined(separator: ",")
            let (longText, longReport) = try await train("wide", annotations: ["dev.baton.dev/features": .string(many)])
            let histograms = try #require(longReport["histograms"]?.objectValue)
            #expect(longText.utf8.count <= 4096)
            #expect(histograms.keys.first == "feature1" && histograms.count < 40, "features left out from the end: \(histograms.keys)")
        }
    }
}

import DevCluster
import Foundation
import KubeClient
import KubeCore
import Testing
import TestSupport

/// Simulated traffic behind the Gateway API's HTTPRoutes (the real CRD, from the shared corpus):
/// a route's weights and mirrors decide what each version's pods serve, as behind a Gateway.
@Suite struct HTTPRouteTrafficTests {
    static let crd = "crds/gateway-api/gateway.networking.k8s.io_httproutes.yaml"

    /// Two versions of `fraud` at 100 requests per second per pod, each with its own Service
    /// (`fraud-1-0-0`, `fraud-2-0-0`); the candidate with `candidateReplicas` pods.
    private func twoVersions(_ fixture: DevClusterFixture, candidateReplicas: Int = 1) async throws -> (stable: [JSONValue], candidate: [JSONValue]) {
        try await fixture.installCorpusCRDs(Self.crd)
        let rate = ["dev.baton.dev/request-rate": "100"]
        var candidate = servingDeployment("fraud-v2", model: "fraud", version: "2.0.0", annotations: rate)
        candidate[path: ["spec", "replicas"]] = .integer(Int64(candidateReplicas))
        for (deployment, version) in [(servingDeployment("fraud-v1", model: "fraud", version: "1.0.0", annotations: rate), "1.0.0"), (candidate, "2.0.0")] {
            _ = try await fixture.deployments.create(deployment)
            let name = "fraud-" + version.replacingOccurrences(of: ".", with: "-")
            _ = try await fixture.resource("", "v1", "services").create(versionService(name, model: "fraud", version: version))
        }
        let stable = try await fixture.runningServingPods(model: "fraud", version: "1.0.0")
        let candidates = try await fixture.runningServingPods(model: "fraud", version: "2.0.0", count: candidateReplicas)
        try #require(stable.count == 1 && candidates.count == candidateReplicas)
        return (stable, candidates)
    }

    /// The pod's request counter, and about when the server read it: halfway through the scrape.
    private func requests(_ fixture: DevClusterFixture, _ pod: JSONValue) async throws -> (count: Double, at: ContinuousClock.Instant) {
        let base = try #require(fixture.cluster.modelMetricsURL)
        let sent = ContinuousClock.now
        let reply = try await HTTPExchange.send("\(base)/pods/default/\(pod.name)/metrics")
        let at = sent + (ContinuousClock.now - sent) / 2
        try #require(reply.status == 200, "\(reply.status): \(reply.body)")
        return (try #require(try ExpositionPage(reply.body).value("baton_model_requests_total")), at)
    }

    /// The requests per second each pod served over a second and a half (each from its own first
    /// to its second scrape).
    private func rates(_ fixture: DevClusterFixture, _ pods: [JSONValue]) async throws -> [Double] {
        var first: [(count: Double, at: ContinuousClock.Instant)] = []
        for pod in pods { first.append(try await requests(fixture, pod)) }
        try await Task.sleep(for: .milliseconds(1500))
        var rates: [Double] = []
        for (pod, before) in zip(pods, first) {
            let after = try await requests(fixture, pod)
            rates.append((after.count - before.count) / (after.at - before.at).timeInterval)
        }
        return rates
    }

    @Test func aCanaryAtWeight20ServesAFifthOfTheRequestsOfBothVersionsPods() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let (stable, candidate) = try await twoVersions(fixture)
            _ = try await fixture.httpRoutes.create(
                httpRoute("fraud", backends: [("fraud-1-0-0", 80), ("fraud-2-0-0", 20)]))
            let rates = try await rates(fixture, stable + candidate)
            // Two pods' worth of requests, 200 a second, split 80/20; ignoring the route would
            // give each pod its own 100.
            #expect(abs(rates[0] / rates[1] - 4) < 0.4, "stable/canary = \(rates)")
            #expect(abs(rates[0] - 160) < 30 && abs(rates[1] - 40) < 8, "\(rates)")

            // Without the route each version's Service brings its pods their own rate again.
            _ = try await fixture.httpRoutes.delete("fraud")
            let unrouted = try await self.rates(fixture, stable + candidate)
            #expect(abs(unrouted[0] / unrouted[1] - 1) < 0.15, "\(unrouted)")
        }
    }

    @Test func aShadowCandidateGetsACopyOfTheStablesRequestsSpreadOverItsPods() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let (stable, candidate) = try await twoVersions(fixture, candidateReplicas: 2)
            _ = try await fixture.httpRoutes.create(
                httpRoute("fraud", backends: [("fraud-1-0-0", nil)], mirror: "fraud-2-0-0"))
            let rates = try await rates(fixture, stable + candidate)
            // The stable's 100 a second, mirrored to two pods: 50 each (100 each if ignored).
            for shadow in rates.dropFirst() {
                #expect(abs(shadow / rates[0] - 0.5) < 0.08, "stable, shadows = \(rates)")
            }
            #expect(abs(rates[0] - 100) < 20, "\(rates)")
        }
    }
}

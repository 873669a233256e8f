import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// The GatewayAPI router and the Shadow strategy: an HTTPRoute with a backend per version's
/// Service, weighted by the step, or mirroring every request to the candidate.
struct GatewayRolloutTests {
    static let gateway = GatewayReference(name: "public", namespace: "gateways", sectionName: "https")
    static let analysis = AnalysisSpec(monitorRef: LocalObjectReference(name: "fraud-health"))

    static func route(_ plan: ModelPlan) -> JSONValue? {
        Fixtures.object(plan, kind: "HTTPRoute", name: "fraud-detector")
    }

    /// The route's backends as name → weight.
    static func backends(_ plan: ModelPlan) -> [String: Int64] {
        var backends: [String: Int64] = [:]
        for backend in route(plan)?[path: ["spec", "rules"]]?.arrayValue?.first?["backendRefs"]?.arrayValue ?? [] {
            backends[backend["name"]?.stringValue ?? ""] = backend["weight"]?.intValue
        }
        return backends
    }

    @Test func atRestTheRouteSendsEverythingToTheStableVersion() throws {
        var life = Lifecycle(Fixtures.model(serving: ServingSpec(runtime: .mlServer, replicas: 5)))
        life.editSpec { $0.rollout = RolloutSpec(strategy: .canary, trafficRouter: .gatewayAPI, gatewayRef: Self.gateway, steps: [CanaryStep(weight: 20, pause: "1m")]) }
        life.trainingCompletes()
        life.deploymentBecomesAvailable(replicas: 5)
        let route = try #require(Self.route(life.plan))
        #expect(route[path: ["spec", "parentRefs"]] == [["name": "public", "namespace": "gateways", "sectionName": "https"]])
        #expect(Self.backends(life.plan) == ["fraud-detector-2-1-0": 100])
        let service = try #require(Fixtures.object(life.plan, kind: "Service", name: "fraud-detector-2-1-0"))
        #expect(service[path: ["spec", "selector", "baton.dev/version"]] == "2.1.0")
        #expect(route[path: ["metadata", "ownerReferences"]]?.arrayValue?.first?["kind"] == "Model")
        life.expectIdempotent()
    }

    @Test func aCanaryStepWeightsTheRouteExactly() throws {
        var life = CanaryRolloutTests.rollingOut(RolloutSpec(
            strategy: .canary, trafficRouter: .gatewayAPI, gatewayRef: Self.gateway,
            steps: [CanaryStep(weight: 20, pause: "1m"), CanaryStep(weight: 100)], analysis: Self.analysis))
        #expect(Self.backends(life.plan) == ["fraud-detector-2-1-0": 80, "fraud-detector-2-2-0": 20])
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0")?[path: ["spec", "replicas"]] == 1)
        #expect(Fixtures.scaled(life.plan).isEmpty, "the stable version keeps all its pods")
        #expect(CanaryRolloutTests.selector(life.plan)?["baton.dev/version"] == "2.1.0", "the Model's Service: stable")
        #expect(life.plan.status.serving?.canaryWeight == 20, "exact, whatever the pods")
        #expect(life.plan.status.condition(ModelConditions.ready)?.message.contains("takes 20% of traffic through HTTPRoute fraud-detector") == true)

        // Rolled back: everything on the stable version again.
        life.deploymentBecomesAvailable("2.2.0", replicas: 1)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.rolloutEvaluation = CanaryRolloutTests.evaluation(.fail, at: Fixtures.now + 15)
        life.replan(at: Fixtures.now + 15)
        #expect(life.plan.status.phase == .rolledBack)
        #expect(Self.backends(life.plan) == ["fraud-detector-2-1-0": 100])
    }

    @Test func aShadowGetsAMirroredCopyOfTheTraffic() throws {
        let life = CanaryRolloutTests.rollingOut(RolloutSpec(
            strategy: .shadow, trafficRouter: .gatewayAPI, gatewayRef: Self.gateway, analysis: Self.analysis))
        let rule = try #require(Self.route(life.plan)?[path: ["spec", "rules"]]?.arrayValue?.first)
        #expect(Self.backends(life.plan) == ["fraud-detector-2-1-0": 100])
        #expect(rule["filters"] == [[
            "type": "RequestMirror", "requestMirror": ["backendRef": ["name": "fraud-detector-2-2-0", "port": 8080]],
        ]])
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0")?[path: ["spec", "replicas"]] == 5,
                "whole: it gets every request")
        #expect(life.plan.status.serving?.canaryWeight == 0)
        #expect(life.plan.status.rollout?.strategy == .shadow)
        #expect(life.plan.status.condition(ModelConditions.ready)?.message.contains("receives a mirrored copy of the traffic") == true)
    }

    @Test(arguments: [
        (RolloutSpec(strategy: .shadow, analysis: analysis), "Shadow, which needs trafficRouter GatewayAPI"),
        (RolloutSpec(strategy: .shadow, trafficRouter: .gatewayAPI, gatewayRef: gateway), "Shadow, which needs trafficRouter GatewayAPI"),
        (RolloutSpec(trafficRouter: .gatewayAPI), "spec.rollout.gatewayRef is not set"),
    ])
    func specsTheRoutersCannotActOnAreInvalid(_ rollout: RolloutSpec, _ problem: String) throws {
        var life = Lifecycle()
        life.editSpec { $0.rollout = rollout }
        let ready = try #require(life.plan.status.condition(ModelConditions.ready))
        #expect(ready.reason == "InvalidSpec" && ready.message.contains(problem), "\(ready.message)")
    }

    @Test func withoutGatewayAPIOnTheClusterTheModelSaysSo() throws {
        var life = Lifecycle()
        life.observation.servesHTTPRoutes = false
        life.editSpec { $0.rollout = RolloutSpec(trafficRouter: .gatewayAPI, gatewayRef: Self.gateway) }
        let ready = try #require(life.plan.status.condition(ModelConditions.ready))
        #expect(ready.reason == "InvalidSpec")
        #expect(ready.message.contains("this cluster does not serve HTTPRoutes"))
        #expect(Fixtures.objects(life.plan, kind: "HTTPRoute").isEmpty)
    }
}

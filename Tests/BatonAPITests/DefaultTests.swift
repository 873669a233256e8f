import KubeCore
import Testing

@testable import BatonAPI

/// The Swift types decode an absent field to the value the CRD schema defaults it to, so an
/// object means the same whether or not the API server has defaulted it.
struct DefaultTests {
    @Test(arguments: Fixtures.minimal)
    func decodingFillsInTheSchemaDefaults(_ sample: Sample) throws {
        let json = try sample.json()
        #expect(try sample.reencoded() == SchemaDefaulter.defaulted(json, by: sample.schema))
    }

    @Test func theDocumentedDefaults() throws {
        let model = try Fixtures.json("minimal/model.yaml").decode(Model.self)
        #expect(model.spec.training?.workers == 1)
        #expect(model.spec.training?.backoffLimit == 2)
        #expect(model.spec.serving.replicas == 1)
        #expect(model.spec.serving.autoscaling?.minReplicas == 1)
        #expect(model.spec.serving.autoscaling?.targetCPUUtilizationPercentage == 80)
        #expect(model.spec.rollout.strategy == .blueGreen)
        #expect(model.spec.rollout.trafficRouter == .replicas)
        #expect(model.spec.rollout.failurePolicy == .rollback)
        #expect(model.spec.rollout.analysis?.failureLimit == 0)

        let pipeline = try Fixtures.json("minimal/pipeline.yaml").decode(Pipeline.self)
        #expect(pipeline.spec.suspend == false)
        #expect(pipeline.spec.concurrencyPolicy == .forbid)
        #expect(pipeline.spec.runHistoryLimit == 10)
        #expect(pipeline.spec.steps[0].retries == 0)
        #expect(pipeline.spec.steps[0].cachePolicy == .never)

        let monitor = try Fixtures.json("minimal/monitor.yaml").decode(Monitor.self)
        #expect(monitor.spec.interval == "1m")
        #expect(monitor.spec.drift?[0].method == .psi)
        #expect(monitor.spec.actions?[0].when == [.degraded, .driftDetected])

        let policy = try Fixtures.json("minimal/policy.yaml").decode(Policy.self)
        #expect(policy.spec.enforcement == .enforce)
        #expect(policy.spec.deploymentWindows?[0].timeZone == "UTC")
    }

    @Test func swiftInitializersUseTheSameDefaults() throws {
        let decoded = try (["strategy": "BlueGreen"] as JSONValue).decode(RolloutSpec.self)
        #expect(decoded == RolloutSpec())
        let serving = try (["runtime": "Triton"] as JSONValue).decode(ServingSpec.self)
        #expect(serving == ServingSpec(runtime: .triton))
    }
}

import BatonAPI
import DevCluster
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Prometheus

/// The operator at scale: `baton operator` (the release binary, its own process) against an
/// in-process DevCluster with simulated Jobs and Deployments. Applies `models` Models, each
/// trained and served, and reports the time until all are Ready, the operator's API requests
/// and writes per Model (from the server's `/metrics`, less the benchmark's own requests), its
/// peak RSS and CPU time, the writes it makes in the 30 s after convergence with the periodic
/// resync forced to 10 s (goal: none), and its watch-to-reconcile latency.
func runOperatorBenchmark(models total: Int) async throws {
    guard let bench = try await BenchmarkCluster.start(for: "operator") else { return }
    let client = bench.client
    // Resyncs every 10 s, so the 30 s at rest after convergence do reconcile every Model
    // again (about three times): "no writes at rest" then means converged plans write nothing.
    let operatorProcess = try bench.startOperator(["--sync-period", "10s"])
    defer { operatorProcess.stop() }

    print("Operator: \(total) Models applied to DevCluster, each trained (a simulated 2 s Job) and served")
    let models = client.resource(Model.groupVersionResource, namespace: "default")
    let (ready, converged) = try await createModels(total, in: models)
    printFigure("  Models Ready", Double(ready), unit: "of \(total)")
    printFigure("  seconds until all Ready", seconds(converged), unit: "s")

    let atConvergence = try await bench.operatorRequests()
    printFigure("  operator API requests per Model", Double(atConvergence.total) / Double(total), unit: "req")
    printFigure("  operator writes per Model", Double(atConvergence.writes) / Double(total), unit: "writes")

    let reconcilesAtConvergence = try await operatorReconciles(operatorProcess)
    try await Task.sleep(for: .seconds(30))
    printFigure(
        "  operator writes in the 30 s after convergence",
        Double(try await bench.operatorRequests().writes - atConvergence.writes), unit: "writes")
    // What shows the quiet is not for want of reconciles: the resyncs ran them.
    printFigure(
        "  operator reconciles in those 30 s",
        Double(try await operatorReconciles(operatorProcess) - reconcilesAtConvergence), unit: "reconciles")

    let usage = operatorProcess.usage
    printFigure("  operator peak RSS", usage.peakResidentMegabytes, unit: "MiB")
    printFigure("  operator CPU time (user + system)", usage.cpuSeconds, unit: "s")

    let samples = min(100, ready)
    let latencies = try await reactionLatencies(client, models: models, samples: samples)
    if !latencies.isEmpty {
        let milliseconds = { (duration: Duration) in seconds(duration) * 1000 }
        printFigure("  watch-to-reconcile p50 (\(samples) spec changes)", milliseconds(latencies[latencies.count / 2]), unit: "ms")
        printFigure("  watch-to-reconcile p99", milliseconds(latencies[latencies.count * 99 / 100]), unit: "ms")
        printFigure("  watch-to-reconcile max", milliseconds(latencies.last!), unit: "ms")
    }
    operatorProcess.stop()
    await bench.stop()
}

/// Watch-to-reconcile latency on the converged fleet, one change at a time so the queue is
/// idle: from a Model's spec change (a merge patch of `serving.replicas`) to its Deployment
/// carrying the new count, seen through a watch. It spans the server's watch to the operator,
/// the queue, the reconcile, the apply, and the server's watch back to the benchmark.
private func reactionLatencies(_ client: KubeAPIClient, models: ResourceClient, samples: Int) async throws -> [Duration] {
    let deployments = client.resource(.init(group: "apps", version: "v1", resource: "deployments"), namespace: "default")
    let from = try await deployments.list(ListOptions(limit: 1)).resourceVersion
    var events = try await deployments.watch(WatchOptions(resourceVersion: from)).makeAsyncIterator()
    var latencies: [Duration] = []
    for index in 0..<samples {
        let name = "model-\(index)"
        let start = ContinuousClock.now
        _ = try await models.patch(name, type: .merge, body: ["spec": ["serving": ["replicas": 2]]])
        while let event = try await events.next() {
            guard let deployment = event.object, deployment[path: ["metadata", "labels", "baton.dev/model"]] == .string(name),
                deployment[path: ["spec", "replicas"]] == 2
            else { continue }
            latencies.append(ContinuousClock.now - start)
            break
        }
    }
    return latencies.sorted()
}

/// Creates Models `model-0` to `model-<total - 1>`, each trained (a simulated Job) and served
/// by one replica, steered by the DevCluster simulation's `annotations`; returns once all are
/// Ready (30 min at most), with how many are and how long that took.
func createModels(
    _ total: Int, in models: ResourceClient, annotations: [String: String] = [:]
) async throws -> (ready: Int, elapsed: Duration) {
    let start = ContinuousClock.now
    _ = try await timed(concurrency: 16, total: total) { index in
        _ = try await models.create(benchmarkModel("model-\(index)", annotations: annotations))
    }
    let ready = try await awaitCondition("Ready", of: total, in: models, timeout: .seconds(1800))
    return (ready, ContinuousClock.now - start)
}

/// Waits, listing every second, until `total` objects have condition `type` True, or
/// `timeout` has passed; returns how many have.
func awaitCondition(_ type: String, of total: Int, in resource: ResourceClient, timeout: Duration) async throws -> Int {
    let start = ContinuousClock.now
    var count = 0
    while count < total, ContinuousClock.now - start < timeout {
        try await Task.sleep(for: .seconds(1))
        count = try await resource.listAll().items.filter { hasCondition($0, type) }.count
    }
    return count
}

func hasCondition(_ object: JSONValue, _ type: String, status: String = "True") -> Bool {
    (object[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
        $0["type"] == .string(type) && $0["status"] == .string(status)
    }
}

private func benchmarkModel(_ name: String, annotations: [String: String]) -> JSONValue {
    [
        "apiVersion": "baton.dev/v1alpha1", "kind": "Model",
        "metadata": [
            "name": .string(name), "labels": ["benchmark": "operator"],
            "annotations": .object(JSONObject(uniqueKeysWithValues: annotations.map { ($0.key, .string($0.value)) })),
        ],
        "spec": [
            "version": "1.0.0", "owner": "benchmark",
            "data": ["uri": "s3://ml-data/bench/train.parquet", "version": "v1"],
            "training": ["image": "registry.example.com/bench-train:1.0", "command": ["python", "train.py"]],
            "serving": ["runtime": "MLServer", "replicas": 1],
        ],
    ]
}

/// The operator's `controller_runtime_reconcile_total` for the Model controller, all results.
private func operatorReconciles(_ operatorProcess: OperatorProcess) async throws -> Int {
    Int(samples("controller_runtime_reconcile_total", where: [#"controller="model""#], in: try await operatorProcess.metrics())
        .reduce(0) { $0 + $1.value })
}

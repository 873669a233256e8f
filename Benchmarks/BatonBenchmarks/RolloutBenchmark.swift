import BatonAPI
import DevMonitoring
import Foundation
import KubeClient
import KubeCore

/// Rollouts at scale and the speed of a rollback: `baton operator` (its own process) against an
/// in-process DevCluster whose simulated model servers the real Prometheus scrapes every second.
///
/// 1. `canaries` Models, each with its Monitor (error rate, every 5 s), serve version 1.0.0;
///    then all are bumped to 2.0.0 at once, a Canary of two timed steps (25 % and 50 %, 10 s
///    each) and the promotion. Reported: the time until all are promoted, the operator's writes
///    per rollout step, its CPU and peak RSS meanwhile (and DevCluster's and Prometheus', apart).
/// 2. Rollback latency, `rollbacks` times on one Model: a candidate at its first step has its
///    error rate raised (a Deployment annotation); from the moment Prometheus' answer to the
///    Monitor's own query crosses the threshold to the moment the Model's Service selects the
///    stable version again. It is bounded below by the evaluation schedule (one Monitor
///    interval, 5 s here), which the figures show apart from the operator's own reaction.
func runRolloutBenchmark(canaries: Int, rollbacks: Int = 5) async throws {
    try await withMonitoredOperator(for: "rollouts") { bench, operatorProcess, prometheus in
        try await measureCanaries(bench, operatorProcess, count: canaries)
        print()
        try await measureRollbacks(bench, prometheus: prometheus, repetitions: rollbacks)
    }
}

private let stepPause = 10
private let monitorInterval = 5
private let errorThreshold = 0.05

private func measureCanaries(_ bench: BenchmarkCluster, _ operatorProcess: OperatorProcess, count: Int) async throws {
    print(
        "Rollouts: \(count) Canary rollouts at once (4 pods each; steps 25% and 50% for \(stepPause)s each, then 100%),"
            + " each judged by its Monitor every \(monitorInterval)s; Prometheus scraping every 1s")
    let models = bench.client.resource(Model.groupVersionResource, namespace: "default")
    let monitors = bench.client.resource(Monitor.groupVersionResource, namespace: "default")
    _ = try await timed(concurrency: 16, total: count) { index in
        _ = try await monitors.create(rolloutMonitor("canary-\(index)"))
        _ = try await models.create(rolloutModel("canary-\(index)", steps: [[25, stepPause], [50, stepPause], [100, nil]]))
    }
    let ready = try await awaitCondition("Ready", of: count, in: models, timeout: .seconds(600))
    printFigure("  Models serving 1.0.0", Double(ready), unit: "of \(count)")
    // Let the first version's pods be scraped for a while: the candidate's analysis compares nothing
    // with them, but a quiet start keeps the figures about the rollouts.
    try await Task.sleep(for: .seconds(5))

    let requestsBefore = try await bench.operatorRequests()
    let operatorBefore = operatorProcess.usage
    let clusterBefore = ProcessUsage(pid: getpid())
    let prometheusPid = ProcessUsage.child(named: "prometheus")
    let prometheusBefore = prometheusPid.map { ProcessUsage(pid: $0) }
    let start = ContinuousClock.now
    _ = try await timed(concurrency: 16, total: count) { index in
        _ = try await models.patch("canary-\(index)", type: .merge, body: ["spec": ["version": "2.0.0"]])
    }
    var promoted = 0
    var rolledBack = 0
    var firstPromoted: Duration?
    while promoted + rolledBack < count, ContinuousClock.now - start < .seconds(900) {
        try await Task.sleep(for: .seconds(1))
        let items = try await models.listAll().items
        promoted = items.filter {
            $0[path: ["status", "serving", "stableVersion"]] == "2.0.0" && $0[path: ["status", "rollout", "phase"]] == "Completed"
        }.count
        rolledBack = items.filter { $0[path: ["status", "rollout", "phase"]] == "RolledBack" }.count
        if promoted > 0, firstPromoted == nil { firstPromoted = ContinuousClock.now - start }
    }
    let elapsed = ContinuousClock.now - start
    let requestsAfter = try await bench.operatorRequests()
    let operatorAfter = operatorProcess.usage
    let clusterAfter = ProcessUsage(pid: getpid())

    printFigure("  promoted", Double(promoted), unit: "of \(count)")
    printFigure("  rolled back (should be 0)", Double(rolledBack), unit: "of \(count)")
    printFigure("  seconds until the first promoted", firstPromoted.map(seconds) ?? .nan, unit: "s")
    printFigure("  seconds until all promoted", seconds(elapsed), unit: "s")
    printFigure("  the steps' pauses alone", Double(2 * stepPause), unit: "s")
    let writes = Double(requestsAfter.writes - requestsBefore.writes)
    // Per Model: two canary steps, the weight-100 step and the promotion.
    let steps = Double(count * 4)
    printFigure("  operator writes per rollout", writes / Double(count), unit: "writes")
    printFigure("  operator writes per rollout step", writes / steps, unit: "writes")
    printFigure(
        "  operator reads per rollout",
        Double((requestsAfter.total - requestsAfter.writes) - (requestsBefore.total - requestsBefore.writes)) / Double(count),
        unit: "reads")
    let operatorCPU = operatorAfter.cpuSeconds - operatorBefore.cpuSeconds
    printFigure("  operator CPU", operatorCPU / seconds(elapsed) * 100, unit: "% of a core")
    printFigure("  operator CPU per rollout", operatorCPU / Double(count) * 1000, unit: "ms")
    printFigure("  operator peak RSS", operatorAfter.peakResidentMegabytes, unit: "MiB")
    printFigure(
        "  DevCluster (API and model servers, in-process) CPU",
        (clusterAfter.cpuSeconds - clusterBefore.cpuSeconds) / seconds(elapsed) * 100, unit: "% of a core")
    if let prometheusPid, let prometheusBefore {
        let after = ProcessUsage(pid: prometheusPid)
        printFigure("  Prometheus CPU", (after.cpuSeconds - prometheusBefore.cpuSeconds) / seconds(elapsed) * 100, unit: "% of a core")
    }
}

private func measureRollbacks(_ bench: BenchmarkCluster, prometheus: MonitoringServer, repetitions: Int) async throws {
    print(
        "Rollback latency: a canary at 50% whose error rate is raised to 0.5; from Prometheus' answer to the Monitor's"
            + " query crossing \(errorThreshold) to the Service selecting the stable version again (\(repetitions) times;"
            + " Monitor interval \(monitorInterval)s, 10s rate windows)")
    let models = bench.client.resource(Model.groupVersionResource, namespace: "default")
    let monitors = bench.client.resource(Monitor.groupVersionResource, namespace: "default")
    let deployments = bench.client.resource(.init(group: "apps", version: "v1", resource: "deployments"), namespace: "default")
    let services = bench.client.resource(.init(group: "", version: "v1", resource: "services"), namespace: "default")
    _ = try await monitors.create(rolloutMonitor("latency", window: "10s"))
    _ = try await models.create(rolloutModel("latency", steps: [[50, 3600]]))
    guard try await poll(timeout: .seconds(120), { hasCondition(try await models.get("latency"), "Ready") }) else {
        print("  the Model did not become Ready")
        return
    }
    let transport = try CurlTransport()
    var detections: [Double] = []
    var reactions: [Double] = []
    for repetition in 1...repetitions {
        // Each repetition rolls out a new version from the stable 1.0.0 (the last one rolled back).
        let version = "1.\(repetition).0"
        _ = try await models.patch("latency", type: .merge, body: ["spec": ["version": .string(version)]])
        let started = try await poll(timeout: .seconds(120)) {
            let model = try await models.get("latency")
            return model[path: ["status", "rollout", "version"]] == .string(version)
                && model[path: ["status", "rollout", "stepStartTime"]] != nil
        }
        guard started else {
            print("  \(version): its first step did not start")
            continue
        }
        // A clean 10 s window of the candidate's own traffic first.
        try await Task.sleep(for: .seconds(12))
        let deployment = "latency-\(version.replacingOccurrences(of: ".", with: "-"))"
        _ = try await deployments.patch(
            deployment, type: .merge, body: ["metadata": ["annotations": ["dev.baton.dev/error-rate": "0.5"]]])
        let raised = ContinuousClock.now
        var crossed: ContinuousClock.Instant?
        var back: ContinuousClock.Instant?
        let query = errorRateQuery(window: "10s").replacingOccurrences(of: "{{namespace}}", with: "default")
            .replacingOccurrences(of: "{{model}}", with: "latency").replacingOccurrences(of: "{{version}}", with: version)
        while back == nil, ContinuousClock.now - raised < .seconds(120) {
            if crossed == nil, let value = try? await instantValue(query, prometheus: prometheus.url, transport: transport),
                value > errorThreshold
            {
                crossed = .now
            }
            let service = try await services.get("latency")
            if service[path: ["spec", "selector", "baton.dev/version"]] == "1.0.0",
                (try await models.get("latency"))[path: ["status", "rollout", "phase"]] == "RolledBack"
            {
                back = .now
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        guard let crossed, let back else {
            print("  \(version): not rolled back within 120 s")
            continue
        }
        detections.append(seconds(crossed - raised))
        reactions.append(seconds(back - crossed))
    }
    guard !reactions.isEmpty else { return }
    let sorted = reactions.sorted()
    printFigure("  rollbacks measured", Double(reactions.count), unit: "of \(repetitions)")
    printFigure("  raise → Prometheus over the threshold, median", detections.sorted()[detections.count / 2], unit: "s")
    printFigure("  over the threshold → traffic on stable, min", sorted.first!, unit: "s")
    printFigure("  over the threshold → traffic on stable, median", sorted[sorted.count / 2], unit: "s")
    printFigure("  over the threshold → traffic on stable, max", sorted.last!, unit: "s")
    printFigure("  of which the evaluation schedule, at most", Double(monitorInterval), unit: "s")
}

/// Polls `condition` every 250 ms until it holds or `timeout` passes.
private func poll(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
    let start = ContinuousClock.now
    while ContinuousClock.now - start < timeout {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(250))
    }
    return false
}

/// Prometheus' instant answer to `query`: its one sample's value.
private func instantValue(_ query: String, prometheus: String, transport: CurlTransport) async throws -> Double? {
    var components = URLComponents(string: prometheus + "/api/v1/query")!
    components.queryItems = [URLQueryItem(name: "query", value: query)]
    let response = try await transport.send(HTTPRequest(method: "GET", url: components.url!, timeout: .seconds(5)))
    let answer = try JSONParser().parse([UInt8](response.body))
    guard let value = answer[path: ["data", "result"]]?.arrayValue?.first?["value"]?.arrayValue?.last?.stringValue else {
        return nil
    }
    return Double(value)
}

private func errorRateQuery(window: String) -> String {
    let selector = #"namespace="{{namespace}}",model="{{model}}",version="{{version}}""#
    return "sum(rate(baton_model_request_errors_total{\(selector)}[\(window)])) / sum(rate(baton_model_requests_total{\(selector)}[\(window)]))"
}

private func rolloutMonitor(_ model: String, window: String = "20s") -> JSONValue {
    [
        "apiVersion": "baton.dev/v1alpha1", "kind": "Monitor",
        "metadata": ["name": .string(model), "labels": ["benchmark": "rollouts"]],
        "spec": [
            "modelRef": ["name": .string(model)],
            "interval": .string("\(monitorInterval)s"),
            "metrics": [
                ["name": "error_rate", "query": .string(errorRateQuery(window: window)), "thresholdRange": ["max": "0.05"]]
            ],
        ],
    ]
}

/// A Model of 4 pods at 20 requests a second each, rolled out by a Canary of `steps`
/// ([weight, pause seconds or nil]) judged by its Monitor; the replaced version goes at once.
private func rolloutModel(_ name: String, steps: [[Int?]]) -> JSONValue {
    [
        "apiVersion": "baton.dev/v1alpha1", "kind": "Model",
        "metadata": [
            "name": .string(name), "labels": ["benchmark": "rollouts"],
            "annotations": [
                "dev.baton.dev/duration": "500ms", "dev.baton.dev/ready-after": "500ms", "dev.baton.dev/request-rate": "20",
            ],
        ],
        "spec": [
            "version": "1.0.0",
            "training": ["image": "registry.example.com/bench-train:1.0"],
            "serving": ["runtime": "MLServer", "replicas": 4],
            "rollout": [
                "strategy": "Canary",
                "steps": .array(steps.map { step in
                    var object: JSONObject = ["weight": .integer(Int64(step[0] ?? 0))]
                    if let pause = step[1] { object["pause"] = .string("\(pause)s") }
                    return .object(object)
                }),
                "analysis": ["monitorRef": ["name": .string(name)]],
                "scaleDownDelay": "1s",
            ],
        ],
    ]
}

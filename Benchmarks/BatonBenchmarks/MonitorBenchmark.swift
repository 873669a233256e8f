import BatonAPI
import DevMonitoring
import Foundation
import KubeClient
import KubeCore

/// Monitors at scale: `baton operator` (its own process) against an in-process DevCluster whose
/// simulated model servers the real Prometheus scrapes every second. `models` Models are
/// trained and served, then `total` Monitors spread across them, each with a latency p99 and an
/// error-rate check and a drift check against the training histogram, every `interval`. Once
/// every Monitor is Healthy, it measures over `window`: the evaluations per second sustained
/// against the `total / interval` expected, the operator's query latency, its CPU, RSS, reads
/// and writes (goal: no writes, nothing changes), and Prometheus' and DevCluster's CPU apart
/// from the operator's, to tell which of them limits.
func runMonitorBenchmark(monitors total: Int, models: Int = 50, interval: Duration, window: Duration) async throws {
    let scrapeInterval = Duration.seconds(1)
    let workers = 16
    try await withMonitoredOperator(
        for: "monitors", scrapeInterval: scrapeInterval, operatorArguments: ["--max-concurrent-evaluations", "\(workers)"]
    ) { bench, operatorProcess, prometheus in
        print(
            "Monitors: \(total) Monitors on \(models) Models (2 metric checks + 1 drift check each, every \(Int(seconds(interval)))s),"
                + " Prometheus scraping every \(Int(seconds(scrapeInterval)))s, \(workers) evaluation workers, measured over \(Int(seconds(window)))s")
        try await measureMonitors(
            bench, operatorProcess, prometheus: prometheus, monitors: total, models: models, interval: interval, window: window)
    }
}

private func measureMonitors(
    _ bench: BenchmarkCluster, _ operatorProcess: OperatorProcess, prometheus: MonitoringServer,
    monitors total: Int, models modelCount: Int, interval: Duration, window: Duration
) async throws {
    // 20 requests a second per pod, so a 1m window holds well over the 100 samples a drift
    // check needs from the first minute on.
    let (ready, served) = try await createModels(
        modelCount, in: bench.client.resource(Model.groupVersionResource, namespace: "default"),
        annotations: ["dev.baton.dev/duration": "500ms", "dev.baton.dev/ready-after": "500ms", "dev.baton.dev/request-rate": "20"])
    printFigure("  Models Ready", Double(ready), unit: "of \(modelCount)")
    printFigure("  seconds until all Ready", seconds(served), unit: "s")

    let monitors = bench.client.resource(Monitor.groupVersionResource, namespace: "default")
    let start = ContinuousClock.now
    _ = try await timed(concurrency: 16, total: total) { index in
        _ = try await monitors.create(benchmarkMonitor(index, model: "model-\(index % modelCount)", interval: interval))
    }
    let healthy = try await awaitCondition("Healthy", of: total, in: monitors, timeout: interval * 6 + .seconds(120))
    printFigure("  Monitors Healthy (first evaluations)", Double(healthy), unit: "of \(total)")
    printFigure("  seconds from first create until all Healthy", seconds(ContinuousClock.now - start), unit: "s")
    if healthy < total { await printUnhealthy(monitors) }

    // One more interval, so every Monitor is on its own slot before the window opens.
    try await Task.sleep(for: interval)
    let operatorPid = operatorProcess.process.processIdentifier
    let prometheusPid = ProcessUsage.child(named: "prometheus")
    let before = try await MonitorReading(bench, operatorProcess, prometheus: prometheus, prometheusPid: prometheusPid)
    var slices: [Double] = []
    var last = before
    let slice = min(Duration.seconds(10), window)
    let windowStart = ContinuousClock.now
    while ContinuousClock.now - windowStart < window {
        try await Task.sleep(until: min(windowStart + slice * (slices.count + 1), windowStart + window), clock: .continuous)
        let reading = try await MonitorReading(bench, operatorProcess, prometheus: prometheus, prometheusPid: prometheusPid)
        slices.append((reading.evaluations - last.evaluations) / seconds(reading.time - last.time))
        last = reading
    }
    let after = last
    let elapsed = seconds(after.time - before.time)

    let sustained = (after.evaluations - before.evaluations) / elapsed
    let expected = Double(total) / seconds(interval)
    printFigure("  evaluations/s sustained", sustained, unit: "/s")
    printFigure("  evaluations/s expected (Monitors / interval)", expected, unit: "/s")
    printFigure("  sustained / expected", sustained / expected * 100, unit: "%")
    printFigure("  evaluations/s, slowest 10 s slice", slices.min() ?? 0, unit: "/s")
    printFigure("  evaluations/s, fastest 10 s slice", slices.max() ?? 0, unit: "/s")
    let ages = after.evaluationAges.sorted()
    printFigure("  oldest last evaluation at the end", ages.last ?? 0, unit: "s")
    printFigure(
        "  Monitors last evaluated over 2 intervals ago", Double(ages.filter { $0 > 2 * seconds(interval) }.count),
        unit: "of \(ages.count)")

    let queries = after.queryBuckets.merging(before.queryBuckets.mapValues { -$0 }, uniquingKeysWith: +)
    let queryCount = after.queryCount - before.queryCount
    printFigure("  operator queries/s", queryCount / elapsed, unit: "/s")
    for (label, quantile) in [("p50", 0.5), ("p99", 0.99)] {
        printFigure(
            "  query latency \(label) (operator's histogram)", (histogramQuantile(quantile, queries) ?? .nan) * 1000,
            unit: "ms")
    }
    printFigure("  query latency mean", (after.querySeconds - before.querySeconds) / queryCount * 1000, unit: "ms")
    printFigure("  queries/s answered by Prometheus", (after.prometheusQueries - before.prometheusQueries) / elapsed, unit: "/s")
    printFigure("  Prometheus' own p50 (inner_eval, its summary)", after.prometheusEngineP50 * 1000, unit: "ms")
    printFigure("  Prometheus' own p99 (inner_eval, its summary)", after.prometheusEngineP99 * 1000, unit: "ms")

    let operatorCPU = after.operatorUsage.cpuSeconds - before.operatorUsage.cpuSeconds
    printFigure("  operator CPU in the window", operatorCPU, unit: "s")
    printFigure("  operator CPU", operatorCPU / elapsed * 100, unit: "% of a core")
    printFigure("  operator peak RSS", after.operatorUsage.peakResidentMegabytes, unit: "MiB")
    printFigure("  operator reads per minute", Double(after.requests.total - after.requests.writes
        - (before.requests.total - before.requests.writes)) / elapsed * 60, unit: "req/min")
    printFigure("  operator writes per minute (goal 0)", Double(after.requests.writes - before.requests.writes) / elapsed * 60,
        unit: "writes/min")
    var busiest: [(String, Double)] = [("operator", operatorCPU / elapsed * 100)]
    if let prometheusBefore = before.prometheusUsage, let prometheusAfter = after.prometheusUsage {
        let cpu = prometheusAfter.cpuSeconds - prometheusBefore.cpuSeconds
        printFigure("  Prometheus CPU", cpu / elapsed * 100, unit: "% of a core")
        printFigure("  Prometheus peak RSS", prometheusAfter.peakResidentMegabytes, unit: "MiB")
        busiest.append(("Prometheus", cpu / elapsed * 100))
    } else {
        print("  Prometheus CPU and RSS: its process was not found among this one's children")
    }
    let cluster = after.clusterUsage.cpuSeconds - before.clusterUsage.cpuSeconds
    printFigure("  DevCluster (API and model servers, in-process) CPU", cluster / elapsed * 100, unit: "% of a core")
    busiest.append(("DevCluster", cluster / elapsed * 100))
    printFigure(
        "  all three, on \(ProcessInfo.processInfo.activeProcessorCount) cores", busiest.reduce(0) { $0 + $1.1 },
        unit: "% of a core")
    let top = busiest.max { $0.1 < $1.1 }!
    let keepingUp = sustained >= expected * 0.97
    print(
        "  " + (keepingUp ? "evaluations keep pace" : "evaluations lag behind Monitors / interval")
            + "; the busiest process is \(top.0) at \(String(format: "%.0f", top.1))% of a core")
    let stillHealthy = try await monitors.listAll().items.filter { hasCondition($0, "Healthy") }.count
    printFigure("  Monitors Healthy at the end", Double(stillHealthy), unit: "of \(total)")
}

/// What the benchmark reads at each end of the window (and every 10 s within it).
private struct MonitorReading {
    var time: ContinuousClock.Instant
    var evaluations: Double
    var queryCount: Double
    var querySeconds: Double
    /// Cumulative counts by upper bound.
    var queryBuckets: [Double: Double]
    /// Seconds since each Monitor's last evaluation, from its gauge.
    var evaluationAges: [Double]
    var prometheusQueries: Double
    var prometheusEngineP50: Double
    var prometheusEngineP99: Double
    var requests: (total: Int, writes: Int)
    var operatorUsage: ProcessUsage
    var prometheusUsage: ProcessUsage?
    /// This process: DevCluster, its simulated model servers, and the benchmark (idle meanwhile).
    var clusterUsage: ProcessUsage

    init(
        _ bench: BenchmarkCluster, _ operatorProcess: OperatorProcess, prometheus: MonitoringServer, prometheusPid: Int32?
    ) async throws {
        time = .now
        let text = try await operatorProcess.metrics()
        let now = Date().timeIntervalSince1970
        evaluations = samples("baton_monitor_evaluations_total", in: text).reduce(0) { $0 + $1.value }
        queryCount = samples("baton_monitor_query_duration_seconds_count", in: text).reduce(0) { $0 + $1.value }
        querySeconds = samples("baton_monitor_query_duration_seconds_sum", in: text).reduce(0) { $0 + $1.value }
        queryBuckets = bucketCounts(samples("baton_monitor_query_duration_seconds_bucket", in: text))
        evaluationAges = samples("baton_monitor_last_evaluation_timestamp_seconds", in: text).map { now - $0.value }
        let prometheusText = String(
            decoding: try await CurlTransport().send(
                HTTPRequest(method: "GET", url: URL(string: prometheus.url + "/metrics")!, timeout: .seconds(10))
            ).body, as: UTF8.self)
        prometheusQueries = samples("prometheus_http_requests_total", where: [#"handler="/api/v1/query""#], in: prometheusText)
            .reduce(0) { $0 + $1.value }
        let engine = { (quantile: String) in
            samples(
                "prometheus_engine_query_duration_seconds", where: [#"slice="inner_eval""#, #"quantile="\#(quantile)""#],
                in: prometheusText
            ).first?.value ?? .nan
        }
        prometheusEngineP50 = engine("0.5")
        prometheusEngineP99 = engine("0.99")
        requests = try await bench.operatorRequests()
        operatorUsage = operatorProcess.usage
        prometheusUsage = prometheusPid.map { ProcessUsage(pid: $0) }
        clusterUsage = ProcessUsage(pid: getpid())
    }
}

/// A histogram's `_bucket` samples as cumulative counts by upper bound.
private func bucketCounts(_ buckets: [(labels: Substring, value: Double)]) -> [Double: Double] {
    var counts: [Double: Double] = [:]
    for bucket in buckets {
        guard let start = bucket.labels.range(of: #"le=""#)?.upperBound,
            let end = bucket.labels[start...].firstIndex(of: "\"")
        else { continue }
        let bound = bucket.labels[start..<end]
        guard let value = bound == "+Inf" ? .infinity : Double(bound) else { continue }
        counts[value, default: 0] += bucket.value
    }
    return counts
}

/// The `quantile` of a histogram's observations from its cumulative counts by upper bound,
/// interpolated linearly within the bucket it falls in, as PromQL's histogram_quantile does
/// (the highest finite bound when it falls in +Inf); nil without observations.
private func histogramQuantile(_ quantile: Double, _ cumulative: [Double: Double]) -> Double? {
    let buckets = cumulative.sorted { $0.key < $1.key }
    guard let total = buckets.last?.value, total > 0 else { return nil }
    let rank = quantile * total
    var lower = (bound: 0.0, count: 0.0)
    for (bound, count) in buckets {
        if count >= rank {
            guard bound.isFinite else { return lower.bound }
            guard count > lower.count else { return bound }
            return lower.bound + (bound - lower.bound) * (rank - lower.count) / (count - lower.count)
        }
        lower = (bound, count)
    }
    return lower.bound
}

/// The Monitors not Healthy and why, by the Healthy condition's reason and a message.
private func printUnhealthy(_ monitors: ResourceClient) async {
    guard let items = try? await monitors.listAll().items else { return }
    var reasons: [String: (count: Int, message: String)] = [:]
    for monitor in items where !hasCondition(monitor, "Healthy") {
        let condition = (monitor[path: ["status", "conditions"]]?.arrayValue ?? []).first { $0["type"] == "Healthy" }
        let key = "\(condition?["status"]?.stringValue ?? "none")/\(condition?["reason"]?.stringValue ?? "none")"
        reasons[key, default: (0, condition?["message"]?.stringValue ?? "")].count += 1
    }
    for (reason, found) in reasons.sorted(by: { $0.key < $1.key }) {
        print("    not Healthy: \(found.count) with Healthy \(reason): \(found.message.prefix(160))")
    }
}

/// The Monitor the benchmark spreads across the Models: latency p99 and error rate from the
/// model servers' metrics, and drift of `amount` against the training run's histogram, over 1m
/// windows as in manifests/samples/fraud-detector-monitor.yaml.
private func benchmarkMonitor(_ index: Int, model: String, interval: Duration) -> JSONValue {
    let selector = #"namespace="{{namespace}}",model="{{model}}",version="{{version}}""#
    return [
        "apiVersion": "baton.dev/v1alpha1", "kind": "Monitor",
        "metadata": ["name": .string("monitor-\(index)"), "labels": ["benchmark": "monitors"]],
        "spec": [
            "modelRef": ["name": .string(model)],
            "interval": .string("\(Int(seconds(interval)))s"),
            "metrics": [
                [
                    "name": "latency_p99",
                    "query": .string(
                        "histogram_quantile(0.99, sum by (le) (rate(baton_model_request_duration_seconds_bucket{\(selector)}[1m])))"),
                    "thresholdRange": ["max": "250m"],
                ],
                [
                    "name": "error_rate",
                    "query": .string(
                        "sum(rate(baton_model_request_errors_total{\(selector)}[1m])) / sum(rate(baton_model_requests_total{\(selector)}[1m]))"),
                    "thresholdRange": ["max": "0.05"],
                ],
            ],
            "drift": [
                [
                    "name": "amount",
                    "query": .string(#"sum by (le) (increase(baton_model_feature_value_bucket{\#(selector),feature="amount"}[1m]))"#),
                    "method": "PSI", "threshold": "0.25",
                    "reference": ["fromTraining": [:]],
                ]
            ],
        ],
    ]
}

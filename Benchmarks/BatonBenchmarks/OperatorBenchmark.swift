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
    let operatorBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baton")
    guard FileManager.default.isExecutableFile(atPath: operatorBinary.path) else {
        print("operator benchmark skipped: build the operator beside this binary (swift build -c release --product baton)")
        return
    }
    let cluster = try await DevCluster.start(.init(simulation: true))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let kubeconfig = directory.appendingPathComponent("kubeconfig").path
    try cluster.kubeconfig().write(toFile: kubeconfig, atomically: true, encoding: .utf8)
    let configuration = try KubeConfigLoader(explicitPath: kubeconfig, environment: [:]).load()
    // The benchmark's own requests are counted as the operator counts its own, to be taken
    // away from the server's totals.
    let ownRequests = PrometheusCollectorRegistry()
    let client = KubeAPIClient(
        configuration: configuration,
        transport: MeteredTransport(
            try CurlTransport(configuration: configuration),
            metricsFactory: PrometheusMetricsFactory(registry: ownRequests)),
        credentialProvider: configuration.credentialProvider())
    let own = { requestCounts(ownRequests.emitToString(), prefix: "rest_client_requests_total{", verb: "method") }

    let crds = client.resource(.init(group: "apiextensions.k8s.io", version: "v1", resource: "customresourcedefinitions"))
    for definition in CustomResourceDefinitions.all {
        _ = try await crds.apply(definition, options: PatchOptions(fieldManager: "benchmark", force: true))
    }
    try await Task.sleep(for: .milliseconds(500))

    let process = Process()
    process.executableURL = operatorBinary
    let metricsPort = try freeLoopbackPort()
    process.arguments = [
        "operator", "--kubeconfig", kubeconfig, "--metrics-bind-address", "127.0.0.1:\(metricsPort)",
        "--health-probe-bind-address", "0",
        "--log-format", "text", "--log-level", "error",
        // Resyncs every 10 s, so the 30 s at rest after convergence do reconcile every Model
        // again (about three times): "no writes at rest" then means converged plans write nothing.
        "--sync-period", "10s",
    ]
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    let pid = process.processIdentifier

    print("Operator: \(total) Models applied to DevCluster, each trained (a simulated 2 s Job) and served")
    let models = client.resource(Model.groupVersionResource, namespace: "default")
    let start = ContinuousClock.now
    _ = try await timed(concurrency: 16, total: total) { index in
        _ = try await models.create(benchmarkModel("model-\(index)"))
    }
    var ready = 0
    while ready < total, ContinuousClock.now - start < .seconds(1800) {
        try await Task.sleep(for: .seconds(1))
        ready = try await models.listAll().items.filter(isReady).count
    }
    let converged = ContinuousClock.now - start
    printFigure("  Models Ready", Double(ready), unit: "of \(total)")
    printFigure("  seconds until all Ready", seconds(converged), unit: "s")

    let atConvergence = try await serverRequests(client)
    let ownAtConvergence = own()
    let operatorRequests = atConvergence.total - ownAtConvergence.total
    let operatorWrites = atConvergence.writes - ownAtConvergence.writes
    printFigure("  operator API requests per Model", Double(operatorRequests) / Double(total), unit: "req")
    printFigure("  operator writes per Model", Double(operatorWrites) / Double(total), unit: "writes")

    let reconcilesAtConvergence = try await operatorReconciles(port: metricsPort)
    try await Task.sleep(for: .seconds(30))
    let later = try await serverRequests(client)
    let ownLater = own()
    printFigure(
        "  operator writes in the 30 s after convergence",
        Double((later.writes - ownLater.writes) - (atConvergence.writes - ownAtConvergence.writes)), unit: "writes")
    // What shows the quiet is not for want of reconciles: the resyncs ran them.
    printFigure(
        "  operator reconciles in those 30 s",
        Double(try await operatorReconciles(port: metricsPort) - reconcilesAtConvergence), unit: "reconciles")

    let usage = ProcessUsage(pid: pid)
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
    process.terminate()
    process.waitUntilExit()
    await cluster.stop()
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

private func benchmarkModel(_ name: String) -> JSONValue {
    [
        "apiVersion": "baton.dev/v1alpha1", "kind": "Model",
        "metadata": ["name": .string(name), "labels": ["benchmark": "operator"]],
        "spec": [
            "version": "1.0.0", "owner": "benchmark",
            "data": ["uri": "s3://ml-data/bench/train.parquet", "version": "v1"],
            "training": ["image": "registry.example.com/bench-train:1.0", "command": ["python", "train.py"]],
            "serving": ["runtime": "MLServer", "replicas": 1],
        ],
    ]
}

private func isReady(_ model: JSONValue) -> Bool {
    (model[path: ["status", "conditions"]]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
}

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The server's request counters (`apiserver_request_total`), all verbs and writes.
private func serverRequests(_ client: KubeAPIClient) async throws -> (total: Int, writes: Int) {
    let text = String(decoding: try await client.request(method: "GET", path: "/metrics").body, as: UTF8.self)
    return requestCounts(text, prefix: "apiserver_request_total{", verb: "verb")
}

/// Sums a request counter's samples in Prometheus text, all of them and the writes (by the
/// `verb` label: the server says APPLY and DELETECOLLECTION, a client says PATCH and DELETE).
private func requestCounts(_ text: String, prefix: String, verb label: String) -> (total: Int, writes: Int) {
    var total = 0
    var writes = 0
    for line in text.split(separator: "\n") where line.hasPrefix(prefix) {
        guard let value = line.split(separator: " ").last.flatMap({ Double($0) }) else { continue }
        total += Int(value)
        if ["POST", "PUT", "PATCH", "APPLY", "DELETE", "DELETECOLLECTION"].contains(where: { line.contains("\(label)=\"\($0)\"") }) {
            writes += Int(value)
        }
    }
    return (total, writes)
}

/// A process's peak memory and CPU time, from /proc (Linux).
private struct ProcessUsage {
    var peakResidentMegabytes = 0.0
    var cpuSeconds = 0.0

    init(pid: Int32) {
        if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        {
            peakResidentMegabytes = kilobytes / 1024
        }
        // Fields 14 and 15 of /proc/PID/stat (after the command in parentheses): utime, stime in ticks.
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        {
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            if fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) {
                cpuSeconds = (user + system) / ticks
            }
        }
    }
}

/// The operator's `controller_runtime_reconcile_total` for the Model controller, all results,
/// from its own /metrics (plain http on loopback, through the same libcurl transport).
private func operatorReconciles(port: Int) async throws -> Int {
    let response = try await CurlTransport().send(
        HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)/metrics")!, timeout: .seconds(10)))
    let text = String(decoding: response.body, as: UTF8.self)
    return text.split(separator: "\n")
        .filter { $0.hasPrefix("controller_runtime_reconcile_total{") && $0.contains("controller=\"model\"") }
        .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        .reduce(0) { $0 + Int($1) }
}

/// A loopback port nothing listens on now (the kernel's pick for port 0), for the operator's
/// metrics endpoint.
private func freeLoopbackPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
        }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
}

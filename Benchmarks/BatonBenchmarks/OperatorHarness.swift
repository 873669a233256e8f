import BatonAPI
import DevCluster
import DevMonitoring
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Prometheus

/// What the operator benchmarks stand on: an in-process DevCluster with simulated Jobs,
/// Deployments and model servers and Baton's CRDs installed, a client of the benchmark's own
/// whose requests are counted as the operator counts its own (so the server's
/// `apiserver_request_total` less them is the operator's), and `baton operator` — the release
/// binary built beside this one — in its own process.
struct BenchmarkCluster: Sendable {
    let cluster: DevCluster
    let client: KubeAPIClient
    private let kubeconfig: String
    private let directory: URL
    private let ownRequests: PrometheusCollectorRegistry

    private static let operatorBinary =
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baton")

    /// nil, having said why, when the operator is not built beside this binary.
    static func start(for benchmark: String) async throws -> BenchmarkCluster? {
        guard FileManager.default.isExecutableFile(atPath: operatorBinary.path) else {
            print("\(benchmark) benchmark skipped: build the operator beside this binary (swift build -c release --product baton)")
            return nil
        }
        let cluster = try await DevCluster.start(.init(simulation: true))
        let (directory, kubeconfig, configuration) = try temporaryKubeconfig(for: cluster)
        let ownRequests = PrometheusCollectorRegistry()
        let client = KubeAPIClient(
            configuration: configuration,
            transport: MeteredTransport(
                try CurlTransport(configuration: configuration),
                metricsFactory: PrometheusMetricsFactory(registry: ownRequests)),
            credentialProvider: configuration.credentialProvider())
        let crds = client.resource(.init(group: "apiextensions.k8s.io", version: "v1", resource: "customresourcedefinitions"))
        for definition in CustomResourceDefinitions.all {
            _ = try await crds.apply(definition, options: PatchOptions(fieldManager: "benchmark", force: true))
        }
        try await Task.sleep(for: .milliseconds(500))
        return BenchmarkCluster(
            cluster: cluster, client: client, kubeconfig: kubeconfig, directory: directory, ownRequests: ownRequests)
    }

    /// Starts `baton operator` on this cluster, its /metrics on a free loopback port, logging
    /// errors only, with `arguments` added.
    func startOperator(_ arguments: [String]) throws -> OperatorProcess {
        let process = Process()
        process.executableURL = Self.operatorBinary
        let metricsPort = try freeLoopbackPort()
        process.arguments = [
            "operator", "--kubeconfig", kubeconfig, "--metrics-bind-address", "127.0.0.1:\(metricsPort)",
            "--health-probe-bind-address", "0", "--log-format", "text", "--log-level", "error",
        ] + arguments
        try process.run()
        return OperatorProcess(process: process, metricsPort: metricsPort)
    }

    /// The requests the server has counted so far (`apiserver_request_total`) less the
    /// benchmark's own: the operator's, all verbs and the writes.
    func operatorRequests() async throws -> (total: Int, writes: Int) {
        let text = String(decoding: try await client.request(method: "GET", path: "/metrics").body, as: UTF8.self)
        let server = requestCounts(text, prefix: "apiserver_request_total{", verb: "verb")
        let own = requestCounts(ownRequests.emitToString(), prefix: "rest_client_requests_total{", verb: "method")
        return (server.total - own.total, server.writes - own.writes)
    }

    func stop() async {
        await cluster.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A kubeconfig for `cluster` written in a new temporary directory (the caller removes it), and
/// the client configuration read from it.
func temporaryKubeconfig(for cluster: DevCluster) throws -> (directory: URL, path: String, configuration: ClientConfiguration) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("kubeconfig").path
    try cluster.kubeconfig().write(toFile: path, atomically: true, encoding: .utf8)
    return (directory, path, try KubeConfigLoader(explicitPath: path, environment: [:]).load())
}

/// `baton operator` running as a child process.
struct OperatorProcess: Sendable {
    let process: Process
    let metricsPort: Int

    var usage: ProcessUsage { ProcessUsage(pid: process.processIdentifier) }

    /// Its /metrics (plain http on loopback, through the same libcurl transport).
    func metrics() async throws -> String {
        let response = try await CurlTransport().send(
            HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(metricsPort)/metrics")!, timeout: .seconds(10)))
        return String(decoding: response.body, as: UTF8.self)
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
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

/// The samples of metric `name` in Prometheus text whose labels contain every one of `labels`
/// (`controller="model"`), as (the labels' text, value).
func samples(_ name: String, where labels: [String] = [], in text: String) -> [(labels: Substring, value: Double)] {
    text.split(separator: "\n").compactMap { line in
        guard line.hasPrefix(name + "{") || line.hasPrefix(name + " "),
            let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]),
            labels.allSatisfy({ line.contains($0) })
        else { return nil }
        return (line[line.index(line.startIndex, offsetBy: name.count)..<space], value)
    }
}

/// A process's memory and CPU time, from /proc (Linux).
struct ProcessUsage {
    var peakResidentMegabytes = 0.0
    var residentMegabytes = 0.0
    var cpuSeconds = 0.0

    init(pid: Int32) {
        if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) {
            let kilobytes = { (field: String) in
                status.split(separator: "\n").first(where: { $0.hasPrefix(field) })
                    .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Double($0) } } ?? 0
            }
            peakResidentMegabytes = kilobytes("VmHWM:") / 1024
            residentMegabytes = kilobytes("VmRSS:") / 1024
        }
        // Fields 14 and 15 of /proc/PID/stat (after the command in parentheses): utime, stime in ticks.
        if let fields = statFields(pid) {
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            if fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) {
                cpuSeconds = (user + system) / ticks
            }
        }
    }

    /// The pid of a child of this process whose command (/proc/PID/comm) is `command`, if any.
    static func child(named command: String) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.lazy.compactMap { Int32($0) }.first { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .newlines) == command
                && statFields(pid).flatMap { $0.count > 1 ? Int32($0[1]) : nil } == getpid()
        }
    }
}

/// The fields of /proc/PID/stat after the command in parentheses (state, ppid, ...).
private func statFields(_ pid: Int32) -> [Substring]? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(after: close)...].split(separator: " ")
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

/// A benchmark cluster, the installed Prometheus scraping its model servers every
/// `scrapeInterval`, and `baton operator` using that Prometheus (with `operatorArguments`
/// besides), handed to `body` and stopped in reverse order however it ends; nil, having said
/// why, when the operator is not built.
func withMonitoredOperator(
    for benchmark: String, scrapeInterval: Duration = .seconds(1), operatorArguments: [String] = [],
    _ body: (BenchmarkCluster, OperatorProcess, MonitoringServer) async throws -> Void
) async throws {
    // Without Prometheus there is nothing to measure: say so before starting anything.
    _ = try await MonitoringProgram.prometheus.locate()
    guard let bench = try await BenchmarkCluster.start(for: benchmark) else { return }
    let prometheus: MonitoringServer
    do {
        prometheus = try await PrometheusServer.start(
            discoveryURL: bench.cluster.modelMetricsDiscoveryURL ?? "", scrapeInterval: scrapeInterval)
    } catch {
        await bench.stop()
        throw error
    }
    var outcome: (any Error)?
    do {
        let operatorProcess = try bench.startOperator(["--prometheus-url", prometheus.url] + operatorArguments)
        do { try await body(bench, operatorProcess, prometheus) } catch { outcome = error }
        operatorProcess.stop()
    } catch {
        outcome = error
    }
    await prometheus.stop()
    await bench.stop()
    if let outcome { throw outcome }
}

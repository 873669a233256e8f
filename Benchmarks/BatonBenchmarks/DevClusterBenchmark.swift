import DevCluster
import Foundation
import KubeClient
import KubeCore

/// DevCluster's throughput through the real path (KubeAPIClient → libcurl → HTTPS → the
/// embedded server): creates, gets, lists of 1,000 objects, and how long an event takes to
/// reach each of 100 watchers.
func runDevClusterBenchmark() async throws {
    let cluster = try await DevCluster.start(.init(simulation: false))
    let (directory, _, configuration) = try temporaryKubeconfig(for: cluster)
    let mainClient = KubeAPIClient(
        configuration: configuration, transport: try CurlTransport(configuration: configuration),
        credentialProvider: configuration.credentialProvider())
    let configMaps = mainClient.resource(GroupVersionResource(group: "", version: "v1", resource: "configmaps"), namespace: "default")
    @Sendable func configMap(_ name: String) -> JSONValue {
        ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name), "labels": ["bench": "yes"]],
         "data": ["model": "fraud-detector", "version": "2.1.0"]]
    }

    print("DevCluster over HTTPS with a bearer token (KubeAPIClient → CurlTransport)")
    let total = 1_000
    var seconds = try await timed(concurrency: 16, total: total) { index in
        _ = try await configMaps.create(configMap("cm-\(index)"))
    }
    printFigure("  create, 16 in flight (\(total) objects)", Double(total) / seconds, unit: "req/s")
    seconds = try await timed(concurrency: 1, total: 2_000) { index in
        _ = try await configMaps.get("cm-\(index % total)")
    }
    printFigure("  get, one at a time (2000)", 2_000 / seconds, unit: "req/s")
    seconds = try await timed(concurrency: 16, total: 10_000) { index in
        _ = try await configMaps.get("cm-\(index % total)")
    }
    printFigure("  get, 16 in flight (10000)", 10_000 / seconds, unit: "req/s")
    seconds = try await timed(concurrency: 1, total: 20) { _ in
        let list = try await configMaps.list()
        precondition(list.items.count == total)
    }
    printFigure("  list of 1,000 objects, one at a time (20)", 20 / seconds, unit: "lists/s")

    let watchers = 100
    let start = try await configMaps.list(ListOptions(limit: 1)).resourceVersion
    var streams: [AsyncThrowingStream<WatchEvent<JSONValue>, any Error>] = []
    // Over HTTP/1.1 each watch holds a connection and one client opens at most 64 per host, so
    // the watchers are spread over four clients (four processes' worth of informers).
    for client in 0..<4 {
        let watcherClient = client == 0 ? mainClient : KubeAPIClient(
            configuration: configuration, transport: try CurlTransport(configuration: configuration),
            credentialProvider: configuration.credentialProvider())
        let watched = watcherClient.resource(GroupVersionResource(group: "", version: "v1", resource: "configmaps"), namespace: "default")
        for _ in 0..<(watchers / 4) { streams.append(try await watched.watch(WatchOptions(resourceVersion: start))) }
    }
    let events = 50
    let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
        let sent = SentTimes()
        for stream in streams {
            group.addTask {
                var received: [Duration] = []
                for try await event in stream {
                    guard case .added(let object) = event, let name = object[path: ["metadata", "name"]]?.stringValue,
                        let index = Int(name.dropFirst("fan-".count)), let at = sent.time(of: index)
                    else { continue }
                    received.append(ContinuousClock.now - at)
                    if received.count == events { break }
                }
                return received
            }
        }
        for index in 0..<events {
            sent.record(index, at: ContinuousClock.now)
            _ = try await configMaps.create(configMap("fan-\(index)"))
            try await Task.sleep(for: .milliseconds(20))
        }
        var all: [Duration] = []
        for try await batch in group { all += batch }
        return all.sorted()
    }
    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
    printFigure("  watch fan-out to \(watchers) watchers, p50 (\(events) events)", milliseconds(latencies[latencies.count / 2]), unit: "ms")
    printFigure("  watch fan-out to \(watchers) watchers, p99", milliseconds(latencies[latencies.count * 99 / 100]), unit: "ms")
    printFigure("  watch fan-out to \(watchers) watchers, max", milliseconds(latencies.last!), unit: "ms")
    await cluster.stop()
    try? FileManager.default.removeItem(at: directory)
}

/// When each fan-out object was created, shared with the watcher tasks.
private final class SentTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [Int: ContinuousClock.Instant] = [:]

    func record(_ index: Int, at time: ContinuousClock.Instant) {
        lock.withLock { times[index] = time }
    }

    func time(of index: Int) -> ContinuousClock.Instant? {
        lock.withLock { times[index] }
    }
}

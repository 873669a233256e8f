import Foundation
import KubeClient
import KubeCore

/// Client requests/s for small GETs against a loopback server, through the whole client stack
/// (KubeAPIClient → CurlTransport → libcurl's multi engine): one request at a time, which
/// measures per-request latency, and 64 in flight, which measures the engine's concurrency.
func runClientBenchmark() async throws {
    let server = try await LoopbackServer(
        body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bench","namespace":"default","resourceVersion":"1"},"data":{"key":"value"}}"#)
    defer { Task { try? await server.shutdown() } }
    guard let url = URL(string: "http://127.0.0.1:\(server.port)") else { return }
    let configuration = ClientConfiguration(server: url)
    let client = KubeAPIClient(
        configuration: configuration, transport: try CurlTransport(configuration: configuration),
        credentialProvider: StaticCredentialProvider.none)
    let configMaps = client.resource(GroupVersionResource(group: "", version: "v1", resource: "configmaps"), namespace: "default")

    print("Client, small GETs against a loopback HTTP/1.1 server")
    for concurrency in [1, 64] {
        let total = concurrency == 1 ? 4_000 : 20_000
        _ = try await configMaps.get("bench")  // warm the connection
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    for _ in stride(from: worker, to: total, by: concurrency) {
                        _ = try await configMaps.get("bench")
                    }
                }
            }
            try await group.waitForAll()
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        printFigure("  \(concurrency) in flight (\(total) requests)", Double(total) / seconds, unit: "req/s")
    }
}

import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The operator's own HTTP endpoints: `/healthz` and `/readyz` for the kubelet's probes and
/// `/metrics` for Prometheus, each on the address its flag names (one server per address).
public struct EndpointServer: Service {
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - liveness: the checks that fail now for `/healthz`, by name (empty = alive); nil
    ///     serves no `/healthz`.
    ///   - readiness: the checks that fail now for `/readyz` (empty = ready); nil serves no
    ///     `/readyz`.
    ///   - metrics: renders the metrics in the Prometheus text format (0.0.4) for each GET
    ///     /metrics, e.g. `{ registry.emitToBuffer() }` for a swift-prometheus registry; nil
    ///     serves no `/metrics`.
    ///   - onListening: called with the bound port (useful with port 0).
    public init(
        address: BindAddress, liveness: (@Sendable () async -> [String])?, readiness: (@Sendable () -> [String])?,
        metrics: (@Sendable () -> [UInt8])?, logger: Logger, onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        let router = Router()
        if let liveness {
            router.get("/healthz") { _, _ in Self.probe("healthz", failing: await liveness()) }
        }
        if let readiness {
            router.get("/readyz") { _, _ in Self.probe("readyz", failing: readiness()) }
        }
        if let metrics {
            router.get("/metrics") { _, _ -> Response in
                Response(
                    status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: metrics())))
            }
        }
        application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// The Kubernetes API server's probe format: `ok`, or 500 with one `[-]check reason` line
    /// per failing check, so `kubectl get --raw` and the kubelet's event show what failed.
    private static func probe(_ name: String, failing: [String]) -> Response {
        guard failing.isEmpty else {
            let body = failing.map { "[-]\($0)" }.joined(separator: "\n") + "\n\(name) check failed\n"
            return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok")))
    }

    public func run() async throws {
        try await application.run()
    }
}

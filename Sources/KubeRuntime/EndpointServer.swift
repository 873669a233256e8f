import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// The operator's own HTTP endpoints: `/healthz` and `/readyz` for the kubelet's probes and
/// `/metrics` for Prometheus, each on the address its flag names (one server per address).
public struct EndpointServer: Service {
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - readiness: the checks that fail now, by name (empty = ready); nil serves no probes.
    ///   - metrics: the registry to expose at /metrics; nil serves none.
    ///   - onListening: called with the bound port (useful with port 0).
    public init(
        address: BindAddress, readiness: (@Sendable () -> [String])?, metrics: PrometheusCollectorRegistry?,
        logger: Logger, onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        let router = Router()
        if let readiness {
            router.get("/healthz") { _, _ in "ok" }
            router.get("/readyz") { _, _ -> Response in
                let failing = readiness()
                guard failing.isEmpty else {
                    let body = failing.map { "[-]\($0)" }.joined(separator: "\n") + "\nreadyz check failed\n"
                    return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: body)))
                }
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok")))
            }
        }
        if let metrics {
            router.get("/metrics") { _, _ -> Response in
                Response(
                    status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: metrics.emitToBuffer())))
            }
        }
        application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    public func run() async throws {
        try await application.run()
    }
}

import Foundation
import Hummingbird
import HummingbirdTLS
import KubeCore
import Logging
import NIOSSL
import ServiceLifecycle

/// An embedded Kubernetes-compatible API server on loopback, with its in-process controllers
/// (garbage collection, namespaces, CRDs) and, unless switched off, the simulated workloads.
/// `start` returns once it accepts connections; `stop` ends watches and shuts it down.
public final class DevCluster: Sendable {
    public struct Configuration: Sendable {
        /// 0 picks a free port.
        public var port: Int
        public var host: String
        /// Simulated Jobs, Pods and Deployments (off: a bare API server).
        public var simulation: Bool
        /// Changes kept for watches resuming from a resourceVersion; older ones get 410 Gone.
        public var watchHistory: Int
        /// Requests served at once before 429 (kube-apiserver's `--max-requests-inflight` and
        /// `--max-mutating-requests-inflight`, 400 and 200); watches are not counted.
        public var maxRequestsInFlight: Int
        public var maxMutatingRequestsInFlight: Int
        /// How often watchers that asked for bookmarks get one.
        public var bookmarkInterval: Duration
        public var logger: Logger

        public init(
            port: Int = 0, host: String = "127.0.0.1", simulation: Bool = true, watchHistory: Int = 10_000,
            maxRequestsInFlight: Int = InFlightLimit.defaultReadOnly,
            maxMutatingRequestsInFlight: Int = InFlightLimit.defaultMutating, bookmarkInterval: Duration = .seconds(15),
            logger: Logger = Logger(label: "baton.dev")
        ) {
            self.bookmarkInterval = bookmarkInterval
            self.port = port
            self.host = host
            self.simulation = simulation
            self.watchHistory = watchHistory
            self.maxRequestsInFlight = maxRequestsInFlight
            self.maxMutatingRequestsInFlight = maxMutatingRequestsInFlight
            self.logger = logger
        }
    }

    /// `https://127.0.0.1:<port>`.
    public let url: String
    public let port: Int
    /// The bearer token every request but `/version` and the health checks must carry.
    public let token: String
    public let certificates: ServingCertificates
    /// `http://127.0.0.1:<port>` of the simulated model servers' metrics: each serving pod's at
    /// `/pods/<namespace>/<pod>/metrics`; nil when the simulation is off.
    public let modelMetricsURL: String?
    /// Where Prometheus' `http_sd_configs` finds the serving pods as scrape targets.
    public var modelMetricsDiscoveryURL: String? { modelMetricsURL.map { $0 + "/sd" } }
    let api: APIServer
    private let serviceGroup: ServiceGroup
    private let tasks: [Task<Void, Never>]

    private init(
        url: String, port: Int, token: String, certificates: ServingCertificates, modelMetricsURL: String?, api: APIServer,
        serviceGroup: ServiceGroup, tasks: [Task<Void, Never>]
    ) {
        self.url = url
        self.port = port
        self.token = token
        self.certificates = certificates
        self.modelMetricsURL = modelMetricsURL
        self.api = api
        self.serviceGroup = serviceGroup
        self.tasks = tasks
    }

    public static func start(_ configuration: Configuration = Configuration()) async throws -> DevCluster {
        let certificates = try ServingCertificates()
        let token = Self.randomToken()
        let store = ObjectStore(limits: ObjectStore.Limits(history: configuration.watchHistory))
        let api = APIServer(
            store: store, registry: ResourceRegistry(), clock: { Date() }, token: token, logger: configuration.logger,
            inFlight: InFlightLimit(
                readOnly: configuration.maxRequestsInFlight, mutating: configuration.maxMutatingRequestsInFlight))
        let changes = store.changes()
        try Bootstrap.createSystemObjects(api.writes)

        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(certificates.certificatePEM.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(certificates.privateKeyPEM.utf8), format: .pem)))
        tls.applicationProtocols = ["http/1.1"]
        // NIOSSL would otherwise still accept TLS 1.0 and 1.1, which RFC 8996 retired; every
        // client worth serving (kubectl, curl, the operator) speaks 1.2 or 1.3.
        tls.minimumTLSVersion = .tlsv12
        // Closing a connection waits this long for the client's close_notify (5 s by default),
        // which clients that just drop idle connections never send.
        tls.shutdownTimeout = .milliseconds(200)
        let apiPort = ListeningPort()
        let application = Application(
            responder: HTTPAdapter(api: api),
            server: try .tls(.http1(), tlsConfiguration: tls),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: apiPort.onServerRunning,
            logger: configuration.logger)
        // The simulated model servers' metrics and their service discovery, on a plain-HTTP
        // listener of their own as a pod's metrics port would be.
        let modelServingPort = configuration.simulation ? ListeningPort() : nil
        var services: [any Service] = [application]
        if let modelServingPort {
            let simulator = ModelServingSimulator(writes: api.writes, logger: configuration.logger)
            services.append(Application(
                router: ModelServingRoutes.router(simulator),
                configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: 0), serverName: nil),
                onServerRunning: modelServingPort.onServerRunning,
                logger: configuration.logger))
        }
        let serviceGroup = ServiceGroup(
            configuration: {
                var group = ServiceGroupConfiguration(services: services, logger: configuration.logger)
                // Connections whose client vanished mid-watch (a killed operator) can sit in
                // CLOSE-WAIT and hold a graceful shutdown open forever; after this long, they are cut.
                group.maximumGracefulShutdownDuration = .seconds(5)
                return group
            }())
        let server = Task {
            do { try await serviceGroup.run() } catch {
                configuration.logger.error("dev cluster server stopped: \(error)")
            }
            apiPort.finish()
            modelServingPort?.finish()
        }
        guard let port = await apiPort.value(), port > 0 else {
            await serviceGroup.triggerGracefulShutdown()
            throw DevClusterError.couldNotListen(host: configuration.host, port: configuration.port)
        }
        let hostForURL = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        var modelMetricsURL: String?
        if let modelServingPort {
            guard let port = await modelServingPort.value(), port > 0 else {
                await serviceGroup.triggerGracefulShutdown()
                throw DevClusterError.couldNotListen(host: configuration.host, port: 0)
            }
            modelMetricsURL = "http://\(hostForURL):\(port)"
        }
        let controllers = ClusterControllers(writes: api.writes, simulation: configuration.simulation)
        let background = Task { await controllers.run(changes) }
        let bookmarks = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: configuration.bookmarkInterval)
                store.sendBookmarks()
            }
        }
        return DevCluster(
            url: "https://\(hostForURL):\(port)", port: port, token: token, certificates: certificates,
            modelMetricsURL: modelMetricsURL, api: api, serviceGroup: serviceGroup, tasks: [server, background, bookmarks])
    }

    /// Ends open watches (they would hold a graceful shutdown up for their whole timeout) and
    /// stops the server and the controllers.
    public func stop() async {
        api.store.closeAllWatchers()
        await serviceGroup.triggerGracefulShutdown()
        for task in tasks.dropFirst() { task.cancel() }
        for task in tasks { await task.value }
    }

    /// A kubeconfig for this cluster: the CA, the server URL and the token.
    /// The cluster, user and context name of the kubeconfig `kubeconfig()` writes by default.
    public static let kubeconfigContext = "baton-dev"

    public func kubeconfig(context: String = kubeconfigContext) -> String {
        let authority = Data(certificates.authorityPEM.utf8).base64EncodedString()
        return """
            apiVersion: v1
            kind: Config
            clusters:
            - name: \(context)
              cluster:
                server: \(url)
                certificate-authority-data: \(authority)
            users:
            - name: \(context)
              user:
                token: \(token)
            contexts:
            - name: \(context)
              context:
                cluster: \(context)
                user: \(context)
                namespace: default
            current-context: \(context)

            """
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}

public enum DevClusterError: Error, CustomStringConvertible {
    case couldNotListen(host: String, port: Int)

    public var description: String {
        switch self {
        case .couldNotListen(let host, let port): return "could not listen on \(host):\(port) (is the port in use?)"
        }
    }
}

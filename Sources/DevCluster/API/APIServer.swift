import Foundation
import KubeCore
import Logging

/// The Kubernetes API as DevCluster serves it, independent of the HTTP server that carries it:
/// authentication, discovery, OpenAPI, health, metrics, and the resource verbs.
final class APIServer: Sendable {
    let registry: ResourceRegistry
    let store: ObjectStore
    let writes: ObjectWrites
    let metrics = APIMetrics()
    let token: String?
    let logger: Logger
    let inFlight: InFlightLimit
    let openAPI: OpenAPICache
    /// kube-apiserver refuses bodies over 3 MiB (`MaxRequestBodyBytes`).
    static let maximumBodyBytes = 3 * 1024 * 1024

    init(
        store: ObjectStore, registry: ResourceRegistry, clock: @escaping @Sendable () -> Date, token: String?,
        logger: Logger, inFlight: InFlightLimit = InFlightLimit()
    ) {
        self.inFlight = inFlight
        self.openAPI = OpenAPICache(registry: registry)
        self.store = store
        self.registry = registry
        self.writes = ObjectWrites(store: store, registry: registry, clusterIPs: ClusterIPAllocator(), clock: clock)
        self.token = token
        self.logger = logger
    }

    func handle(_ request: APIRequest) async -> APIResponse {
        let started = ContinuousClock.now
        let target = RequestTarget(path: request.path)
        var labels = APIMetrics.RequestLabels(verb: request.method)
        let response: APIResponse
        let mutating = !["GET", "HEAD", "OPTIONS"].contains(request.method)
        let counted = !(request.query["watch"] == "true" || request.query["watch"] == "1")
        if let token, !Self.isPublic(target),
            !ConstantTimeComparison.isEqual(Array(request.authorization.utf8), Array("Bearer \(token)".utf8))
        {
            response = APIResponse(.unauthorized())
        } else if counted && !inFlight.acquire(mutating: mutating) {
            var refused = APIResponse(.tooManyRequests("Too many requests, please try again later.", retryAfterSeconds: 1))
            refused.retryAfterSeconds = 1
            response = refused
        } else {
            do {
                response = try await route(target, request, &labels)
            } catch {
                response = APIResponse(error.status)
            }
            if counted { inFlight.release(mutating: mutating) }
        }
        let elapsed = ContinuousClock.now - started
        metrics.record(labels, code: response.status, duration: elapsed)
        if response.status >= 500 {
            logger.error("\(request.method) \(request.path) → \(response.status)")
        } else {
            logger.debug("\(request.method) \(request.path) → \(response.status) in \(elapsed)")
        }
        return response
    }

    /// What kube-apiserver serves to anyone (system:public-info-viewer).
    private static func isPublic(_ target: RequestTarget) -> Bool {
        switch target {
        case .version, .health: return true
        default: return false
        }
    }

    private func route(_ target: RequestTarget, _ request: APIRequest, _ labels: inout APIMetrics.RequestLabels) async throws(APIError) -> APIResponse {
        let discovery = Discovery(registry: registry)
        guard request.method == "GET" || Self.isResource(target) else {
            throw APIError(.methodNotSupported(resource: "", action: request.method))
        }
        switch target {
        case .version: return APIResponse(json: ServerVersion.document)
        case .health: return APIResponse(text: "ok")
        case .metrics: return APIResponse(status: 200, contentType: "text/plain; version=0.0.4", body: .bytes(metrics.exposition()))
        case .openAPIv3Root:
            return APIResponse(status: 200, body: .bytes(openAPI.document("root") { $0.root() } ?? []))
        case .openAPIv3(let group, let version):
            guard let bytes = openAPI.document("\(group)/\(version)", build: { $0.document(group: group, version: version) }) else {
                throw Self.notFound
            }
            return APIResponse(status: 200, body: .bytes(bytes))
        case .openAPIv2:
            // Only JSON is spoken here; a client asking for protobuf alone gets 406, not bytes it
            // would fail to parse.
            if request.accept.contains("protobuf") && !request.accept.contains("json") {
                throw APIError(Status(
                    status: Status.failure, message: "only application/json is supported for /openapi/v2",
                    reason: .notAcceptable, details: StatusDetails(), code: 406))
            }
            return APIResponse(status: 200, body: .bytes(openAPI.document("v2") { $0.swagger() } ?? []))
        case .unknown: throw Self.notFound
        case .coreVersions: return APIResponse(json: discovery.coreVersions())
        case .groups: return APIResponse(json: discovery.groups())
        case .group(let name):
            guard let document = discovery.group(name) else { throw Self.notFound }
            return APIResponse(json: document)
        case .groupVersion(let group, let version):
            guard let document = discovery.resources(group: group, version: version) else { throw Self.notFound }
            return APIResponse(json: document)
        case .resource(let path):
            guard let type = registry.lookup(group: path.group, version: path.version, plural: path.resource) else {
                throw Self.notFound
            }
            return try await ResourceHandler(server: self, type: type, path: path, request: request).respond(&labels)
        }
    }

    private static func isResource(_ target: RequestTarget) -> Bool {
        if case .resource = target { return true }
        return false
    }

    static let notFound = APIError(Status(
        status: Status.failure, message: "the server could not find the requested resource", reason: .notFound,
        details: StatusDetails(), code: 404))
}

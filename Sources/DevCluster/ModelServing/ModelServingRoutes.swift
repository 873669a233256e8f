import Hummingbird
import KubeCore
import NIOCore

/// The plain-HTTP listener of the simulated model servers: `GET /sd` for Prometheus' HTTP
/// service discovery and `GET /pods/<namespace>/<pod>/metrics` for each serving pod's metrics.
/// One listener serves every pod; the targets differ by metrics path only.
enum ModelServingRoutes {
    static func router(_ simulator: ModelServingSimulator) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/sd") { request, _ in
            // The targets are at the address the discovery request came to: this listener's,
            // as its client reaches it.
            guard let address = request.head.authority else {
                return Self.response(.badRequest, Self.plainText, "a Host header is required\n")
            }
            // Prometheus requires 200 with application/json, and `[]` when there are no targets.
            let body = (try? simulator.targets(address: address).jsonString()) ?? "[]"
            return Self.response(.ok, "application/json", body)
        }
        router.get("/pods/:namespace/:pod/metrics") { _, context in
            let namespace = try context.parameters.require("namespace")
            let pod = try context.parameters.require("pod")
            guard let page = simulator.metrics(namespace: namespace, pod: pod) else {
                return Self.response(.notFound, Self.plainText, "no serving pod \(namespace)/\(pod)\n")
            }
            return Self.response(.ok, MetricsExposition.contentType, page)
        }
        return router
    }

    private static let plainText = "text/plain; charset=utf-8"

    private static func response(_ status: HTTPResponse.Status, _ contentType: String, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

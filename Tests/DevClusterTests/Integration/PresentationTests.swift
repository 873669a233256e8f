import TestSupport
import Foundation
import KubeClient
import KubeCore
import Testing

/// What clients read about the server: discovery, OpenAPI v3, Table output, /version,
/// health checks and Prometheus metrics.
@Suite struct PresentationTests {
    private func get(_ fixture: DevClusterFixture, _ path: String, query: [(name: String, value: String)] = []) async throws -> JSONValue {
        try JSONParser().parse(try await fixture.client.request(method: "GET", path: path, query: query).body)
    }

    @Test func discoveryListsGroupsVersionsAndResources() async throws {
        try await withDevCluster { fixture in
            #expect(try await get(fixture, "/api")["versions"] == ["v1"])
            let groups = try await get(fixture, "/apis")["groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            for group in ["apps", "batch", "autoscaling", "coordination.k8s.io", "events.k8s.io", "networking.k8s.io", "rbac.authorization.k8s.io", "apiextensions.k8s.io"] {
                #expect(groups.contains(group), "\(group)")
            }
            let apps = try await get(fixture, "/apis/apps/v1")["resources"]?.arrayValue ?? []
            let deployments = apps.first { $0["name"] == "deployments" }
            #expect(deployments?["kind"] == "Deployment" && deployments?["namespaced"] == true)
            #expect(deployments?["shortNames"] == ["deploy"] && deployments?["categories"] == ["all"])
            #expect(apps.contains { $0["name"] == "deployments/scale" && $0["kind"] == "Scale" })
            #expect(try await get(fixture, "/version")["minor"] == "32")
        }
    }

    @Test func openAPIv3DeclaresSchemasAndFieldValidation() async throws {
        try await withDevCluster { fixture in
            let root = try await get(fixture, "/openapi/v3")
            let url = root[path: ["paths", "apis/apps/v1", "serverRelativeURL"]]?.stringValue ?? ""
            #expect(url.hasPrefix("/openapi/v3/apis/apps/v1?hash="))
            let document = try await get(fixture, "/openapi/v3/apis/apps/v1")
            let schema = document[path: ["components", "schemas", "io.k8s.api.apps.v1.Deployment"]]
            #expect(schema?["x-kubernetes-group-version-kind"] == [["group": "apps", "version": "v1", "kind": "Deployment"]])
            #expect(schema?[path: ["properties", "spec", "properties", "replicas", "type"]] == "integer")
            let patch = document[path: ["paths", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patch"]]
            #expect(patch?["parameters"]?.arrayValue?.contains { $0["name"] == "fieldValidation" } == true)
        }
    }

    @Test func tablesCarryTheKindsColumns() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.deployments.create(webDeployment("web", replicas: 3))
            var request = HTTPRequest(
                method: "GET", url: URL(string: fixture.cluster.url + "/apis/apps/v1/namespaces/default/deployments")!,
                headers: [("Authorization", "Bearer \(fixture.cluster.token)"), ("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io, application/json")])
            request.timeout = .seconds(10)
            var configuration = ClientConfiguration(server: URL(string: fixture.cluster.url)!)
            configuration.tls.certificateAuthorityPEM = Data(fixture.cluster.certificates.authorityPEM.utf8)
            let response = try await CurlTransport(configuration: configuration).send(request)
            let table = try JSONParser().parse(response.body)
            #expect(table["kind"] == "Table")
            let columns = table["columnDefinitions"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            #expect(columns == ["Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector"])
            let cells = table["rows"]?[0]?["cells"]?.arrayValue ?? []
            #expect(cells.prefix(4) == ["web", "0/3", 0, 0])
            #expect(table["rows"]?[0]?[path: ["object", "kind"]] == "PartialObjectMetadata")
        }
    }

    @Test func metricsCountRequestsUnderKubeApiserverNames() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a"))
            _ = try await fixture.configMaps.get("a")
            _ = try? await fixture.configMaps.get("missing")
            let text = String(decoding: try await fixture.client.request(method: "GET", path: "/metrics").body, as: UTF8.self)
            let lines = text.split(separator: "\n").filter { $0.hasPrefix("apiserver_request_total{") && $0.contains("resource=\"configmaps\"") }
            func count(_ verb: String, _ code: String) -> Int? {
                lines.first { $0.contains("verb=\"\(verb)\"") && $0.contains("code=\"\(code)\"") }
                    .flatMap { Int($0.split(separator: " ").last ?? "") }
            }
            #expect(count("POST", "201") == 1)
            #expect(count("GET", "200") == 1)
            #expect(count("GET", "404") == 1)
            #expect(text.contains("apiserver_request_duration_seconds_bucket{"))
            let health = try await fixture.client.request(method: "GET", path: "/readyz")
            #expect(String(decoding: health.body, as: UTF8.self) == "ok")
        }
    }
}

import Foundation
import KubeClient
import KubeCore
import TestSupport
import Testing

/// Protobuf bodies through the API server: decoded kinds are created like JSON ones, the rest
/// are answered with statuses that say what to do instead.
@Suite struct ProtobufRequestTests {
    typealias Encoder = ProtobufTestEncoder
    private static let protobuf = "application/vnd.kubernetes.protobuf"

    private func post(_ fixture: DevClusterFixture, _ path: String, _ body: [UInt8], contentType: String = protobuf) async throws -> (Int, Status?) {
        do {
            let response = try await fixture.client.request(method: "POST", path: path, body: Data(body), contentType: contentType)
            return (response.status, nil)
        } catch let error as KubeAPIError {
            return (Int(error.status.code ?? 0), error.status)
        }
    }

    @Test func configMapIsCreated() async throws {
        try await withDevCluster { fixture in
            let body = Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: Encoder.message { map in
                map.message(1) { $0.string(1, "settings"); $0.string(3, ""); $0.varint(7, 0); $0.lengthDelimited(8, []) }
                map.entry(2, "a", "b")
            })
            let (code, _) = try await post(fixture, "/api/v1/namespaces/default/configmaps", body)
            #expect(code == 201)
            let stored = try await fixture.configMaps.get("settings")
            #expect(stored["data"] == ["a": "b"])
            #expect(stored[path: ["metadata", "namespace"]] == "default")
        }
    }

    @Test func malformedBodiesAreBadRequests() async throws {
        try await withDevCluster { fixture in
            let truncated = Array(Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: Encoder.message { $0.message(1) { $0.string(1, "x") } }).dropLast())
            let (code, status) = try await post(fixture, "/api/v1/namespaces/default/configmaps", truncated)
            #expect(code == 400 && status?.reason == .badRequest)
            #expect(status?.message?.hasPrefix("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: protobuf: ") == true, "\(status?.message ?? "nil")")
            let (emptyCode, empty) = try await post(fixture, "/api/v1/namespaces/default/configmaps", [])
            #expect(emptyCode == 400 && empty?.message?.contains("the body of the request is empty") == true)
            let stored = try await fixture.configMaps.list().items
            #expect(stored.isEmpty)
        }
    }

    @Test func otherKindsAreUnsupportedMediaTypes() async throws {
        try await withDevCluster { fixture in
            let deployment = Encoder.envelope(apiVersion: "apps/v1", kind: "Deployment", raw: Encoder.message { $0.message(1) { $0.string(1, "web") } })
            let (code, status) = try await post(fixture, "/apis/apps/v1/namespaces/default/deployments", deployment)
            #expect(code == 415 && status?.reason == .unsupportedMediaType)
            #expect(status?.message?.contains("protobuf request bodies are only understood for ClusterRole, ClusterRoleBinding, ConfigMap") == true)
            #expect(status?.message?.contains("kubectl apply -f") == true, "\(status?.message ?? "nil")")
        }
    }

    @Test func acceptedMediaTypesAreListed() async throws {
        try await withDevCluster { fixture in
            let (code, status) = try await post(fixture, "/api/v1/namespaces/default/configmaps", Array("x".utf8), contentType: "text/plain")
            #expect(code == 415)
            #expect(status?.message == "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf")
        }
    }

    @Test func patchesStayJSONAndYAML() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "x"]])
            let body = Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: Encoder.message { $0.message(1) { $0.string(1, "x") } })
            do {
                _ = try await fixture.client.request(method: "PATCH", path: "/api/v1/namespaces/default/configmaps/x", body: Data(body), contentType: Self.protobuf)
                Issue.record("a protobuf patch was accepted")
            } catch let error as KubeAPIError {
                #expect(error.status.code == 415)
            }
        }
    }
}

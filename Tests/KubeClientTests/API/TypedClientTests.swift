import Foundation
import KubeCore
import Testing

@testable import KubeClient

/// A built-in namespaced kind. `apiVersion` and `kind` are optional, as list items lack them.
private struct ConfigMap: KubeResource, Equatable {
    static let groupVersionResource = GroupVersionResource(group: "", version: "v1", resource: "configmaps")
    static let kind = "ConfigMap"
    static let isNamespaced = true

    var apiVersion: String?
    var kind: String?
    var metadata: ObjectMeta
    var data: [String: String]?
}

/// A custom resource with a status subresource.
private struct Model: KubeResource, Equatable {
    struct Spec: Codable, Equatable { var version: String }
    struct Status: Codable, Equatable { var phase: String? }

    static let groupVersionResource = GroupVersionResource(group: "baton.dev", version: "v1alpha1", resource: "models")
    static let kind = "Model"
    static let isNamespaced = true

    var metadata: ObjectMeta
    var spec: Spec
    var status: Status?
}

/// A cluster-scoped kind.
private struct Namespace: KubeResource, Equatable {
    static let groupVersionResource = GroupVersionResource(group: "", version: "v1", resource: "namespaces")
    static let kind = "Namespace"
    static let isNamespaced = false

    var metadata: ObjectMeta
}

@Suite struct TypedClientTests {
    private static let settings = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"default","resourceVersion":"7","labels":{"team":"risk"}},"data":{"mode":"fast"}}"#
    private static let model = #"{"apiVersion":"baton.dev/v1alpha1","kind":"Model","metadata":{"name":"fraud","namespace":"risk","generation":2},"spec":{"version":"2.1.0"},"status":{"phase":"Ready"}}"#

    private static func echo(_ request: RecordedRequest) -> TestResponse {
        .full(status: 200, headers: [("Content-Type", "application/json")], body: request.body)
    }

    @Test func getDecodesTheTypedObject() async throws {
        try await withAPIServer(handler: { _ in .json(Self.settings) }) { server, client in
            let configMap = try await client.typed(ConfigMap.self, namespace: "default").get("settings")
            #expect(configMap.metadata.name == "settings")
            #expect(configMap.metadata.resourceVersion == "7")
            #expect(configMap.metadata.labels == ["team": "risk"])
            #expect(configMap.data == ["mode": "fast"])
            #expect(server.requests.map(\.uri) == ["/api/v1/namespaces/default/configmaps/settings"])
        }
    }

    @Test func listReturnsItemsWithTheContinueTokenAndResourceVersion() async throws {
        let list = #"{"kind":"ModelList","apiVersion":"baton.dev/v1alpha1","metadata":{"resourceVersion":"900","continue":"next"},"items":[\#(Self.model)]}"#
        try await withAPIServer(handler: { _ in .json(list) }) { server, client in
            let page = try await client.typed(Model.self).list(ListOptions(labelSelector: "team=risk", limit: 1))
            #expect(page.items.map(\.spec.version) == ["2.1.0"])
            #expect(page.items.first?.status?.phase == "Ready")
            #expect(page.continueToken == "next")
            #expect(page.resourceVersion == "900")
            #expect(server.requests.map(\.uri) == ["/apis/baton.dev/v1alpha1/models?labelSelector=team%3Drisk&limit=1"])
        }
    }

    @Test func listAllCollectsEveryPage() async throws {
        let handler: TestServer.Handler = { request in
            if request.queryItems.contains(where: { $0.name == "continue" }) {
                return .json(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"31"},"items":[{"metadata":{"name":"b"}}]}"#)
            }
            return .json(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"31","continue":"c"},"items":[{"metadata":{"name":"a"}}]}"#)
        }
        try await withAPIServer(handler: handler) { server, client in
            let all = try await client.typed(ConfigMap.self, namespace: "default").listAll(ListOptions(limit: 1))
            #expect(all.items.map(\.metadata.name) == ["a", "b"])
            #expect(all.continueToken == nil)
            #expect(server.requests.count == 2)
        }
    }

    @Test func createSendsApiVersionAndKindEvenWhenTheTypeDoesNotStoreThem() async throws {
        let model = Model(metadata: ObjectMeta(name: "fraud", namespace: "risk"), spec: .init(version: "2.1.0"))
        try await withAPIServer(handler: { Self.echo($0) }) { server, client in
            let created = try await client.typed(Model.self).create(model, options: WriteOptions(fieldManager: "baton"))
            #expect(created == model)
            let request = try #require(server.requests.first)
            #expect(request.method == "POST")
            #expect(request.uri == "/apis/baton.dev/v1alpha1/namespaces/risk/models?fieldManager=baton")
            #expect(request.header("Content-Type") == "application/json")
            let body = try parsedJSON(request.body)
            #expect(body["apiVersion"] == "baton.dev/v1alpha1")
            #expect(body["kind"] == "Model")
            #expect(body["spec"] == ["version": "2.1.0"])
        }
    }

    @Test func updateAndUpdateStatusPutToTheObjectAndItsStatus() async throws {
        var model = try JSONDecoder().decode(Model.self, from: Data(Self.model.utf8))
        model.status = .init(phase: "Degraded")
        try await withAPIServer(handler: { Self.echo($0) }) { server, client in
            let models = client.typed(Model.self, namespace: "risk")
            _ = try await models.update(model)
            let updated = try await models.updateStatus(model, options: WriteOptions(dryRun: true))
            #expect(updated.status?.phase == "Degraded")
            #expect(server.requests.map(\.method) == ["PUT", "PUT"])
            #expect(
                server.requests.map(\.uri) == [
                    "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud",
                    "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud/status?dryRun=All",
                ])
        }
    }

    @Test func applyIsServerSideApplyWithTheTypesIdentity() async throws {
        let configMap = ConfigMap(metadata: ObjectMeta(name: "settings"), data: ["mode": "safe"])
        try await withAPIServer(handler: { _ in .json(Self.settings) }) { server, client in
            _ = try await client.typed(ConfigMap.self, namespace: "default").apply(
                configMap, options: PatchOptions(fieldManager: "baton", force: true))
            let request = try #require(server.requests.first)
            #expect(request.method == "PATCH")
            #expect(request.uri == "/api/v1/namespaces/default/configmaps/settings?fieldManager=baton&force=true")
            #expect(request.header("Content-Type") == "application/apply-patch+yaml")
            #expect(
                try parsedJSON(request.body)
                    == ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings"], "data": ["mode": "safe"]])
        }
    }

    @Test func patchReturnsTheTypedResult() async throws {
        try await withAPIServer(handler: { _ in .json(Self.model) }) { server, client in
            let model = try await client.typed(Model.self, namespace: "risk").patch(
                "fraud", type: .merge, body: ["status": ["phase": "Ready"]], subresource: "status")
            #expect(model.status?.phase == "Ready")
            #expect(server.requests.first?.uri == "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud/status")
            #expect(server.requests.first?.header("Content-Type") == "application/merge-patch+json")
        }
    }

    @Test func deleteReturnsTheObjectOrTheStatus() async throws {
        let success = #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"settings","kind":"configmaps"}}"#
        try await withAPIServer(handler: { request in request.uri.hasSuffix("settings") ? .json(success) : .json(Self.model) }) {
            _, client in
            let configMaps = client.typed(ConfigMap.self, namespace: "default")
            guard case let .status(status) = try await configMaps.delete("settings") else {
                throw UnexpectedOutcome("expected a Status")
            }
            #expect(status.details?.name == "settings")
            guard case let .object(model) = try await client.typed(Model.self, namespace: "risk").delete("fraud") else {
                throw UnexpectedOutcome("expected the object")
            }
            #expect(model.metadata.generation == 2)
        }
    }

    @Test func deleteCollectionReturnsTheDeletedItems() async throws {
        let deleted = #"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#
        try await withAPIServer(handler: { _ in .json(deleted) }) { server, client in
            guard
                case let .object(list) = try await client.typed(ConfigMap.self, namespace: "default").deleteCollection(
                    ListOptions(labelSelector: "team=risk"))
            else { throw UnexpectedOutcome("expected the deleted list") }
            #expect(list.items.map(\.metadata.name) == ["a", "b"])
            #expect(server.requests.first?.uri == "/api/v1/namespaces/default/configmaps?labelSelector=team%3Drisk")
        }
    }

    @Test func watchDecodesTypedEventsAndThrowsGone() async throws {
        let frames = [
            #"{"type":"ADDED","object":\#(Self.model)}"#,
            #"{"type":"BOOKMARK","object":{"kind":"Model","apiVersion":"baton.dev/v1alpha1","metadata":{"resourceVersion":"950"}}}"#,
            #"{"type":"DELETED","object":\#(Self.model)}"#,
            StatusBodies.watchExpired,
        ]
        let body = Data(frames.map { $0 + "\n" }.joined().utf8)
        let chunks = stride(from: 0, to: body.count, by: 13).map {
            TestResponse.Chunk(body.subdata(in: $0..<min($0 + 13, body.count)))
        }
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks) }) { server, client in
            var events: [WatchEvent<Model>] = []
            do {
                for try await event in try await client.typed(Model.self, namespace: "risk").watch(
                    WatchOptions(resourceVersion: "900", allowWatchBookmarks: true))
                {
                    events.append(event)
                }
                Issue.record("the stream ended without the ERROR event's error")
            } catch KubeAPIError.gone(let status) {
                #expect(status.code == 410)
            }
            try #require(events.count == 3)
            #expect(events[0].object?.spec.version == "2.1.0")
            #expect(events[1] == .bookmark(WatchBookmark(resourceVersion: "950")))
            guard case .deleted = events[2] else { throw UnexpectedOutcome("\(events[2])") }
            #expect(
                server.requests.first?.uri
                    == "/apis/baton.dev/v1alpha1/namespaces/risk/models?watch=true&resourceVersion=900&allowWatchBookmarks=true")
        }
    }

    @Test func clusterScopedKindsIgnoreTheNamespace() async throws {
        try await withAPIServer(handler: { _ in .json(#"{"metadata":{"name":"risk"}}"#) }) { server, client in
            let namespace = try await client.typed(Namespace.self, namespace: "default").get("risk")
            #expect(namespace.metadata.name == "risk")
            #expect(server.requests.map(\.uri) == ["/api/v1/namespaces/risk"])
        }
    }

    @Test func namespacedKindsNeedANamespaceToAddressAnObject() async throws {
        try await withAPIServer(handler: { _ in .json(Self.settings) }) { server, client in
            let everywhere = client.typed(ConfigMap.self)
            await #expect(throws: KubeClientError.self) { try await everywhere.get("settings") }
            await #expect(throws: KubeClientError.self) { try await everywhere.delete("settings") }
            await #expect(throws: KubeClientError.self) {
                try await everywhere.create(ConfigMap(metadata: ObjectMeta(name: "settings")))
            }
            #expect(server.requests.isEmpty)
            // The object's own namespace is enough for writes.
            _ = try await everywhere.update(ConfigMap(metadata: ObjectMeta(name: "settings", namespace: "team-a")))
            #expect(server.requests.map(\.uri) == ["/api/v1/namespaces/team-a/configmaps/settings"])
        }
    }

    @Test func aResponseThatDoesNotDecodeIsAClientError() async throws {
        try await withAPIServer(handler: { _ in .json(#"{"metadata":{"name":"fraud"},"spec":{"version":42}}"#) }) { _, client in
            await #expect {
                try await client.typed(Model.self, namespace: "risk").get("fraud")
            } throws: { error in
                guard case let KubeClientError.invalidResponse(message) = error else { return false }
                return message.contains("Model")
            }
        }
    }

    @Test func errorsAreTheSameTypedErrorsAsTheDynamicClients() async throws {
        try await withAPIServer(handler: { _ in .json(StatusBodies.notFound, status: 404) }) { _, client in
            await #expect {
                try await client.typed(ConfigMap.self, namespace: "default").get("missing")
            } throws: { error in
                guard case KubeAPIError.notFound = error else { return false }
                return true
            }
        }
    }
}

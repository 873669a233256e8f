import Foundation
import KubeCore
import Synchronization
import Testing

@testable import KubeClient

@Suite struct DynamicClientTests {
    private let pods = GroupVersionResource(group: "", version: "v1", resource: "pods")
    private let configMaps = GroupVersionResource(group: "", version: "v1", resource: "configmaps")
    private let deployments = GroupVersionResource(group: "apps", version: "v1", resource: "deployments")
    private let clusterRoles = GroupVersionResource(group: "rbac.authorization.k8s.io", version: "v1", resource: "clusterroles")
    private let models = GroupVersionResource(group: "baton.dev", version: "v1alpha1", resource: "models")

    private static let pod = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"default","resourceVersion":"41"},"spec":{"containers":[{"name":"app","image":"nginx:1.27"}]}}"#

    // MARK: - Get

    @Test func getSendsANamespacedCorePathWithJSONAndBearerHeaders() async throws {
        try await withAPIServer(handler: { _ in .json(Self.pod) }) { server, client in
            let object = try await client.resource(pods, namespace: "default").get("web-0")
            #expect(object == (try parsedJSON(Self.pod)))
            let request = try #require(server.requests.first)
            #expect(request.method == "GET")
            #expect(request.uri == "/api/v1/namespaces/default/pods/web-0")
            #expect(request.header("Accept") == "application/json")
            #expect(request.header("Authorization") == "Bearer test-token")
            #expect(request.header("User-Agent") == "baton/\(BatonVersion.current)")
            #expect(request.header("Content-Type") == nil)
            #expect(request.body.isEmpty)
        }
    }

    @Test func getAddressesClusterScopedGroupResourcesAndSubresources() async throws {
        try await withAPIServer(handler: { _ in .json(#"{"kind":"Scale"}"#) }) { server, client in
            _ = try await client.resource(clusterRoles).get("system:controller:job-controller")
            _ = try await client.resource(deployments, namespace: "prod").get("web", subresource: "scale")
            _ = try await client.resource(models, namespace: "risk").get("fraud-detector")
            #expect(
                server.requests.map(\.uri) == [
                    "/apis/rbac.authorization.k8s.io/v1/clusterroles/system:controller:job-controller",
                    "/apis/apps/v1/namespaces/prod/deployments/web/scale",
                    "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud-detector",
                ])
        }
    }

    @Test func aServerURLWithAPathPrefixKeepsIt() async throws {
        try await withAPIServer(
            credentials: StaticCredentialProvider.none,
            configure: { $0.server = $0.server.appendingPathComponent("k8s/clusters/c-42") },
            handler: { _ in .json("{}") }
        ) { server, client in
            _ = try await client.resource(pods, namespace: "default").get("web-0")
            #expect(server.requests.map(\.uri) == ["/k8s/clusters/c-42/api/v1/namespaces/default/pods/web-0"])
            #expect(server.requests.first?.header("Authorization") == nil)
        }
    }

    @Test(arguments: ["", ".", "..", "a/b", "50%", "web/../../secrets"])
    func namesThatCannotBeAPathSegmentAreRejectedBeforeSending(name: String) async throws {
        try await withAPIServer(handler: { _ in .json("{}") }) { server, client in
            await #expect(throws: KubeClientError.self) {
                try await client.resource(pods, namespace: "default").get(name)
            }
            await #expect(throws: KubeClientError.self) {
                try await client.resource(pods, namespace: name).list()
            }
            #expect(server.requests.isEmpty)
        }
    }

    // MARK: - List

    @Test func listEncodesEveryOptionInTheQuery() async throws {
        let list = #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1200","continue":"eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ==","remainingItemCount":7},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#
        try await withAPIServer(handler: { _ in .json(list) }) { server, client in
            let page = try await client.resource(pods, namespace: "default").list(
                ListOptions(
                    labelSelector: "app in (a,b),tier!=db", fieldSelector: "status.phase=Running", limit: 2,
                    continueToken: "abc+/=", resourceVersion: "0", resourceVersionMatch: .notOlderThan,
                    timeoutSeconds: 15))
            let request = try #require(server.requests.first)
            #expect(request.path == "/api/v1/namespaces/default/pods")
            #expect(
                request.query
                    == "labelSelector=app%20in%20%28a%2Cb%29%2Ctier%21%3Ddb&fieldSelector=status.phase%3DRunning"
                    + "&limit=2&continue=abc%2B%2F%3D&resourceVersion=0&resourceVersionMatch=NotOlderThan&timeoutSeconds=15")
            let decoded = Dictionary(uniqueKeysWithValues: request.queryItems.map { ($0.name, $0.value ?? "") })
            #expect(decoded["labelSelector"] == "app in (a,b),tier!=db")
            #expect(decoded["continue"] == "abc+/=")

            #expect(page.items.count == 2)
            #expect(page.resourceVersion == "1200")
            #expect(page.continueToken == "eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ==")
            #expect(page.metadata.remainingItemCount == 7)
            // Items of a built-in list arrive without apiVersion/kind; they are filled in from the list.
            #expect(page.items[0] == ["metadata": ["name": "a"], "kind": "Pod", "apiVersion": "v1"])
        }
    }

    @Test func listWithoutNamespaceSpansAllNamespacesAndSendsNoEmptyParameters() async throws {
        try await withAPIServer(handler: { _ in .json(#"{"kind":"PodList","apiVersion":"v1","metadata":{},"items":null}"#) }) {
            server, client in
            let page = try await client.resource(pods).list()
            #expect(page.items.isEmpty)
            #expect(page.continueToken == nil)
            #expect(server.requests.map(\.uri) == ["/api/v1/pods"])
        }
    }

    @Test func listRejectsAResponseThatIsNotAList() async throws {
        try await withAPIServer(handler: { _ in .json(#"{"kind":"PodList","items":{"oops":1}}"#) }) { _, client in
            await #expect(throws: KubeClientError.self) { try await client.resource(pods).list() }
        }
        try await withAPIServer(handler: { _ in .text("not json") }) { _, client in
            await #expect(throws: KubeClientError.self) { try await client.resource(pods).list() }
        }
    }

    @Test func listAllFollowsContinueTokensAcrossPages() async throws {
        let handler: TestServer.Handler = { request in
            let token = request.queryItems.first { $0.name == "continue" }?.value
            switch token {
            case nil:
                return .json(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"500","continue":"page-2"},"items":[{"metadata":{"name":"c1"}},{"metadata":{"name":"c2"}}]}"#)
            case "page-2"?:
                return .json(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"500","continue":"page-3"},"items":[{"metadata":{"name":"c3"}},{"metadata":{"name":"c4"}}]}"#)
            default:
                return .json(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"500"},"items":[{"metadata":{"name":"c5"}}]}"#)
            }
        }
        try await withAPIServer(handler: handler) { server, client in
            let all = try await client.resource(configMaps, namespace: "default").listAll(
                ListOptions(labelSelector: "team=risk", limit: 2))
            #expect(all.items.compactMap { $0["metadata"]?["name"]?.stringValue } == ["c1", "c2", "c3", "c4", "c5"])
            #expect(all.resourceVersion == "500")
            #expect(all.continueToken == nil)
            #expect(
                server.requests.map(\.query) == [
                    "labelSelector=team%3Drisk&limit=2",
                    "labelSelector=team%3Drisk&limit=2&continue=page-2",
                    "labelSelector=team%3Drisk&limit=2&continue=page-3",
                ])
        }
    }

    @Test func listAllRelistsUnpagedWhenAContinueTokenExpires() async throws {
        let handler: TestServer.Handler = { request in
            let items = Dictionary(uniqueKeysWithValues: request.queryItems.map { ($0.name, $0.value ?? "") })
            if items["continue"] != nil { return .json(StatusBodies.expired, status: 410) }
            if items["limit"] != nil {
                return .json(#"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"9","continue":"stale"},"items":[{"metadata":{"name":"a"}}]}"#)
            }
            return .json(#"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"12"},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#)
        }
        try await withAPIServer(handler: handler) { server, client in
            let all = try await client.resource(pods, namespace: "default").listAll(ListOptions(limit: 1))
            #expect(all.items.compactMap { $0["metadata"]?["name"]?.stringValue } == ["a", "b"])
            #expect(all.resourceVersion == "12")
            #expect(server.requests.map(\.query) == ["limit=1", "limit=1&continue=stale", nil])
        }
    }

    @Test func listAllStopsWhenTheServerRepeatsAToken() async throws {
        let page = #"{"kind":"PodList","apiVersion":"v1","metadata":{"continue":"same"},"items":[]}"#
        try await withAPIServer(handler: { _ in .json(page) }) { server, client in
            await #expect(throws: KubeClientError.self) { try await client.resource(pods).listAll() }
            #expect(server.requests.count == 2)
        }
    }

    // MARK: - Create, update

    @Test func createPostsTheObjectWithWriteOptions() async throws {
        let deployment: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "namespace": "prod", "labels": ["app": "web"]],
            "spec": ["replicas": 3],
        ]
        try await withAPIServer(handler: { request in .full(status: 201, headers: [("Content-Type", "application/json")], body: request.body) }) {
            server, client in
            let created = try await client.resource(deployments, namespace: "prod").create(
                deployment, options: WriteOptions(dryRun: true, fieldManager: "baton", fieldValidation: .strict))
            #expect(created == deployment)
            let request = try #require(server.requests.first)
            #expect(request.method == "POST")
            #expect(request.uri == "/apis/apps/v1/namespaces/prod/deployments?dryRun=All&fieldManager=baton&fieldValidation=Strict")
            #expect(request.header("Content-Type") == "application/json")
            #expect(try parsedJSON(request.body) == deployment)
        }
    }

    @Test func createWithoutAClientNamespaceUsesTheObjectsOwn() async throws {
        let configMap: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings", "namespace": "risk"]]
        try await withAPIServer(handler: { request in .json(String(decoding: request.body, as: UTF8.self), status: 201) }) {
            server, client in
            _ = try await client.resource(configMaps).create(configMap)
            #expect(server.requests.map(\.uri) == ["/api/v1/namespaces/risk/configmaps"])
        }
    }

    @Test func updatePutsToTheObjectsNameAndUpdateStatusToItsStatus() async throws {
        let configMap: JSONValue = [
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings", "resourceVersion": "17"],
            "data": ["mode": "fast"],
        ]
        try await withAPIServer(handler: { request in .json(String(decoding: request.body, as: UTF8.self)) }) { server, client in
            let configMapsClient = client.resource(configMaps, namespace: "default")
            _ = try await configMapsClient.update(configMap, options: WriteOptions(fieldManager: "baton"))
            _ = try await client.resource(models, namespace: "risk").updateStatus(
                ["apiVersion": "baton.dev/v1alpha1", "kind": "Model", "metadata": ["name": "fraud"], "status": ["phase": "Ready"]])
            let requests = server.requests
            #expect(requests.map(\.method) == ["PUT", "PUT"])
            #expect(
                requests.map(\.uri) == [
                    "/api/v1/namespaces/default/configmaps/settings?fieldManager=baton",
                    "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud/status",
                ])
            #expect(requests.allSatisfy { $0.header("Content-Type") == "application/json" })
            #expect(try parsedJSON(requests[0].body) == configMap)
        }
    }

    @Test func updateNeedsAName() async throws {
        try await withAPIServer(handler: { _ in .json("{}") }) { server, client in
            await #expect(throws: KubeClientError.invalidArgument("the object has no metadata.name")) {
                try await client.resource(configMaps, namespace: "default").update(["metadata": ["generateName": "x-"]])
            }
            #expect(server.requests.isEmpty)
        }
    }

    // MARK: - Patch

    @Test(arguments: [
        (PatchType.json, "application/json-patch+json"),
        (PatchType.merge, "application/merge-patch+json"),
        (PatchType.strategicMerge, "application/strategic-merge-patch+json"),
        (PatchType.apply, "application/apply-patch+yaml"),
    ])
    func patchSendsTheContentTypeOfItsType(type: PatchType, contentType: String) async throws {
        let body: JSONValue =
            type == .json
            ? [["op": "replace", "path": "/spec/replicas", "value": 5]]
            : ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"], "spec": ["replicas": 5]]
        try await withAPIServer(handler: { _ in .json(#"{"kind":"Deployment"}"#) }) { server, client in
            _ = try await client.resource(deployments, namespace: "prod").patch(
                "web", type: type, body: body, options: PatchOptions(fieldManager: "baton"))
            let request = try #require(server.requests.first)
            #expect(request.method == "PATCH")
            #expect(request.uri == "/apis/apps/v1/namespaces/prod/deployments/web?fieldManager=baton")
            #expect(request.header("Content-Type") == contentType)
            #expect(try parsedJSON(request.body) == body)
        }
    }

    @Test func applyForcesOwnershipAndPatchesTheStatusSubresource() async throws {
        let model: JSONValue = [
            "apiVersion": "baton.dev/v1alpha1", "kind": "Model", "metadata": ["name": "fraud", "namespace": "risk"],
            "status": ["phase": "Training"],
        ]
        try await withAPIServer(handler: { request in .json(String(decoding: request.body, as: UTF8.self)) }) { server, client in
            _ = try await client.resource(models).apply(
                model, options: PatchOptions(dryRun: true, fieldManager: "baton", force: true), subresource: "status")
            let request = try #require(server.requests.first)
            #expect(request.uri == "/apis/baton.dev/v1alpha1/namespaces/risk/models/fraud/status?dryRun=All&fieldManager=baton&force=true")
            #expect(request.header("Content-Type") == "application/apply-patch+yaml")
            #expect(try parsedJSON(request.body) == model)
        }
    }

    @Test func jsonPatchValuesAreSentAsTheirOperations() async throws {
        let patch = try JSONPatch([
            ["op": "test", "path": "/metadata/finalizers/0", "value": "baton.dev/cleanup"],
            ["op": "remove", "path": "/metadata/finalizers/0"],
        ])
        try await withAPIServer(handler: { _ in .json("{}") }) { server, client in
            _ = try await client.resource(models, namespace: "risk").patch("fraud", patch)
            let request = try #require(server.requests.first)
            #expect(request.header("Content-Type") == "application/json-patch+json")
            #expect(try parsedJSON(request.body) == patch.jsonValue)
        }
    }

    @Test func applyWithoutAFieldManagerAndForceOutsideApplyAreRejectedBeforeSending() async throws {
        try await withAPIServer(handler: { _ in .json("{}") }) { server, client in
            let resource = client.resource(deployments, namespace: "prod")
            await #expect(throws: KubeClientError.invalidArgument("server-side apply needs a fieldManager")) {
                try await resource.patch("web", type: .apply, body: ["spec": [:]])
            }
            await #expect(throws: KubeClientError.self) {
                try await resource.patch("web", type: .merge, body: ["spec": [:]], options: PatchOptions(force: true))
            }
            #expect(server.requests.isEmpty)
        }
    }

    // MARK: - Delete

    @Test func deleteSendsDeleteOptionsAsTheBodyAndReturnsTheObject() async throws {
        let finalizing = #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","deletionTimestamp":"2025-01-01T00:00:00Z","finalizers":["foregroundDeletion"]}}"#
        try await withAPIServer(handler: { _ in .json(finalizing, status: 202) }) { server, client in
            let result = try await client.resource(deployments, namespace: "prod").delete(
                "web",
                options: DeleteOptions(
                    dryRun: true, gracePeriodSeconds: 0, propagationPolicy: .foreground,
                    preconditions: .init(uid: "6f1c2a9e-uid", resourceVersion: "88")))
            guard case let .object(object) = result else {
                Issue.record("expected the object, got \(result)")
                return
            }
            #expect(object["metadata"]?["finalizers"] == ["foregroundDeletion"])
            let request = try #require(server.requests.first)
            #expect(request.method == "DELETE")
            #expect(request.uri == "/apis/apps/v1/namespaces/prod/deployments/web")
            #expect(request.header("Content-Type") == "application/json")
            #expect(
                try parsedJSON(request.body) == [
                    "kind": "DeleteOptions", "apiVersion": "v1", "gracePeriodSeconds": 0,
                    "preconditions": ["uid": "6f1c2a9e-uid", "resourceVersion": "88"],
                    "propagationPolicy": "Foreground", "dryRun": ["All"],
                ])
        }
    }

    @Test(arguments: [
        (DeleteOptions.PropagationPolicy.background, "Background"), (.foreground, "Foreground"), (.orphan, "Orphan"),
    ])
    func deleteNamesEachPropagationPolicy(policy: DeleteOptions.PropagationPolicy, name: String) async throws {
        let success = #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"web","kind":"pods","uid":"u1"}}"#
        try await withAPIServer(handler: { _ in .json(success) }) { server, client in
            let result = try await client.resource(pods, namespace: "default").delete(
                "web", options: DeleteOptions(propagationPolicy: policy))
            guard case let .status(status) = result else {
                Issue.record("expected a Status, got \(result)")
                return
            }
            #expect(status.status == "Success")
            #expect(status.details?.uid == "u1")
            #expect(
                try parsedJSON(try #require(server.requests.first).body)
                    == ["kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": .string(name)])
        }
    }

    @Test func deleteCollectionSelectsWithListOptionsAndReturnsTheDeletedList() async throws {
        let deleted = #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"77"},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#
        try await withAPIServer(handler: { _ in .json(deleted) }) { server, client in
            let result = try await client.resource(pods, namespace: "default").deleteCollection(
                ListOptions(labelSelector: "app=web"), options: DeleteOptions(propagationPolicy: .background))
            guard case let .object(list) = result else {
                Issue.record("expected the deleted list, got \(result)")
                return
            }
            #expect(list.items.count == 2)
            #expect(list.items.first?["kind"] == "Pod")
            let request = try #require(server.requests.first)
            #expect(request.method == "DELETE")
            #expect(request.uri == "/api/v1/namespaces/default/pods?labelSelector=app%3Dweb")
            #expect(try parsedJSON(request.body)["propagationPolicy"] == "Background")
        }
    }

    // MARK: - Raw requests, discovery

    @Test func serverVersionReadsSlashVersion() async throws {
        let version = #"{"major":"1","minor":"31","gitVersion":"v1.31.2","gitCommit":"5864a4677267e6adeae276ad85882a8714d69d9d","gitTreeState":"clean","buildDate":"2024-10-22T20:28:14Z","goVersion":"go1.22.8","compiler":"gc","platform":"linux/amd64"}"#
        try await withAPIServer(handler: { _ in .json(version) }) { server, client in
            let info = try await client.serverVersion()
            #expect(info.gitVersion == "v1.31.2")
            #expect(info.minor == "31")
            #expect(info.platform == "linux/amd64")
            #expect(server.requests.map(\.uri) == ["/version"])
        }
    }

    @Test func rawRequestsEncodeTheirQueryAndThrowTypedErrors() async throws {
        let handler: TestServer.Handler = { request in
            request.path == "/apis" ? .json(#"{"kind":"APIGroupList","groups":[]}"#) : .json(StatusBodies.notFound, status: 404)
        }
        try await withAPIServer(handler: handler) { server, client in
            let response = try await client.request(
                method: "GET", path: "/apis", query: [("labelSelector", "a in (b)")])
            #expect(response.status == 200)
            #expect(try parsedJSON(response.body)["kind"] == "APIGroupList")
            await #expect(throws: KubeAPIError.self) {
                try await client.request(method: "POST", path: "/api/v1/namespaces/x/pods/y/eviction", body: Data("{}".utf8), contentType: "application/json")
            }
            #expect(server.requests.map(\.uri) == ["/apis?labelSelector=a%20in%20%28b%29", "/api/v1/namespaces/x/pods/y/eviction"])
            #expect(server.requests.last?.header("Content-Type") == "application/json")
            await #expect(throws: KubeClientError.self) { try await client.request(method: "GET", path: "apis?x=1") }
        }
    }

    // MARK: - Authentication

    @Test func basicAuthIsSentAsAnAuthorizationHeader() async throws {
        try await withAPIServer(
            credentials: StaticCredentialProvider.basic(username: "admin", password: "s3cr:et"), handler: { _ in .json("{}") }
        ) { server, client in
            _ = try await client.resource(pods, namespace: "default").get("web-0")
            #expect(server.requests.first?.header("Authorization") == "Basic YWRtaW46czNjcjpldA==")
        }
    }

    @Test func unauthorizedInvalidatesTheCredentialsAndRetriesOnce() async throws {
        let provider = RotatingCredentialProvider()
        let handler: TestServer.Handler = { request in
            request.header("Authorization") == "Bearer token-2" ? .json(Self.pod) : .json(StatusBodies.unauthorized, status: 401)
        }
        try await withAPIServer(credentials: provider, handler: handler) { server, client in
            _ = try await client.resource(pods, namespace: "default").get("web-0")
            #expect(server.requests.compactMap { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
            #expect(provider.invalidations == 1)
        }
    }

    @Test func aSecondUnauthorizedIsThrown() async throws {
        let provider = RotatingCredentialProvider()
        try await withAPIServer(credentials: provider, handler: { _ in .json(StatusBodies.unauthorized, status: 401) }) {
            server, client in
            await #expect {
                try await client.resource(pods, namespace: "default").get("web-0")
            } throws: { error in
                guard case KubeAPIError.unauthorized = error else { return false }
                return true
            }
            #expect(server.requests.count == 2)
            #expect(provider.invalidations == 1)
        }
    }

    @Test func requestsCarryTheRequestTimeoutAndThePerRequestClientCertificate() async throws {
        let certificate = Data("-----BEGIN CERTIFICATE-----\nexec\n-----END CERTIFICATE-----\n".utf8)
        let key = Data("-----BEGIN PRIVATE KEY-----\nexec\n-----END PRIVATE KEY-----\n".utf8)
        let provider = StaticCredentialProvider(RequestCredentials(clientCertificatePEM: certificate, clientKeyPEM: key))
        let recorder = Mutex<RecordingTransport?>(nil)
        try await withAPIServer(
            credentials: provider, configure: { $0.requestTimeout = .seconds(7) },
            transport: { curl in
                let recording = RecordingTransport(curl)
                recorder.withLock { $0 = recording }
                return recording
            }, handler: { _ in .json("{}") }
        ) { _, client in
            // Over plain HTTP the transport has no use for the certificate; what matters here is
            // that the client handed it over.
            _ = try await client.resource(pods, namespace: "default").get("web-0")
            let request = try #require(recorder.withLock { $0 }?.requests.first)
            #expect(request.timeout == .seconds(7))
            #expect(request.clientCertificatePEM == certificate)
            #expect(request.clientKeyPEM == key)
        }
    }

    // MARK: - Concurrency

    @Test func aHundredConcurrentGetsAllSucceed() async throws {
        let handler: TestServer.Handler = { request in
            let name = request.path.split(separator: "/").last.map(String.init) ?? ""
            return .json(#"{"kind":"Pod","metadata":{"name":"\#(name)"}}"#)
        }
        try await withAPIServer(handler: handler) { server, client in
            let resource = client.resource(pods, namespace: "default")
            let names = try await withThrowingTaskGroup(of: String?.self) { group in
                for index in 0..<100 {
                    group.addTask { try await resource.get("pod-\(index)")["metadata"]?["name"]?.stringValue }
                }
                var names: Set<String> = []
                for try await name in group { if let name { names.insert(name) } }
                return names
            }
            #expect(names == Set((0..<100).map { "pod-\($0)" }))
            #expect(server.requests.count == 100)
        }
    }
}

/// Hands out `token-1`, and after each `invalidate()` the next number, as a token file or exec
/// plugin would after a rotation.
final class RotatingCredentialProvider: CredentialProvider {
    private let state = Mutex((generation: 1, invalidations: 0))

    var invalidations: Int { state.withLock { $0.invalidations } }

    func credentials() async throws -> RequestCredentials {
        RequestCredentials(authorization: "Bearer token-\(state.withLock { $0.generation })")
    }

    func invalidate() async {
        state.withLock {
            $0.generation += 1
            $0.invalidations += 1
        }
    }
}

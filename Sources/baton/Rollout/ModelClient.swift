import BatonAPI
import Foundation
import KubeClient
import KubeCore

/// The Model calls the rollout commands make: read one, follow its changes, write and
/// withdraw a request annotation.
struct ModelClient: Sendable {
    let client: KubeAPIClient
    let models: ResourceClient
    let namespace: String
    let server: String

    init(client: KubeAPIClient, namespace: String) {
        self.client = client
        models = client.resource(Model.groupVersionResource, namespace: namespace)
        self.namespace = namespace
        server = client.configuration.server.absoluteString
    }

    func get(_ name: String) async throws -> Model {
        try await models.get(name).decode(Model.self)
    }

    /// Sets one annotation with a merge patch that touches nothing else.
    func annotate(_ name: String, key: String, value: String) async throws {
        try await annotate(name, [key: value])
    }

    /// Sets annotations together, in one merge patch that touches nothing else.
    func annotate(_ name: String, _ annotations: [String: String]) async throws {
        _ = try await models.patch(
            name, type: .merge, body: ["metadata": ["annotations": .object(JSONObject(uniqueKeysWithValues: annotations.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))]])
    }

    /// Who the API server takes the caller for (a SelfSubjectReview); nil when it cannot say
    /// (an API server before Kubernetes 1.28, or `baton dev`).
    func username() async -> String? {
        let review: JSONValue = ["apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"]
        guard let body = try? review.jsonBytes(),
            let response = try? await client.request(
                method: "POST", path: "/apis/authentication.k8s.io/v1/selfsubjectreviews", body: Data(body),
                contentType: "application/json"),
            let answer = try? JSONParser().parse([UInt8](response.body))
        else { return nil }
        return answer[path: ["status", "userInfo", "username"]]?.stringValue
    }

    /// Removes the annotation if it still holds `value` (the test makes the patch fail, and
    /// this do nothing, when the operator took it or someone wrote another value).
    func withdraw(_ name: String, key: String, value: String) async {
        let path = JSONPointer(tokens: ["metadata", "annotations", key])
        _ = try? await models.patch(name, JSONPatch([.test(path: path, value: .string(value)), .remove(path: path)]))
    }

    /// The Model now, then again at each change, from a watch of that one object (resumed
    /// where it ended; read afresh when the server has forgotten that point). Ends throwing
    /// when the Model is deleted or cannot be read.
    func changes(of name: String) -> AsyncThrowingStream<Model, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var model = try await get(name)
                    continuation.yield(model)
                    var resourceVersion = model.metadata.resourceVersion
                    while !Task.isCancelled {
                        do {
                            let events = try await models.watch(WatchOptions(
                                fieldSelector: "metadata.name=\(name)", resourceVersion: resourceVersion,
                                allowWatchBookmarks: true, timeoutSeconds: 300))
                            for try await event in events {
                                switch event {
                                case let .added(object), let .modified(object):
                                    model = try object.decode(Model.self)
                                    resourceVersion = model.metadata.resourceVersion
                                    continuation.yield(model)
                                case .deleted:
                                    throw CommandFailure("Model \"\(name)\" was deleted")
                                case let .bookmark(bookmark):
                                    resourceVersion = bookmark.resourceVersion
                                }
                            }
                        } catch KubeAPIError.gone, is TransportError {
                            // Too old a resume point, or the connection dropped: read it again
                            // (which throws if the server stays out of reach) and watch on.
                            try await Task.sleep(for: .seconds(1))
                            model = try await get(name)
                            resourceVersion = model.metadata.resourceVersion
                            continuation.yield(model)
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

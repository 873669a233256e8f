import Foundation
import KubeCore
import YAML

/// One request to a resource endpoint: works out the verb from the method, path and query, as
/// kube-apiserver's RequestInfo does, and serves it.
struct ResourceHandler {
    let server: APIServer
    let type: ResourceType
    let path: ResourcePath
    let request: APIRequest

    private var writes: ObjectWrites { server.writes }
    private var namespace: String? { path.namespace }

    func respond(_ labels: inout APIMetrics.RequestLabels) async throws(APIError) -> APIResponse {
        labels.group = type.group
        labels.version = type.version
        labels.resource = type.plural
        labels.subresource = path.subresource ?? ""
        labels.scope = path.name != nil ? "resource" : (namespace != nil ? "namespace" : "cluster")
        labels.dryRun = request.query["dryRun"] == "All"
        if !type.namespaced && namespace != nil { throw APIServer.notFound }
        try checkSubresource()
        guard let name = path.name else {
            if type.namespaced == true, namespace == nil, request.method != "GET" { throw APIServer.notFound }
            switch request.method {
            case "GET":
                let options = try ListOptions(query: request.query, type: type)
                labels.verb = options.watch ? "WATCH" : "LIST"
                return options.watch ? try ReadHandler(self).watch(options) : try ReadHandler(self).list(options)
            case "POST":
                labels.verb = "POST"
                return try create()
            case "DELETE":
                labels.verb = "DELETECOLLECTION"
                return try deleteCollection()
            default:
                throw methodNotAllowed
            }
        }
        switch (request.method, path.subresource) {
        case ("GET", "scale"):
            labels.verb = "GET"
            return APIResponse(json: try ScaleSubresource(type: type).scale(of: try current(name)))
        case ("GET", _):
            labels.verb = "GET"
            return try ReadHandler(self).get(name)
        case ("PUT", _):
            labels.verb = "PUT"
            return try replace(name)
        case ("PATCH", _):
            labels.verb = PatchKind(contentType: request.contentType) == .apply ? "APPLY" : "PATCH"
            return try patch(name)
        case ("DELETE", nil):
            labels.verb = "DELETE"
            return try delete(name)
        default:
            throw methodNotAllowed
        }
    }

    private var methodNotAllowed: APIError {
        APIError(.methodNotSupported(group: type.group, resource: type.plural, action: request.method))
    }

    private func checkSubresource() throws(APIError) {
        switch path.subresource {
        case nil: return
        case "status" where type.hasStatus: return
        case "scale" where type.scale != nil: return
        case "finalize" where type.group.isEmpty && type.kind == "Namespace" && request.method == "PUT": return
        default: throw APIServer.notFound
        }
    }

    func current(_ name: String) throws(APIError) -> JSONValue {
        let key = ObjectKey(namespace: type.namespaced ? namespace ?? "" : "", name: name)
        guard let object = server.store.get(type.storageKey, key) else { throw .notFound(type, name) }
        return writes.served(object, as: type)
    }

    // MARK: - Writes

    private func options(isApply: Bool = false) throws(APIError) -> WriteOptions {
        try WriteOptions(query: request.query, userAgent: request.userAgent, isApply: isApply)
    }

    private func written(_ result: ObjectWrites.Result, status: Int) -> APIResponse {
        var response = APIResponse(status: status, json: result.object)
        response.warnings = result.warnings
        return response
    }

    private func create() throws(APIError) -> APIResponse {
        let body = try RequestBody.object(request, type: type)
        return written(try writes.create(type, namespace: namespace, body, try options()), status: 201)
    }

    private func replace(_ name: String) throws(APIError) -> APIResponse {
        let body = try RequestBody.object(request, type: type)
        let options = try options()
        if path.subresource == "scale" {
            return try scale(name, options) { _ in body }
        }
        let result = try writes.update(type, namespace: namespace, name: name, subresource: path.subresource, options) { _ in body }
        return written(result, status: 200)
    }

    private func patch(_ name: String) throws(APIError) -> APIResponse {
        let kind = PatchKind(contentType: request.contentType)
        let options = try options(isApply: kind == .apply)
        guard let kind, kind != .strategic || !type.isCustom else {
            throw APIError(Status(
                status: Status.failure,
                message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
                reason: .unsupportedMediaType, details: StatusDetails(), code: 415))
        }
        let patch = try RequestBody.patch(request, kind: kind)
        if path.subresource == "scale" {
            return try scale(name, options) { scale throws(APIError) in try PatchApplier(type: type, now: writes.now).apply(kind, patch, to: scale, options) }
        }
        if kind == .apply, path.subresource == nil, (try? current(name)) == nil {
            var applied = try PatchApplier(type: type, now: writes.now).apply(kind, patch, to: nil, options)
            applied[path: ["metadata", "name"]] = applied[path: ["metadata", "name"]] ?? .string(name)
            return written(try writes.create(type, namespace: namespace, applied, options, manager: .applied), status: 201)
        }
        let result = try writes.update(
            type, namespace: namespace, name: name, subresource: path.subresource, options,
            manager: kind == .apply ? .applied : .update
        ) { current throws(APIError) in
            try PatchApplier(type: type, now: writes.now).apply(kind, patch, to: current, options, subresource: path.subresource)
        }
        return written(result, status: 200)
    }

    /// `/scale`: the change is made to the Scale view, then carried to the object's replicas.
    private func scale(_ name: String, _ options: WriteOptions, change: (JSONValue) throws(APIError) -> JSONValue) throws(APIError) -> APIResponse {
        let subresource = ScaleSubresource(type: type)
        let result = try writes.update(type, namespace: namespace, name: name, options) { current throws(APIError) in
            let scale = try change(try subresource.scale(of: current))
            return try subresource.apply(scale, to: current)
        }
        return APIResponse(json: try subresource.scale(of: result.object))
    }

    private func delete(_ name: String) throws(APIError) -> APIResponse {
        let options = try DeleteRequest.options(request)
        return APIResponse(json: try writes.delete(type, namespace: namespace, name: name, options).object)
    }

    private func deleteCollection() throws(APIError) -> APIResponse {
        let options = try DeleteRequest.options(request)
        let list = try ListOptions(query: request.query, type: type)
        let filter = WatchFilter(
            resource: type.storageKey, namespace: namespace, labels: list.labels, fields: list.fields,
            fieldValue: ListOptions.fieldValue(type))
        var deleted: [JSONValue] = []
        for (key, object) in server.store.list(type.storageKey, namespace: namespace).items where filter.matches(object, key: key) {
            if let result = try? writes.delete(type, namespace: namespace, name: key.name, options) {
                deleted.append(result.object)
            }
        }
        return APIResponse(json: [
            "kind": .string(type.listKind), "apiVersion": .string(type.apiVersion),
            "metadata": ["resourceVersion": .string(String(server.store.currentRevision))], "items": .array(deleted),
        ])
    }
}

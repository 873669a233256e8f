import Foundation
import KubeCore

/// The operations on one resource (a group, version and plural name), optionally within one
/// namespace, on objects as `JSONValue` trees: the dynamic client, for kinds known only at run
/// time. `KubeAPIClient.resource(_:namespace:)` makes one.
///
/// Namespace: when `namespace` is nil, calls naming an object address it cluster-scoped, list
/// and watch span all namespaces, and create and update use the object's own
/// `metadata.namespace` if it has one.
public struct ResourceClient: Sendable {
    public let client: KubeAPIClient
    public let resource: GroupVersionResource
    public let namespace: String?

    init(client: KubeAPIClient, resource: GroupVersionResource, namespace: String?) {
        self.client = client
        self.resource = resource
        self.namespace = namespace
    }

    // MARK: - Reads

    /// `GET` one object, or one of its subresources (`status`, `scale`).
    public func get(_ name: String, subresource: String? = nil) async throws -> JSONValue {
        try Self.parse(await getData(name, subresource: subresource), "GET \(resource.groupResource) \(name)")
    }

    /// One page of the collection.
    public func list(_ options: ListOptions = ListOptions()) async throws -> ResourceList<JSONValue> {
        let what = "LIST \(resource.groupResource)"
        return try Self.resourceList(from: Self.parse(await listData(options), what), what)
    }

    /// Every page of the collection, following `continue` tokens; `options.limit` sets the page
    /// size. If a token expires between pages (410), the whole list is fetched again in one
    /// unpaged request, as client-go's pager does, since the pages already read may be stale.
    public func listAll(_ options: ListOptions = ListOptions()) async throws -> ResourceList<JSONValue> {
        try await Self.collectPages(options) { try await list($0) }
    }

    /// Follows `continue` tokens from `options` on, with `page` fetching one page.
    static func collectPages<Item>(
        _ options: ListOptions, page: (ListOptions) async throws -> ResourceList<Item>
    ) async throws -> ResourceList<Item> {
        var result = try await page(options)
        var next = options
        while let token = result.continueToken {
            guard token != next.continueToken else {
                throw KubeClientError.invalidResponse("the server returned the same continue token twice")
            }
            next.continueToken = token
            let more: ResourceList<Item>
            do {
                more = try await page(next)
            } catch KubeAPIError.gone {
                var unpaged = options
                unpaged.limit = nil
                unpaged.continueToken = nil
                return try await page(unpaged)
            }
            result.items += more.items
            result.metadata = more.metadata
        }
        return result
    }

    // MARK: - Writes

    /// `POST` a new object. Without a namespace on this client the object's own is used.
    public func create(_ object: JSONValue, options: WriteOptions = WriteOptions()) async throws -> JSONValue {
        let data = try await createData(
            Self.serialize(object), objectNamespace: Self.namespace(of: object), options: options)
        return try Self.parse(data, "CREATE \(resource.groupResource)")
    }

    /// `PUT` the object, named by its `metadata.name`. Carry `metadata.resourceVersion` to have
    /// the write rejected with 409 Conflict if the object changed since it was read.
    public func update(_ object: JSONValue, options: WriteOptions = WriteOptions()) async throws -> JSONValue {
        try await replace(object, subresource: nil, options: options)
    }

    /// `PUT` the object's status (the `status` subresource): only `status` is written.
    public func updateStatus(_ object: JSONValue, options: WriteOptions = WriteOptions()) async throws -> JSONValue {
        try await replace(object, subresource: "status", options: options)
    }

    private func replace(_ object: JSONValue, subresource: String?, options: WriteOptions) async throws -> JSONValue {
        let name = try Self.name(of: object)
        let data = try await replaceData(
            Self.serialize(object), name: name, objectNamespace: Self.namespace(of: object), subresource: subresource,
            options: options)
        return try Self.parse(data, "UPDATE \(resource.groupResource) \(name)")
    }

    /// `PATCH` an object (or a subresource such as `status`) with a patch of the given type.
    /// Server-side apply needs `options.fieldManager`; `options.force` is for apply only.
    public func patch(
        _ name: String, type: PatchType, body: JSONValue, options: PatchOptions = PatchOptions(),
        subresource: String? = nil
    ) async throws -> JSONValue {
        let data = try await patchData(
            name, type: type, body: Self.serialize(body), options: options, subresource: subresource)
        return try Self.parse(data, "PATCH \(resource.groupResource) \(name)")
    }

    /// `PATCH` with an RFC 6902 JSON patch.
    public func patch(
        _ name: String, _ patch: JSONPatch, options: PatchOptions = PatchOptions(), subresource: String? = nil
    ) async throws -> JSONValue {
        try await self.patch(name, type: .json, body: patch.jsonValue, options: options, subresource: subresource)
    }

    /// Server-side apply of `object`, named by its `metadata.name` (and, without a namespace
    /// on this client, placed by its `metadata.namespace`); it must carry `apiVersion` and
    /// `kind`. `options.fieldManager` becomes the owner of every field given.
    public func apply(
        _ object: JSONValue, options: PatchOptions, subresource: String? = nil
    ) async throws -> JSONValue {
        let name = try Self.name(of: object)
        let data = try await patchData(
            name, type: .apply, body: Self.serialize(object), objectNamespace: Self.namespace(of: object),
            options: options, subresource: subresource)
        return try Self.parse(data, "APPLY \(resource.groupResource) \(name)")
    }

    /// `DELETE` one object. The server answers with the object (still there, being finalized,
    /// or as it was) or with a Success Status.
    public func delete(
        _ name: String, options: DeleteOptions = DeleteOptions()
    ) async throws -> DeleteResult<JSONValue> {
        let what = "DELETE \(resource.groupResource) \(name)"
        return try Self.deleteResult(Self.parse(await deleteData(name, options: options), what), what) { $0 }
    }

    /// `DELETE` every object the list options select. The server answers with the list of
    /// deleted objects or with a Success Status.
    public func deleteCollection(
        _ listOptions: ListOptions = ListOptions(), options: DeleteOptions = DeleteOptions()
    ) async throws -> DeleteResult<ResourceList<JSONValue>> {
        let what = "DELETECOLLECTION \(resource.groupResource)"
        let value = try Self.parse(await deleteCollectionData(listOptions, options: options), what)
        return try Self.deleteResult(value, what) { try Self.resourceList(from: $0, what) }
    }

    // MARK: - Watch

    /// `GET ?watch=true`: the changes to the collection as they happen, decoded frame by frame
    /// as the body arrives. Returns once the server has accepted the watch; a refusal throws its
    /// `KubeAPIError`. The stream ends when the server ends the watch (`timeoutSeconds`), throws
    /// a `KubeAPIError` for an ERROR event (410 `gone`: list again), and stops the transfer
    /// when the consumer stops iterating.
    public func watch(_ options: WatchOptions = WatchOptions()) async throws -> AsyncThrowingStream<
        WatchEvent<JSONValue>, any Error
    > {
        let response = try await openWatch(options)
        return WatchEventReader(body: response.body, decode: WatchFrame.decodeDynamic).makeStream()
    }

    // MARK: - Requests (shared with the typed client, which decodes the bytes itself)

    func getData(_ name: String, subresource: String?) async throws -> Data {
        let path = try path(namespace: namespace, name: name, subresource: subresource)
        return try await client.send(method: "GET", path: path).body
    }

    func listData(_ options: ListOptions) async throws -> Data {
        var path = try path(namespace: namespace)
        options.addQuery(to: &path)
        return try await client.send(method: "GET", path: path).body
    }

    func createData(_ body: Data, objectNamespace: String?, options: WriteOptions) async throws -> Data {
        var path = try path(namespace: namespace ?? objectNamespace)
        options.addQuery(to: &path)
        return try await client.send(method: "POST", path: path, body: body, contentType: "application/json").body
    }

    func replaceData(
        _ body: Data, name: String, objectNamespace: String?, subresource: String?, options: WriteOptions
    ) async throws -> Data {
        var path = try path(namespace: namespace ?? objectNamespace, name: name, subresource: subresource)
        options.addQuery(to: &path)
        return try await client.send(method: "PUT", path: path, body: body, contentType: "application/json").body
    }

    func patchData(
        _ name: String, type: PatchType, body: Data, objectNamespace: String? = nil, options: PatchOptions,
        subresource: String?
    ) async throws -> Data {
        try options.validate(for: type)
        var path = try path(namespace: namespace ?? objectNamespace, name: name, subresource: subresource)
        options.addQuery(to: &path)
        return try await client.send(method: "PATCH", path: path, body: body, contentType: type.contentType).body
    }

    func deleteData(_ name: String, options: DeleteOptions) async throws -> Data {
        let path = try path(namespace: namespace, name: name)
        return try await client.send(
            method: "DELETE", path: path, body: JSONEncoder().encode(options), contentType: "application/json"
        ).body
    }

    func deleteCollectionData(_ listOptions: ListOptions, options: DeleteOptions) async throws -> Data {
        var path = try path(namespace: namespace)
        listOptions.addQuery(to: &path)
        return try await client.send(
            method: "DELETE", path: path, body: JSONEncoder().encode(options), contentType: "application/json"
        ).body
    }

    func openWatch(_ options: WatchOptions) async throws -> HTTPStreamingResponse {
        var path = try path(namespace: namespace)
        options.addQuery(to: &path)
        return try await client.openStream(path: path)
    }

    private func path(namespace: String?, name: String? = nil, subresource: String? = nil) throws -> APIPath {
        try APIPath(
            group: resource.group, version: resource.version, resource: resource.resource, namespace: namespace,
            name: name, subresource: subresource)
    }

    // MARK: - JSON

    static func parse(_ data: Data, _ what: String) throws -> JSONValue {
        do {
            return try JSONParser().parse(data)
        } catch {
            throw KubeClientError.invalidResponse("\(what): \(error)")
        }
    }

    static func serialize(_ value: JSONValue) throws -> Data {
        do {
            return Data(try value.jsonBytes())
        } catch {
            throw KubeClientError.invalidArgument("the object cannot be written as JSON: \(error)")
        }
    }

    /// A list response as items and metadata. The server leaves `apiVersion` and `kind` out of
    /// the items of built-in lists; they are filled in from the list (`PodList` → `Pod`), as
    /// client-go's unstructured lists do, so every item stands on its own.
    static func resourceList(from value: JSONValue, _ what: String) throws -> ResourceList<JSONValue> {
        guard case let .object(list) = value else {
            throw KubeClientError.invalidResponse("\(what): expected a list object, got \(value.typeName)")
        }
        let items: [JSONValue]
        switch list["items"] {
        case nil, .null?: items = []
        case let .array(array)?: items = array
        case let other?: throw KubeClientError.invalidResponse("\(what): \"items\" is \(other.typeName), not an array")
        }
        let listKind = list["kind"]?.stringValue
        let itemKind = listKind.flatMap { $0.hasSuffix("List") ? String($0.dropLast(4)) : nil }
        let apiVersion = list["apiVersion"]?.stringValue
        let filled = items.map { item -> JSONValue in
            guard case .object = item else { return item }
            var item = item
            if item["kind"] == nil, let itemKind { item["kind"] = .string(itemKind) }
            if item["apiVersion"] == nil, let apiVersion { item["apiVersion"] = .string(apiVersion) }
            return item
        }
        let metadata = list["metadata"] ?? .null
        return ResourceList(
            items: filled,
            metadata: ListMeta(
                resourceVersion: metadata["resourceVersion"]?.stringValue, continue: metadata["continue"]?.stringValue,
                remainingItemCount: metadata["remainingItemCount"]?.intValue))
    }

    /// A delete response: a `Status` (kind `Status`, apiVersion `v1`) or what `object` makes of
    /// anything else.
    private static func deleteResult<Value>(
        _ value: JSONValue, _ what: String, object: (JSONValue) throws -> Value
    ) throws -> DeleteResult<Value> {
        if value["kind"]?.stringValue == "Status", value["apiVersion"]?.stringValue == "v1" {
            do {
                return .status(try value.decode(Status.self))
            } catch {
                throw KubeClientError.invalidResponse("\(what): unreadable Status: \(error)")
            }
        }
        return .object(try object(value))
    }

    static func name(of object: JSONValue) throws -> String {
        guard let name = object["metadata"]?["name"]?.stringValue, !name.isEmpty else {
            throw KubeClientError.invalidArgument("the object has no metadata.name")
        }
        return name
    }

    static func namespace(of object: JSONValue) -> String? {
        object["metadata"]?["namespace"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    }
}

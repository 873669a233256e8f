import Foundation
import KubeCore

/// The operations on one `KubeResource` kind, with objects as their Swift type: responses are
/// decoded straight from the bytes with `JSONDecoder`, and writes carry the kind's `apiVersion`
/// and `kind` (custom resources are rejected without them). `KubeAPIClient.typed(_:namespace:)`
/// makes one.
///
/// Namespace: a cluster-scoped kind ignores `namespace`. For a namespaced kind with no
/// namespace here, list and watch span all namespaces, create and update use the object's
/// `metadata.namespace`, and calls that name an object need one and throw without it.
public struct TypedClient<Object: KubeResource>: Sendable {
    let resource: ResourceClient

    public var namespace: String? { resource.namespace }

    init(client: KubeAPIClient, namespace: String?) {
        resource = ResourceClient(
            client: client, resource: Object.groupVersionResource, namespace: Object.isNamespaced ? namespace : nil)
    }

    // MARK: - Reads

    public func get(_ name: String) async throws -> Object {
        try requireNamespace()
        return try Self.decode(Object.self, from: await resource.getData(name, subresource: nil), "GET \(name)")
    }

    public func list(_ options: ListOptions = ListOptions()) async throws -> ResourceList<Object> {
        let body = try Self.decode(ListBody.self, from: await resource.listData(options), "LIST")
        return ResourceList(items: body.items ?? [], metadata: body.metadata ?? ListMeta())
    }

    /// Every page, following `continue` tokens, as `ResourceClient.listAll` does.
    public func listAll(_ options: ListOptions = ListOptions()) async throws -> ResourceList<Object> {
        try await ResourceClient.collectPages(options) { try await list($0) }
    }

    // MARK: - Writes

    public func create(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        let objectNamespace = Self.namespace(of: object)
        try requireNamespace(objectNamespace: objectNamespace)
        let data = try await resource.createData(
            Self.encode(object), objectNamespace: objectNamespace, options: options)
        return try Self.decode(Object.self, from: data, "CREATE")
    }

    /// `PUT` the object, named by its `metadata.name`; a stale `metadata.resourceVersion` gets
    /// 409 Conflict.
    public func update(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        try await replace(object, subresource: nil, options: options)
    }

    /// `PUT` the object's `status` subresource.
    public func updateStatus(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        try await replace(object, subresource: "status", options: options)
    }

    private func replace(_ object: Object, subresource: String?, options: WriteOptions) async throws -> Object {
        let name = try Self.name(of: object)
        let objectNamespace = Self.namespace(of: object)
        try requireNamespace(objectNamespace: objectNamespace)
        let data = try await resource.replaceData(
            Self.encode(object), name: name, objectNamespace: objectNamespace, subresource: subresource,
            options: options)
        return try Self.decode(Object.self, from: data, "UPDATE \(name)")
    }

    public func patch(
        _ name: String, type: PatchType, body: JSONValue, options: PatchOptions = PatchOptions(),
        subresource: String? = nil
    ) async throws -> Object {
        try requireNamespace()
        let data = try await resource.patchData(
            name, type: type, body: ResourceClient.serialize(body), options: options, subresource: subresource)
        return try Self.decode(Object.self, from: data, "PATCH \(name)")
    }

    public func patch(
        _ name: String, _ patch: JSONPatch, options: PatchOptions = PatchOptions(), subresource: String? = nil
    ) async throws -> Object {
        try await self.patch(name, type: .json, body: patch.jsonValue, options: options, subresource: subresource)
    }

    /// Server-side apply of `object` as the whole intent of `options.fieldManager`. Build the
    /// object with only the fields you mean to own: every field present is claimed.
    public func apply(_ object: Object, options: PatchOptions, subresource: String? = nil) async throws -> Object {
        let name = try Self.name(of: object)
        let objectNamespace = Self.namespace(of: object)
        try requireNamespace(objectNamespace: objectNamespace)
        let data = try await resource.patchData(
            name, type: .apply, body: Self.encode(object), objectNamespace: objectNamespace, options: options,
            subresource: subresource)
        return try Self.decode(Object.self, from: data, "APPLY \(name)")
    }

    public func delete(_ name: String, options: DeleteOptions = DeleteOptions()) async throws -> DeleteResult<Object> {
        try requireNamespace()
        let data = try await resource.deleteData(name, options: options)
        if let status = try Self.status(in: data) { return .status(status) }
        return .object(try Self.decode(Object.self, from: data, "DELETE \(name)"))
    }

    public func deleteCollection(
        _ listOptions: ListOptions = ListOptions(), options: DeleteOptions = DeleteOptions()
    ) async throws -> DeleteResult<ResourceList<Object>> {
        let data = try await resource.deleteCollectionData(listOptions, options: options)
        if let status = try Self.status(in: data) { return .status(status) }
        let body = try Self.decode(ListBody.self, from: data, "DELETECOLLECTION")
        return .object(ResourceList(items: body.items ?? [], metadata: body.metadata ?? ListMeta()))
    }

    // MARK: - Watch

    /// As `ResourceClient.watch`, with each object decoded as `Object`.
    public func watch(_ options: WatchOptions = WatchOptions()) async throws -> AsyncThrowingStream<
        WatchEvent<Object>, any Error
    > {
        let response = try await resource.openWatch(options)
        return WatchEventReader(body: response.body, decode: { try WatchFrame.decodeTyped($0) }).makeStream()
    }

    // MARK: - Coding

    private struct ListBody: Decodable {
        var metadata: ListMeta?
        var items: [Object]?
    }

    private struct KindProbe: Decodable {
        var apiVersion: String?
        var kind: String?
    }

    /// Calls that address one object of a namespaced kind need a namespace; without this
    /// check they would go to a cluster-scoped path and fail with a puzzling 404.
    private func requireNamespace(objectNamespace: String? = nil) throws {
        if Object.isNamespaced, resource.namespace == nil, objectNamespace == nil {
            throw KubeClientError.invalidArgument(
                "\(Object.kind) is namespaced: give the client a namespace, or the object one")
        }
    }

    /// The object as JSON, with `apiVersion` and `kind` set from the type.
    private static func encode(_ object: Object) throws -> Data {
        var value: JSONValue
        do {
            value = try JSONValue(encoding: object)
        } catch {
            throw KubeClientError.invalidArgument("\(Object.kind) cannot be encoded: \(error)")
        }
        value["apiVersion"] = .string(Object.apiVersion)
        value["kind"] = .string(Object.kind)
        return try ResourceClient.serialize(value)
    }

    private static func decode<T: Decodable>(_ type: T.Type, from data: Data, _ what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw KubeClientError.invalidResponse("\(what) \(Object.kind): \(error)")
        }
    }

    /// The Status in a delete response, nil when the body is something else.
    private static func status(in data: Data) throws -> Status? {
        let probe = try decode(KindProbe.self, from: data, "DELETE")
        guard probe.kind == "Status", probe.apiVersion == "v1" else { return nil }
        return try decode(Status.self, from: data, "DELETE")
    }

    private static func name(of object: Object) throws -> String {
        guard let name = object.metadata.name, !name.isEmpty else {
            throw KubeClientError.invalidArgument("the \(Object.kind) has no metadata.name")
        }
        return name
    }

    private static func namespace(of object: Object) -> String? {
        object.metadata.namespace.flatMap { $0.isEmpty ? nil : $0 }
    }
}

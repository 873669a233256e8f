import KubeCore

/// get, list and watch, as JSON or as a server-side Table.
struct ReadHandler {
    let handler: ResourceHandler

    init(_ handler: ResourceHandler) {
        self.handler = handler
    }

    private var type: ResourceType { handler.type }
    private var store: ObjectStore { handler.server.store }
    private var request: APIRequest { handler.request }

    private var table: TableConverter? {
        guard TableConverter.wanted(request.accept) else { return nil }
        let include = TableConverter.IncludeObject(rawValue: request.query["includeObject"] ?? "") ?? .metadata
        return TableConverter(type: type, include: include, clock: { [writes = handler.server.writes] in writes.now })
    }

    func get(_ name: String) throws(APIError) -> APIResponse {
        let object = try handler.current(name)
        if let table { return APIResponse(json: table.table([object], listMeta: ["resourceVersion": object["metadata"]?["resourceVersion"] ?? ""])) }
        return APIResponse(json: object)
    }

    private func filter(_ options: ListOptions) -> WatchFilter {
        WatchFilter(
            resource: type.storageKey, namespace: handler.path.namespace, labels: options.labels, fields: options.fields,
            fieldValue: ListOptions.fieldValue(type))
    }

    func list(_ options: ListOptions) throws(APIError) -> APIResponse {
        let filter = filter(options)
        let (all, revision) = store.list(type.storageKey, namespace: handler.path.namespace)
        if let requested = options.resourceVersion.flatMap(UInt64.init), requested > revision,
            options.resourceVersionMatch != "Exact"
        {
            throw APIError(Status(
                status: Status.failure, message: "Too large resource version: \(requested), current: \(revision)",
                reason: .timeout,
                details: StatusDetails(causes: [StatusCause(reason: "ResourceVersionTooLarge", message: "Too large resource version")], retryAfterSeconds: 1),
                code: 504))
        }
        var matching = all.lazy.filter { filter.matches($0.object, key: $0.key) }.map { $0 } as [(key: ObjectKey, object: JSONValue)]
        if let token = options.continueToken {
            let after = token.after
            matching = matching.filter { $0.key > after }
        }
        var metadata: JSONObject = ["resourceVersion": .string(String(options.continueToken?.rv ?? revision))]
        if let limit = options.limit, matching.count > limit {
            let page = Array(matching.prefix(limit))
            metadata["continue"] = .string(ContinueToken(revision: options.continueToken?.rv ?? revision, after: page.last!.key).encoded)
            if options.labels.isEmpty && options.fields.isEmpty {
                metadata["remainingItemCount"] = .integer(Int64(matching.count - limit))
            }
            matching = page
        }
        let items = matching.map { handler.server.writes.served($0.object, as: type) }
        if let table { return APIResponse(json: table.table(items, listMeta: .object(metadata))) }
        return APIResponse(json: [
            "kind": .string(type.listKind), "apiVersion": .string(type.apiVersion), "metadata": .object(metadata),
            "items": .array(items),
        ])
    }

    /// Streams watch events, one JSON object per line, until the timeout, the client leaving, or
    /// the watcher falling too far behind. A too-old resourceVersion is an ERROR event carrying
    /// 410 Expired, as kube-apiserver sends it, rather than an HTTP error.
    func watch(_ options: ListOptions) throws(APIError) -> APIResponse {
        let start: ObjectStore.WatchStart
        if options.sendInitialEvents == true {
            start = .initialState(bookmark: options.allowBookmarks)
        } else if let version = options.resourceVersion.flatMap(UInt64.init), version != 0 {
            start = .after(version)
        } else {
            start = .initialState(bookmark: false)
        }
        let encoder = WatchEncoder(type: type, table: table, served: { [writes = handler.server.writes, type] in writes.served($0, as: type) })
        let timeout = Duration.seconds(options.timeoutSeconds ?? WatchEncoder.defaultTimeoutSeconds)
        let items: AsyncStream<WatchItem>
        do {
            items = try store.watch(filter(options), from: start, bookmarks: options.allowBookmarks)
        } catch .expired(let requested, let oldest) {
            let status = Status(
                status: Status.failure, message: "too old resource version: \(requested) (\(oldest))", reason: .expired,
                details: StatusDetails(), code: 410)
            return APIResponse(status: 200, body: .bytes(encoder.error(status)))
        } catch .tooLarge(let requested, let current) {
            throw APIError(Status(
                status: Status.failure, message: "Too large resource version: \(requested), current: \(current)",
                reason: .timeout, details: StatusDetails(retryAfterSeconds: 1), code: 504))
        } catch {
            throw APIError(.internalError("\(error)"))
        }
        return APIResponse(status: 200, body: .stream(encoder.stream(items, timeout: timeout)))
    }
}

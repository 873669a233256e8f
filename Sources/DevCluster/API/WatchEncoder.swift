import KubeCore

/// Turns watcher items into the lines of a watch response: `{"type":"ADDED","object":{…}}`,
/// bookmarks carrying only kind, apiVersion and resourceVersion, and Tables when the client
/// asked for them (`kubectl get -w`).
struct WatchEncoder: Sendable {
    /// kube-apiserver ends watches without a timeout after a random 30–60 minutes.
    static let defaultTimeoutSeconds = 1800

    let type: ResourceType
    let table: TableConverter?
    let served: @Sendable (JSONValue) -> JSONValue

    func line(_ item: WatchItem) -> [UInt8] {
        let event: JSONValue
        switch item {
        case .event(let kind, let object):
            let value = served(object)
            event = ["type": .string(kind.rawValue), "object": table?.table([value], listMeta: ["resourceVersion": value["metadata"]?["resourceVersion"] ?? ""]) ?? value]
        case .bookmark(let revision, let initialEventsEnd):
            var metadata: JSONObject = ["resourceVersion": .string(String(revision))]
            if initialEventsEnd { metadata["annotations"] = ["k8s.io/initial-events-end": "true"] }
            event = [
                "type": "BOOKMARK",
                "object": ["kind": .string(type.kind), "apiVersion": .string(type.apiVersion), "metadata": .object(metadata)],
            ]
        }
        return ((try? event.jsonBytes()) ?? []) + [0x0A]
    }

    func error(_ status: Status) -> [UInt8] {
        let event: JSONValue = ["type": "ERROR", "object": (try? JSONValue(encoding: status)) ?? .null]
        return ((try? event.jsonBytes()) ?? []) + [0x0A]
    }

    /// The response body: encoded items until the timeout or the end of the watcher.
    func stream(_ items: AsyncStream<WatchItem>, timeout: Duration) -> AsyncStream<[UInt8]> {
        AsyncStream { continuation in
            let pump = Task {
                for await item in items {
                    continuation.yield(line(item))
                }
                continuation.finish()
            }
            let timer = Task {
                try? await Task.sleep(for: timeout)
                pump.cancel()
                continuation.finish()
            }
            continuation.onTermination = { _ in
                pump.cancel()
                timer.cancel()
            }
        }
    }
}

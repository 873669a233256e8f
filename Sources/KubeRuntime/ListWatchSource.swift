import KubeClient
import KubeCore

/// What a `Watcher` needs from the API: one page of a list, and a watch. `ResourceClient` is
/// one; tests script their own to drive the watcher through pages, expiries and failures
/// without a server.
public protocol ListWatchSource: Sendable {
    /// One page of the collection.
    func list(_ options: ListOptions) async throws -> ResourceList<JSONValue>
    /// The changes after `options.resourceVersion`. The stream ends when the server ends the
    /// watch and throws the server's ERROR event as a `KubeAPIError` (410 when the version has
    /// been compacted).
    func watch(_ options: WatchOptions) async throws -> AsyncThrowingStream<WatchEvent<JSONValue>, any Error>
}

extension ResourceClient: ListWatchSource {}

import DequeModule
import Foundation
import KubeClient
import KubeCore
import Logging
import Synchronization

/// Writes `events.k8s.io/v1` Events about objects — what `kubectl describe` shows under
/// Events — and folds repeats into one Event with a series count, as client-go's event
/// recorder does, so a reconcile that keeps failing the same way does not flood the API server.
///
/// Recording never fails the caller: an Event is a courtesy, and an API error writing one is
/// logged and dropped.
public final class EventRecorder: Sendable {
    /// `reportingController`, e.g. `baton.dev/operator`.
    public let controller: String
    /// `reportingInstance`: this process, so two replicas' Events can be told apart.
    public let instance: String
    private let client: KubeAPIClient
    private let logger: Logger
    private let clock: RuntimeClock
    private let recent = Mutex(RecentEvents())

    /// A repeat within this window joins the earlier Event's series (client-go: 6 minutes).
    static let seriesWindow: TimeInterval = 6 * 60
    /// The most distinct Events remembered for de-duplication; the oldest are forgotten first.
    static let memory = 4096

    public init(
        client: KubeAPIClient, controller: String, instance: String, clock: RuntimeClock = .system, logger: Logger
    ) {
        self.client = client
        self.controller = controller
        self.instance = instance
        self.logger = logger
        self.clock = clock
    }

    /// Records an Event about `object` (as the API server returned it).
    /// - Parameters:
    ///   - reason: CamelCase, why the action was taken (`TrainingFailed`).
    ///   - action: CamelCase, what was done (`Train`, `Serve`).
    ///   - note: for humans; cut to 1 kB, the API's limit.
    public func record(
        about object: JSONValue, type: EventType, reason: String, action: String, note: String
    ) async {
        guard let regarding = ObjectReference(object) else { return }
        // client-go puts Events about cluster-scoped objects in `default`.
        let namespace = regarding.namespace ?? "default"
        var note = note
        while note.utf8.count > 1024 { note.removeLast() }
        let identity = EventIdentity(
            uid: regarding.uid, type: type, reason: reason, action: action, note: note)
        let time = clock.date()
        let events = client.resource(APIResource.events.resource, namespace: namespace)
        let repeatOf = recent.withLock { $0.repeatOf(identity, at: time) }
        do {
            if let (name, count) = repeatOf {
                let patch: JSONValue = [
                    "series": ["count": .integer(Int64(count)), "lastObservedTime": .string(KubeMicroTime(time).rfc3339)]
                ]
                _ = try await events.patch(name, type: .merge, body: patch)
                return
            }
            let name = "\(regarding.name).\(String(UInt64(time.timeIntervalSince1970 * 1e9), radix: 16))"
            let event: JSONValue = [
                "apiVersion": "events.k8s.io/v1", "kind": "Event",
                "metadata": ["name": .string(name), "namespace": .string(namespace)],
                "regarding": regarding.json, "reason": .string(reason), "action": .string(action),
                "note": .string(note), "type": .string(type.rawValue),
                "eventTime": .string(KubeMicroTime(time).rfc3339),
                "reportingController": .string(controller), "reportingInstance": .string(instance),
            ]
            _ = try await events.create(event)
            recent.withLock { $0.remember(identity, name: name, at: time) }
        } catch {
            logger.debug("could not record an event", metadata: ["reason": "\(reason)", "error": "\(error)"])
        }
    }
}

public enum EventType: String, Sendable, Hashable {
    case normal = "Normal"
    case warning = "Warning"
}

/// The object an Event is about, in the shape of `regarding`.
struct ObjectReference: Sendable {
    var apiVersion: String
    var kind: String
    var namespace: String?
    var name: String
    var uid: String

    init?(_ object: JSONValue) {
        guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue,
            let name = object[path: ["metadata", "name"]]?.stringValue,
            let uid = object[path: ["metadata", "uid"]]?.stringValue
        else { return nil }
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        namespace = object[path: ["metadata", "namespace"]]?.stringValue
    }

    var json: JSONValue {
        var value: JSONValue = [
            "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
        ]
        if let namespace { value["namespace"] = .string(namespace) }
        return value
    }
}

/// What makes two Events the same Event seen again.
private struct EventIdentity: Hashable {
    var uid: String
    var type: EventType
    var reason: String
    var action: String
    var note: String
}

/// The Events recorded lately, bounded, oldest forgotten first.
private struct RecentEvents {
    var entries: [EventIdentity: (name: String, count: Int, last: Date)] = [:]
    var order: Deque<EventIdentity> = []

    /// The Event a repeat joins and its new count, counting this occurrence.
    mutating func repeatOf(_ identity: EventIdentity, at time: Date) -> (String, Int)? {
        guard var entry = entries[identity], time.timeIntervalSince(entry.last) < EventRecorder.seriesWindow
        else { return nil }
        entry.count += 1
        entry.last = time
        entries[identity] = entry
        return (entry.name, entry.count)
    }

    mutating func remember(_ identity: EventIdentity, name: String, at time: Date) {
        if entries.updateValue((name, 1, time), forKey: identity) == nil { order.append(identity) }
        while order.count > EventRecorder.memory, let oldest = order.popFirst() { entries[oldest] = nil }
    }
}

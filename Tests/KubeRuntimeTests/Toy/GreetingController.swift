import Foundation
import KubeCore
import KubeRuntime

// A whole controller for a new kind in one file: the kind's types, what it observes and its
// pure plan. Everything else — fetching, decoding, writing children and status, Events,
// refused writes, undecodable objects — is the runtime's. A Greeting keeps a ConfigMap with
// its message (applied), a ConfigMap with its first message (created once), and lists in its
// status the ServiceAccounts whose `toys.example.com/selects` annotation selects it.

struct Greeting: Codable, Sendable {
    var metadata: ObjectMeta
    var spec: Spec
    var status: GreetingStatus?

    struct Spec: Codable, Sendable {
        var message: String
        /// Copied into the greeting ConfigMap's data when set.
        var extra: String?
        /// Copied into the greeting ConfigMap's labels when set (an invalid one is refused).
        var label: String?
    }
}

struct GreetingStatus: ConditionedStatus {
    var observedGeneration: Int64?
    var conditions: [Condition]?
    var selectedBy: [String]?
}

struct GreetingObservation: Sendable {
    var greeting: Greeting
    var selectedBy: [String]
}

struct GreetingReconciler: PlanningReconciler {
    static let resource = APIResource(
        .init(group: "toys.example.com", version: "v1", resource: "greetings"), kind: "Greeting")
    static let configMaps = APIResource(.init(group: "", version: "v1", resource: "configmaps"), kind: "ConfigMap")
    static let serviceAccounts = APIResource(
        .init(group: "", version: "v1", resource: "serviceaccounts"), kind: "ServiceAccount")
    static let selectsAnnotation = "toys.example.com/selects"

    static func selector(of account: JSONValue) -> LabelSelector? {
        guard let text = account[path: ["metadata", "annotations", selectsAnnotation]]?.stringValue else { return nil }
        let labels = text.split(separator: ",").compactMap { pair -> (String, String)? in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        return LabelSelector(matchLabels: Dictionary(labels, uniquingKeysWith: { _, last in last }))
    }

    static func register(on manager: Manager, events: EventRecorder) throws {
        try manager.controller("greeting")
            .for(resource)
            .owns(configMaps, labelSelector: "toy=greeting")
            .watches(serviceAccounts, selecting: selector(of:))
            .complete(GreetingReconciler(), fieldManager: "toy-greeting", events: events)
    }

    func observe(_ greeting: Greeting, in stores: Stores) -> GreetingObservation {
        let labels = greeting.metadata.labels ?? [:]
        let selecting = stores[Self.serviceAccounts].list(namespace: greeting.metadata.namespace).filter {
            (try? Self.selector(of: $0)?.matches(labels)) == true
        }
        return GreetingObservation(greeting: greeting, selectedBy: selecting.compactMap { ObjectKey(of: $0)?.name })
    }

    func plan(_ observation: GreetingObservation, now: Date) -> ReconcilePlan<GreetingStatus> {
        let greeting = observation.greeting
        let name = greeting.metadata.name ?? ""
        var data: JSONValue = ["message": .string(greeting.spec.message)]
        data["extra"] = greeting.spec.extra.map(JSONValue.string)
        var labels: JSONValue = ["toy": "greeting"]
        labels["greeting"] = greeting.spec.label.map(JSONValue.string)
        let owner: JSONValue = [
            "apiVersion": "toys.example.com/v1", "kind": "Greeting", "name": .string(name),
            "uid": .string(greeting.metadata.uid ?? ""), "controller": true,
        ]
        func configMap(_ suffix: String, labels: JSONValue, data: JSONValue) -> JSONValue {
            [
                "apiVersion": "v1", "kind": "ConfigMap",
                "metadata": [
                    "name": .string("\(name)-\(suffix)"), "namespace": .string(greeting.metadata.namespace ?? ""),
                    "labels": labels, "ownerReferences": [owner],
                ],
                "data": data,
            ]
        }
        let previous = greeting.status
        var status = GreetingStatus(
            observedGeneration: greeting.metadata.generation, conditions: previous?.conditions,
            selectedBy: observation.selectedBy.isEmpty ? nil : observation.selectedBy)
        var conditions = status.conditions ?? []
        conditions.setCondition(
            type: "Ready", status: .true, reason: "Greeted", message: greeting.spec.message,
            observedGeneration: greeting.metadata.generation, now: KubeTime(now))
        status.conditions = conditions
        return ReconcilePlan(
            children: [
                DesiredChild(configMap("greeting", labels: labels, data: data)),
                DesiredChild(configMap("first", labels: ["toy": "greeting"], data: data), mode: .createOnly),
            ],
            status: status,
            events: previous == nil ? [PlannedEvent(.normal, reason: "Greeted", action: "Greet", message: "said hello")] : [])
    }

    func ownedStatus(of greeting: Greeting) -> GreetingStatus? { greeting.status }

    var failureCondition: FailureCondition { FailureCondition(type: "Ready", status: .false) }
}

import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// Wires the Policy controller into a manager: it judges the Models each Policy selects and
/// reports them in the Policy's status (the Model controller's gate acts on the same judgement).
public enum PolicyController {
    public static let name = "policy"
    /// The field manager of the Policy's status, the only thing this controller writes.
    public static let fieldManager = "baton-policy"

    public static let resource = APIResource(Policy.groupVersionResource, kind: Policy.kind)

    /// Registers the controller; call before `manager.run()`. A reconcile reads caches and
    /// judges in memory, so a couple of workers keep up.
    @discardableResult
    public static func register(
        on manager: Manager, configuration: OperatorConfiguration, events: EventRecorder, workers: Int = 2
    ) throws -> Controller {
        let builder = manager.controller(name).for(resource)
        let policies = builder.stores.primary
        return try builder
            // A Model changing (its labels, its version, what training reported) changes the
            // report of every Policy selecting it; the builder maps the old object too, so a
            // Model relabelled out of a Policy's selection leaves its results.
            .watches(ModelController.resource) { model in
                Self.policies(selecting: model, in: policies)
            }
            .workers(workers)
            .complete(PolicyReconciler(configuration: configuration), fieldManager: fieldManager, events: events)
    }

    /// The keys of the Policies in the Model's namespace whose selector matches it (one that
    /// does not parse matches nothing: its Policy reports that by itself).
    static func policies(selecting model: JSONValue, in cache: ObjectCache) -> [ObjectKey] {
        let labels = labels(of: model)
        return cache.list(namespace: model[path: ["metadata", "namespace"]]?.stringValue).filter { policy in
            guard let selector = try? policy[path: ["spec", "modelSelector"]]?.decode(LabelSelector.self) else { return false }
            return (try? selector.matches(labels)) ?? false
        }.compactMap { ObjectKey(of: $0) }
    }

    /// An object's labels as a cached object holds them.
    static func labels(of object: JSONValue) -> [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in object[path: ["metadata", "labels"]]?.objectValue ?? [:] {
            labels[key] = value.stringValue
        }
        return labels
    }
}

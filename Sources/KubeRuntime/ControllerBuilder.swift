import KubeCore
import Logging

/// Declares what a controller reconciles and what wakes it, controller-runtime style:
///
///     manager.controller("model")
///         .for(modelResource)                      // the primary kind, generation-changed filter
///         .owns(.jobs, labelSelector: "baton.dev/model")   // children: wake the controlling owner
///         .watches(.pods, labelSelector: "...") { pod in [key] }   // anything else, mapped to keys
///         .complete(reconciler)
public struct ControllerBuilder {
    let name: String
    let manager: Manager
    private var primary: (resource: APIResource, filter: EventFilter, labelSelector: String?)?
    private var sources: [(informer: Informer, map: @Sendable (JSONValue) -> [ObjectKey])] = []
    private var workerCount = 1

    init(name: String, manager: Manager) {
        self.name = name
        self.manager = manager
    }

    /// The kind reconciled. By default only spec, label, annotation and deletion changes wake
    /// it (`EventFilter.generationChanged`), so status writes do not loop.
    public func `for`(
        _ resource: APIResource, filter: EventFilter = .generationChanged, labelSelector: String? = nil
    ) -> ControllerBuilder {
        var copy = self
        copy.primary = (resource, filter, labelSelector)
        return copy
    }

    /// A kind the primary creates: a change to one wakes its controlling owner, when that
    /// owner is of the primary kind. `labelSelector` narrows what is cached.
    public func owns(_ resource: APIResource, labelSelector: String? = nil) -> ControllerBuilder {
        guard let primary else { preconditionFailure("call for(_:) before owns(_:)") }
        let owner = primary.resource
        return watches(resource, labelSelector: labelSelector) { object in
            guard let reference = OwnerReferences.controller(of: object), owner.isKind(of: reference) else { return [] }
            let namespace = owner.isNamespaced ? object[path: ["metadata", "namespace"]]?.stringValue : nil
            return [ObjectKey(namespace: namespace, name: reference.name)]
        }
    }

    /// Any kind, mapped to the keys it should wake.
    public func watches(
        _ resource: APIResource, labelSelector: String? = nil, indexes: [String: ObjectCache.IndexFunction] = [:],
        map: @escaping @Sendable (JSONValue) -> [ObjectKey]
    ) -> ControllerBuilder {
        var copy = self
        copy.sources.append((manager.informer(for: resource, labelSelector: labelSelector, indexes: indexes), map))
        return copy
    }

    /// Concurrent reconciles (distinct keys only). Default 1.
    public func workers(_ count: Int) -> ControllerBuilder {
        var copy = self
        copy.workerCount = max(1, count)
        return copy
    }

    /// Registers the controller with the manager, which runs it.
    @discardableResult
    public func complete(_ reconciler: some Reconciler) -> Controller {
        guard let primary else { preconditionFailure("call for(_:) before complete(_:)") }
        let queue = WorkQueue<ObjectKey>(metrics: WorkQueueMetrics(name: name, registry: manager.registry))
        let controller = Controller(
            name: name, reconciler: reconciler, workers: workerCount, queue: queue,
            metrics: ControllerMetrics(registry: manager.registry, controller: name, workers: workerCount),
            logger: manager.logger)
        let primaryInformer = manager.informer(for: primary.resource, labelSelector: primary.labelSelector)
        primaryInformer.addHandler { [filter = primary.filter] event in
            guard filter.admits(event.change), let key = ObjectKey(of: event.change.object) else { return }
            controller.enqueue(key, isInitial: event.isInitial)
        }
        for source in sources {
            source.informer.addHandler { [map = source.map] event in
                var keys = map(event.change.object)
                // A child that moved to another owner must wake the old one too.
                if case let .updated(old, _) = event.change { keys += map(old) }
                for key in Set(keys) { controller.enqueue(key, isInitial: event.isInitial) }
            }
        }
        manager.add(controller)
        return controller
    }
}

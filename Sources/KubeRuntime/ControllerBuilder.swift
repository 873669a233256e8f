import Foundation
import KubeCore
import Logging

/// Declares what a controller reconciles and what wakes it, controller-runtime style:
///
///     let builder = manager.controller("model")
///         .for(modelResource)                              // the primary kind, generation-changed filter
///         .owns(.jobs, labelSelector: "baton.dev/model")   // children: wake the controlling owner
///         .watches(.pods, labelSelector: "...") { pod in [key] }   // anything else, mapped to keys
///     try builder.complete(ModelReconciler(...), fieldManager: "baton-model", events: recorder)
///
/// The builder makes the informers (shared through the manager) and hands their caches to
/// the reconciler as `Stores` (and to maps, through `stores`), so each cache and its indexes
/// are declared once, here.
public struct ControllerBuilder {
    let name: String
    let manager: Manager
    private var primary: (resource: APIResource, filter: EventFilter, informer: Informer)?
    private var sources: [(resource: APIResource, informer: Informer, map: @Sendable (JSONValue) -> [ObjectKey])] = []
    private var workerCount = 1
    /// The first wiring mistake, reported by `complete`.
    private var problem: ControllerConfigurationError?

    init(name: String, manager: Manager) {
        self.name = name
        self.manager = manager
    }

    /// The kind reconciled. By default only spec, label, annotation and deletion changes wake
    /// it (`EventFilter.generationChanged`), so status writes do not loop.
    public func `for`(
        _ resource: APIResource, filter: EventFilter = .generationChanged, labelSelector: String? = nil,
        indexes: [String: ObjectCache.IndexFunction] = [:]
    ) -> ControllerBuilder {
        var copy = self
        do throws(ControllerConfigurationError) {
            copy.primary = (resource, filter, try manager.informer(for: resource, labelSelector: labelSelector, indexes: indexes))
        } catch {
            copy.problem = copy.problem ?? error
        }
        return copy
    }

    /// A kind the primary creates: a change to one wakes its controlling owner, when that
    /// owner is of the primary kind. `labelSelector` narrows what is cached.
    /// - Parameter optional: the cluster may not serve the kind (see `Manager.informer`).
    public func owns(
        _ resource: APIResource, labelSelector: String? = nil, indexes: [String: ObjectCache.IndexFunction] = [:],
        optional: Bool = false
    ) -> ControllerBuilder {
        guard let owner = primary?.resource else { preconditionFailure("call for(_:) before owns(_:)") }
        return watches(resource, labelSelector: labelSelector, indexes: indexes, optional: optional) { object in
            guard let reference = OwnerReferences.controller(of: object), owner.isKind(of: reference) else { return [] }
            let namespace = owner.isNamespaced ? object[path: ["metadata", "namespace"]]?.stringValue : nil
            return [ObjectKey(namespace: namespace, name: reference.name)]
        }
    }

    /// A kind whose objects select primary objects by label (a Policy's `selector` over Models):
    /// a change to one wakes every primary object in its namespace that its selector — as
    /// `selector` reads it, nil for none — matches, before and after the change.
    public func watches(
        _ resource: APIResource, labelSelector: String? = nil,
        selecting selector: @escaping @Sendable (JSONValue) -> LabelSelector?
    ) -> ControllerBuilder {
        guard let primary = primary?.informer.cache else { preconditionFailure("call for(_:) before watches(_:selecting:)") }
        return watches(resource, labelSelector: labelSelector) { object in
            guard let selector = selector(object) else { return [] }
            let namespace = object[path: ["metadata", "namespace"]]?.stringValue
            return primary.list(namespace: namespace).filter { candidate in
                var labels: [String: String] = [:]
                for (key, value) in candidate[path: ["metadata", "labels"]]?.objectValue ?? [:] {
                    labels[key] = value.stringValue
                }
                // A selector the API server let through but that does not parse selects nothing.
                return (try? selector.matches(labels)) ?? false
            }.compactMap { ObjectKey(of: $0) }
        }
    }

    /// Any kind, mapped to the keys it should wake.
    public func watches(
        _ resource: APIResource, labelSelector: String? = nil, indexes: [String: ObjectCache.IndexFunction] = [:],
        optional: Bool = false, map: @escaping @Sendable (JSONValue) -> [ObjectKey]
    ) -> ControllerBuilder {
        var copy = self
        do throws(ControllerConfigurationError) {
            if resource == primary?.resource || sources.contains(where: { $0.resource == resource }) {
                throw .resourceTwice(controller: name, resource: resource)
            }
            let informer = try manager.informer(
                for: resource, labelSelector: labelSelector, indexes: indexes, optional: optional)
            copy.sources.append((resource, informer, map))
        } catch {
            copy.problem = copy.problem ?? error
        }
        return copy
    }

    /// Concurrent reconciles (distinct keys only). Default 1.
    public func workers(_ count: Int) -> ControllerBuilder {
        var copy = self
        copy.workerCount = max(1, count)
        return copy
    }

    /// The caches this builder declared, for a reconciler made by hand.
    public var stores: Stores {
        guard let primary else { preconditionFailure("call for(_:) before stores") }
        return Stores(
            primary: primary.informer.cache,
            caches: Dictionary(uniqueKeysWithValues: [(primary.resource, primary.informer.cache)]
                + sources.map { ($0.resource, $0.informer.cache) }))
    }

    /// Registers a `PlanningReconciler` behind the typed adapter, observing through this
    /// builder's `stores` and planning at the manager's clock's time: `fieldManager` owns what
    /// it writes, and `events` records its Events.
    @discardableResult
    public func complete<Planner: PlanningReconciler>(
        _ planner: Planner, fieldManager: String, events: EventRecorder
    ) throws -> Controller {
        if let problem { throw problem }
        return try complete(
            TypedReconciler(
                planner: planner, stores: stores,
                applier: ObjectApplier(client: manager.client, fieldManager: fieldManager), events: events,
                now: manager.clock.date))
    }

    /// Registers the controller with the manager, which runs it.
    @discardableResult
    public func complete(_ reconciler: some Reconciler) throws -> Controller {
        if let problem { throw problem }
        guard let primary else { preconditionFailure("call for(_:) before complete(_:)") }
        let queue = WorkQueue<ObjectKey>(
            metrics: WorkQueueMetrics(name: name, metricsFactory: manager.metricsFactory), clock: manager.clock)
        let controller = Controller(
            name: name, reconciler: reconciler, workers: workerCount, queue: queue,
            metrics: ControllerMetrics(factory: manager.metricsFactory, controller: name, workers: workerCount),
            logger: manager.logger)
        primary.informer.addHandler { [filter = primary.filter] event in
            guard filter.admits(event.change), let key = ObjectKey(of: event.change.object) else { return }
            controller.enqueue(key, isInitial: event.isInitial)
        }
        for source in sources {
            // A kind becoming served, or no longer (an optional CRD installed or removed), changes
            // what every primary object can have: all of them are reconciled.
            source.informer.addServedHandler { [cache = primary.informer.cache] _ in
                for object in cache.list() {
                    if let key = ObjectKey(of: object) { controller.enqueue(key, isInitial: true) }
                }
            }
            source.informer.addHandler { [map = source.map] event in
                guard EventFilter.changesOnly.admits(event.change) else { return }
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

/// A controller wired wrongly: found when it is built, before anything runs.
public enum ControllerConfigurationError: Error, Equatable, CustomStringConvertible {
    /// Two callers asked for the same shared informer with different indexes: the second would
    /// silently get the first's.
    case conflictingIndexes(resource: APIResource, labelSelector: String?, existing: [String], requested: [String])
    /// One controller declared a resource twice (`for`, `owns`, `watches`): its `Stores` holds
    /// one cache per resource.
    case resourceTwice(controller: String, resource: APIResource)

    public var description: String {
        switch self {
        case let .conflictingIndexes(resource, selector, existing, requested):
            "the informer for \(resource)\(selector.map { " (\($0))" } ?? "") exists with indexes \(existing) and was asked for again with \(requested): declare its indexes once, where it is first made"
        case let .resourceTwice(controller, resource):
            "controller \(controller) declares \(resource) twice"
        }
    }
}

import KubeCore

/// The caches a controller's builder made, by resource — kube-rs's `store()`: declared once on
/// the builder (`for`, `owns`, `watches`), read by the reconciler's `observe` and written
/// through by `PlanExecutor`. A controller has one cache per resource.
public struct Stores: Sendable {
    /// The reconciled kind's cache.
    public let primary: ObjectCache
    private let caches: [APIResource: ObjectCache]

    init(primary: ObjectCache, caches: [APIResource: ObjectCache]) {
        self.primary = primary
        self.caches = caches
    }

    /// The cache of a resource the builder declared. Asking for one it did not is a wiring
    /// mistake, caught the first time the reconciler runs.
    public subscript(resource: APIResource) -> ObjectCache {
        guard let cache = caches[resource] else {
            preconditionFailure("\(resource) was not declared on the controller's builder (owns or watches)")
        }
        return cache
    }

    /// The cache holding objects of this apiVersion and kind; nil when none was declared.
    public func cache(apiVersion: String, kind: String) -> ObjectCache? {
        let group = (try? GroupVersion(apiVersion: apiVersion))?.group
        return caches.first { $0.key.kind == kind && $0.key.group == group }?.value
    }
}

import KubeCore

/// Runs the in-process controllers over the store's change feed, one event at a time: what
/// kube-controller-manager and apiextensions-apiserver do on a real cluster, plus the
/// simulated kubelet and workload controllers when switched on.
struct ClusterControllers: Sendable {
    let writes: ObjectWrites
    let simulation: Bool

    func run(_ changes: AsyncStream<StoreEvent>) async {
        let garbageCollector = GarbageCollector(writes: writes)
        let namespaces = NamespaceController(writes: writes)
        let definitions = CustomResourceDefinitionController(writes: writes)
        let jobs = simulation ? JobSimulator(writes: writes) : nil
        let workloads = simulation ? WorkloadSimulator(writes: writes) : nil
        let autoscalers = simulation ? AutoscalerSimulator(writes: writes) : nil
        for await event in changes {
            definitions.handle(event)
            namespaces.handle(event)
            garbageCollector.handle(event)
            jobs?.handle(event)
            workloads?.handle(event)
            autoscalers?.handle(event)
        }
    }
}

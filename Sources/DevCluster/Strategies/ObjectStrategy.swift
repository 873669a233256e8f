import KubeCore

/// What is special about one kind on writes, like kube-apiserver's registry strategies:
/// server-owned fields and defaults on create, what an update may not change, and the kind's
/// own validation. The generic write path (`ObjectWrites`) does everything else.
protocol ObjectStrategy: Sendable {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext)
    /// Runs on every update after the generic rules; `old` is the stored object.
    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext)
    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError]
    /// The object left the store (cluster IPs go back to the pool).
    func deleted(_ object: JSONValue, _ context: StrategyContext)
    var nameRule: ObjectMetaValidation.NameRule { get }
}

extension ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {}
    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {}
    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] { [] }
    func deleted(_ object: JSONValue, _ context: StrategyContext) {}
    var nameRule: ObjectMetaValidation.NameRule { .dns1123Subdomain }
}

/// What strategies may use: the clock and the cluster-IP pool.
struct StrategyContext: Sendable {
    var now: KubeTime
    var clusterIPs: ClusterIPAllocator
    /// A dry run must not allocate for real.
    var dryRun: Bool
}

/// Kinds with nothing special.
struct DefaultStrategy: ObjectStrategy {
    var nameRule: ObjectMetaValidation.NameRule = .dns1123Subdomain
}

enum Strategies {
    static func strategy(for type: ResourceType) -> any ObjectStrategy {
        if type.isCustom { return DefaultStrategy() }
        switch (type.group, type.kind) {
        case ("", "Namespace"): return NamespaceStrategy()
        case ("", "Service"): return ServiceStrategy()
        case ("", "Secret"): return SecretStrategy()
        case ("", "ConfigMap"): return ConfigMapStrategy()
        case ("", "Pod"): return PodStrategy()
        case ("apps", "Deployment"), ("apps", "ReplicaSet"), ("apps", "StatefulSet"), ("apps", "DaemonSet"):
            return WorkloadStrategy()
        case ("batch", "Job"): return JobStrategy()
        case ("batch", "CronJob"): return CronJobStrategy()
        case ("events.k8s.io", "Event"): return EventStrategy()
        case ("rbac.authorization.k8s.io", _): return DefaultStrategy(nameRule: .pathSegment)
        case ("apiextensions.k8s.io", "CustomResourceDefinition"): return CustomResourceDefinitionStrategy()
        default: return DefaultStrategy()
        }
    }
}

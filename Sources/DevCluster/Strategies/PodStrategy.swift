import KubeCore

/// Pods start Pending (the simulated kubelet moves them on); their spec is defaulted and
/// validated, and is immutable apart from container images and a few scheduling fields.
struct PodStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        var spec = object["spec"] ?? [:]
        PodSpecRules.applyDefaults(&spec)
        // The ServiceAccount admission plugin: pods run as their namespace's `default` account.
        if (spec["serviceAccountName"]?.stringValue ?? "").isEmpty { spec["serviceAccountName"] = "default" }
        if spec["serviceAccount"] == nil { spec["serviceAccount"] = spec["serviceAccountName"] }
        object["spec"] = spec
        object["status"] = ["phase": "Pending", "qosClass": qosClass(of: spec)]
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors = PodSpecRules.validate(object["spec"], field: "spec")
        if let old, var before = old["spec"], var after = object["spec"] {
            // Only images may change, and nodeName once, from empty (what binding a pod to a node
            // through the `binding` subresource does).
            if (before["nodeName"]?.stringValue ?? "").isEmpty { before["nodeName"] = after["nodeName"] }
            for list in ["containers", "initContainers"] {
                before[list] = before[list]?.arrayValue.map { .array($0.map { var c = $0; c["image"] = nil; return c }) }
                after[list] = after[list]?.arrayValue.map { .array($0.map { var c = $0; c["image"] = nil; return c }) }
            }
            if before != after {
                errors.append(.forbidden(
                    "spec", "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"))
            }
        }
        return errors
    }

    /// BestEffort without any requests or limits, Guaranteed when every container's limits equal
    /// its requests for cpu and memory, Burstable otherwise.
    private func qosClass(of spec: JSONValue) -> JSONValue {
        let containers = spec["containers"]?.arrayValue ?? []
        let resources = containers.map { $0["resources"] ?? [:] }
        let any = resources.contains { !($0["requests"]?.objectValue?.isEmpty ?? true) || !($0["limits"]?.objectValue?.isEmpty ?? true) }
        guard any else { return "BestEffort" }
        let guaranteed = resources.allSatisfy { r in
            ["cpu", "memory"].allSatisfy { key in
                let limit = r[path: ["limits", key]]
                return limit != nil && (r[path: ["requests", key]] ?? limit) == limit
            }
        }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}

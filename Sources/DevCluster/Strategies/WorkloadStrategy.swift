import KubeCore

/// Deployments, ReplicaSets, StatefulSets and DaemonSets: apps/v1 defaults, a selector that
/// must select the template's labels, and a selector that may not change.
struct WorkloadStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        applyDefaults(&object)
        object["status"] = nil
    }

    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {
        applyDefaults(&object)
    }

    private func applyDefaults(_ object: inout JSONValue) {
        let kind = object["kind"]?.stringValue ?? ""
        if kind != "DaemonSet", object[path: ["spec", "replicas"]] == nil { object[path: ["spec", "replicas"]] = 1 }
        if object[path: ["spec", "revisionHistoryLimit"]] == nil { object[path: ["spec", "revisionHistoryLimit"]] = 10 }
        if kind == "Deployment" {
            if object[path: ["spec", "progressDeadlineSeconds"]] == nil {
                object[path: ["spec", "progressDeadlineSeconds"]] = 600
            }
            if object[path: ["spec", "strategy", "type"]] == nil { object[path: ["spec", "strategy", "type"]] = "RollingUpdate" }
            if object[path: ["spec", "strategy", "type"]]?.stringValue == "RollingUpdate",
                object[path: ["spec", "strategy", "rollingUpdate"]] == nil
            {
                object[path: ["spec", "strategy", "rollingUpdate"]] = ["maxUnavailable": "25%", "maxSurge": "25%"]
            }
        }
        if var spec = object[path: ["spec", "template", "spec"]] {
            PodSpecRules.applyDefaults(&spec)
            object[path: ["spec", "template", "spec"]] = spec
        }
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors: [FieldError] = []
        if let replicas = object[path: ["spec", "replicas"]]?.intValue, replicas < 0 {
            errors.append(.invalid("spec.replicas", .integer(replicas), "must be greater than or equal to 0"))
        }
        errors += SelectorRules.validate(object, field: "spec")
        errors += PodSpecRules.validate(object[path: ["spec", "template", "spec"]], field: "spec.template.spec")
        if let old, let before = old[path: ["spec", "selector"]], before != object[path: ["spec", "selector"]] {
            errors.append(.invalid("spec.selector", object[path: ["spec", "selector"]] ?? .null, "field is immutable"))
        }
        return errors
    }
}

/// A workload's `spec.selector` is required, non-empty, and must match its template's labels.
enum SelectorRules {
    static func validate(_ object: JSONValue, field: String) -> [FieldError] {
        guard let selector = object[path: ["spec", "selector"]], selector.objectValue != nil else {
            return [.required("\(field).selector")]
        }
        let structured = try? selector.decode(LabelSelector.self)
        guard let requirements = try? structured?.requirements(), !requirements.isEmpty else {
            return [.invalid("\(field).selector", selector, "empty selector is invalid for deployment")]
        }
        let labels = object[path: ["spec", "template"]]?.labels ?? [:]
        guard requirements.matches(labels) else {
            let rendered = labels.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ", ")
            return [FieldError(
                reason: .invalid, field: "\(field).template.metadata.labels",
                detail: "Invalid value: map[string]string{\(rendered)}: `selector` does not match template `labels`")]
        }
        return []
    }
}

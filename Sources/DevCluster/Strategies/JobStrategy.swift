import KubeCore

/// Jobs: batch/v1 defaults, the generated selector and pod labels
/// (`batch.kubernetes.io/controller-uid`, `job-name`), a restart policy of OnFailure or Never,
/// and a template, selector and completions that may not change.
struct JobStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        object["status"] = nil
        if object[path: ["spec", "parallelism"]] == nil { object[path: ["spec", "parallelism"]] = 1 }
        if object[path: ["spec", "completions"]] == nil, object[path: ["spec", "parallelism"]]?.intValue == 1 {
            object[path: ["spec", "completions"]] = 1
        }
        if object[path: ["spec", "backoffLimit"]] == nil { object[path: ["spec", "backoffLimit"]] = 6 }
        if object[path: ["spec", "completionMode"]] == nil { object[path: ["spec", "completionMode"]] = "NonIndexed" }
        if object[path: ["spec", "suspend"]] == nil { object[path: ["spec", "suspend"]] = false }
        if object[path: ["spec", "podReplacementPolicy"]] == nil {
            object[path: ["spec", "podReplacementPolicy"]] = "TerminatingOrFailed"
        }
        if object[path: ["spec", "manualSelector"]]?.boolValue != true,
            let uid = object[path: ["metadata", "uid"]]?.stringValue,
            let name = object[path: ["metadata", "name"]]?.stringValue
        {
            let labels: [(String, String)] = [
                ("batch.kubernetes.io/controller-uid", uid), ("batch.kubernetes.io/job-name", name),
                ("controller-uid", uid), ("job-name", name),
            ]
            for (key, value) in labels {
                object[path: ["spec", "template", "metadata", "labels", key]] = .string(value)
            }
            object[path: ["spec", "selector"]] = ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]]
        }
        if var spec = object[path: ["spec", "template", "spec"]] {
            PodSpecRules.applyDefaults(&spec, restartPolicy: spec["restartPolicy"]?.stringValue ?? "")
            object[path: ["spec", "template", "spec"]] = spec
        }
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors = PodSpecRules.validate(object[path: ["spec", "template", "spec"]], field: "spec.template.spec")
            .filter { $0.field != "spec.template.spec.restartPolicy" }
        let policy = object[path: ["spec", "template", "spec", "restartPolicy"]]?.stringValue ?? ""
        if policy.isEmpty {
            errors.append(.required("spec.template.spec.restartPolicy", "valid values: \"OnFailure\", \"Never\""))
        } else if !["OnFailure", "Never"].contains(policy) {
            errors.append(.notSupported("spec.template.spec.restartPolicy", .string(policy), ["OnFailure", "Never"]))
        }
        for field in ["parallelism", "completions", "backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"] {
            if let value = object[path: ["spec", field]]?.intValue, value < 0 {
                errors.append(.invalid("spec.\(field)", .integer(value), "must be greater than or equal to 0"))
            }
        }
        if object[path: ["spec", "completionMode"]]?.stringValue == "Indexed", object[path: ["spec", "completions"]] == nil {
            errors.append(.required("spec.completions", "when completion mode is Indexed"))
        }
        if let old {
            for field in ["template", "selector", "completionMode"] where old[path: ["spec", field]] != object[path: ["spec", field]] {
                errors.append(.invalid("spec.\(field)", object[path: ["spec", field]] ?? .null, "field is immutable"))
            }
        }
        return errors
    }
}

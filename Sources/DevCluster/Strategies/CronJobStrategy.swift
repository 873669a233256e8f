import KubeCore

/// CronJobs: batch/v1 defaults and a schedule that at least has five fields (or a macro).
struct CronJobStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        object["status"] = nil
        let defaults: [(String, JSONValue)] = [
            ("concurrencyPolicy", "Allow"), ("suspend", false), ("successfulJobsHistoryLimit", 3),
            ("failedJobsHistoryLimit", 1),
        ]
        for (key, value) in defaults where object[path: ["spec", key]] == nil { object[path: ["spec", key]] = value }
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        let schedule = object[path: ["spec", "schedule"]]?.stringValue ?? ""
        if schedule.isEmpty { return [.required("spec.schedule")] }
        let fields = schedule.split(separator: " ", omittingEmptySubsequences: true)
        if !(schedule.hasPrefix("@") || fields.count == 5 || (fields.first?.hasPrefix("TZ=") == true && fields.count == 6)) {
            return [.invalid("spec.schedule", .string(schedule), "unparseable schedule: expected exactly 5 fields")]
        }
        return PodSpecRules.validate(
            object[path: ["spec", "jobTemplate", "spec", "template", "spec"]], field: "spec.jobTemplate.spec.template.spec"
        ).filter { $0.field != "spec.jobTemplate.spec.template.spec.restartPolicy" }
    }
}

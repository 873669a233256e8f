/// Watches a served Model: Prometheus queries against thresholds, and drift of feature
/// histograms against a reference; violations set conditions and run actions.
public typealias Monitor = BatonObject<MonitorKind>

public enum MonitorKind: BatonKind {
    public typealias Spec = MonitorSpec
    public typealias Status = MonitorStatus

    public static let names = ResourceNames(kind: "Monitor", plural: "monitors", singular: "monitor", shortNames: ["mon"])

    public static let summary =
        "Monitor watches a served Model: every interval it runs Prometheus queries against thresholds and compares "
        + "live feature histograms with a reference (PSI, Kolmogorov-Smirnov); violations set the Degraded and "
        + "DriftDetected conditions, emit Events and run actions. Model rollouts use the same checks as their analysis."

    public static let printerColumns = [
        PrinterColumn("Model", jsonPath: ".spec.modelRef.name", description: "The Model watched."),
        PrinterColumn("Interval", jsonPath: ".spec.interval", description: "How often the checks run."),
        PrinterColumn.condition("Healthy", description: "Whether every check passes for every served version."),
        PrinterColumn.condition("Degraded", description: "Whether a metric is outside its thresholds."),
        PrinterColumn.condition("DriftDetected", name: "Drift", description: "Whether a feature has drifted."),
        PrinterColumn(
            "Changed", type: .date, jsonPath: ".status.lastEvaluationTime",
            description: "When an evaluation last changed the status.", priority: 1),
        PrinterColumn.age,
    ]
}

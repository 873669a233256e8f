/// A DAG of steps that feeds Models: containers run as Jobs, and steps that set a Model's
/// version or data, which retrains and rolls it out.
public typealias Pipeline = BatonObject<PipelineKind>

public enum PipelineKind: BatonKind {
    public typealias Spec = PipelineSpec
    public typealias Status = PipelineStatus

    public static let names = ResourceNames(
        kind: "Pipeline", plural: "pipelines", singular: "pipeline", shortNames: ["pl", "pipe"])

    public static let summary =
        "Pipeline is a DAG of steps that feeds Models: containers run as Jobs, and modelUpdate steps that set a Model's "
        + "version or data, which retrains and rolls it out. Runs start on a schedule, on demand, or when a Monitor fires."

    /// Setting this annotation to a new value (a timestamp, say) asks for a run now; the
    /// status records the last value handled, so each request runs once.
    public static let runRequestAnnotation = "baton.dev/run-requested-at"
    /// Who asked for the run of `runRequestAnnotation`: `Monitor/<name>` when a Monitor's
    /// retrain action did (the run's trigger is then Monitor), absent when a person did.
    public static let runRequesterAnnotation = "baton.dev/run-requested-by"

    public static let printerColumns = [
        PrinterColumn("Schedule", jsonPath: ".spec.schedule", description: "When runs start by themselves."),
        PrinterColumn("Last Run", jsonPath: ".status.runs[0].phase", description: "The phase of the latest run."),
        PrinterColumn(
            "Last Schedule", type: .date, jsonPath: ".status.lastScheduleTime",
            description: "When the schedule last started a run."),
        PrinterColumn.condition("Ready", description: "Whether the pipeline is valid and its references resolve."),
        PrinterColumn.age,
    ]
}

/// One deployable model and its versions. Changing `spec.version` starts the way from
/// training through the policy gate to a rollout.
public typealias Model = BatonObject<ModelKind>

public enum ModelKind: BatonKind {
    public typealias Spec = ModelSpec
    public typealias Status = ModelStatus

    public static let names = ResourceNames(kind: "Model", plural: "models", singular: "model", shortNames: ["mdl"])

    public static let summary =
        "Model is one deployable machine-learning model: Baton trains each version (or takes a pre-trained artifact), "
        + "gates it through the Policies that select it, serves it, and rolls new versions out judged by a Monitor."

    public static let printerColumns = [
        PrinterColumn("Version", jsonPath: ".spec.version", description: "The desired version."),
        PrinterColumn("Phase", jsonPath: ".status.phase", description: "Where the model stands."),
        PrinterColumn("Stable", jsonPath: ".status.serving.stableVersion", description: "The version serving most traffic."),
        PrinterColumn("Canary", jsonPath: ".status.serving.canaryVersion", description: "The version being rolled out."),
        PrinterColumn(
            "Step", type: .integer, jsonPath: ".status.rollout.step",
            description: "The current step of the rollout, counting from 0."),
        PrinterColumn(
            "Weight", type: .integer, jsonPath: ".status.serving.canaryWeight",
            description: "The percentage of traffic the canary gets now."),
        PrinterColumn(
            "Strategy", jsonPath: ".spec.rollout.strategy", description: "How new versions roll out.", priority: 1),
        PrinterColumn.condition("Ready", description: "Whether the desired version serves all traffic."),
        PrinterColumn.condition("Healthy", description: "Whether the Monitors watching the Model report every check passing."),
        PrinterColumn.age,
    ]
}

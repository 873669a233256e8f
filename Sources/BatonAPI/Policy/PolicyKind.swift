/// Governance over the Models it selects in its namespace: rules a version must meet before
/// it rolls out (enforced) or is merely reported against (audited).
public typealias Policy = BatonObject<PolicyKind>

public enum PolicyKind: BatonKind {
    public typealias Spec = PolicySpec
    public typealias Status = PolicyStatus

    public static let names = ResourceNames(kind: "Policy", plural: "policies", singular: "policy", shortNames: ["pol"])

    public static let summary =
        "Policy is governance over the Models it selects in its namespace: required metadata, allowed images and "
        + "artifact locations, evaluation metric bounds, human approval, deployment windows and resource ceilings. "
        + "A Model violating an enforced Policy is held at Gated; audited violations are only recorded."

    public static let printerColumns = [
        PrinterColumn("Enforcement", jsonPath: ".spec.enforcement", description: "Enforce or Audit."),
        PrinterColumn("Pass", type: .integer, jsonPath: ".status.summary.pass", description: "Compliant Models."),
        PrinterColumn("Fail", type: .integer, jsonPath: ".status.summary.fail", description: "Violating Models."),
        PrinterColumn.condition("Ready", description: "Whether the Policy is valid and evaluated."),
        PrinterColumn.age,
    ]
}

import KubeCore

/// The API group all of Baton's kinds belong to, and what they share.
public enum BatonAPIGroup {
    public static let groupVersion = GroupVersion(group: "baton.dev", version: "v1alpha1")
    /// `kubectl get baton` (or `mlops`) lists every Baton object.
    public static let categories = ["baton", "mlops"]
    /// The kinds, in the order their CRDs are written.
    public static let kinds: [any BatonKind.Type] = [ModelKind.self, PipelineKind.self, MonitorKind.self, PolicyKind.self]
}

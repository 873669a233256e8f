import KubeCore

/// Every label key Baton puts on the objects it makes, in one place. The reconcilers select by
/// them (training pods by `baton.dev/component: training`), and users filter by them
/// (`kubectl get deploy -l baton.dev/model=fraud-detector`).
public enum BatonLabels {
    /// The owner's name (the Kubernetes recommended label, so generic tooling groups children).
    public static let appName = "app.kubernetes.io/name"
    /// Always `managerName`.
    public static let managedBy = "app.kubernetes.io/managed-by"
    /// The Model a child belongs to.
    public static let model = "baton.dev/model"
    /// The Model version a child belongs to.
    public static let version = "baton.dev/version"
    /// `training` or `serving`: keeps training pods out of the serving selectors.
    public static let component = "baton.dev/component"

    public static let managerName = "baton"

    /// What a child is for.
    public enum Component: String, Sendable, Hashable {
        case training, serving
    }

    /// `text` as a label value: itself when it is one (a name of up to 63 characters, a
    /// version), otherwise shortened with a hash so that it stays distinct. Only for showing
    /// and selecting: a long name's value cannot be turned back into the name, so children are
    /// found through their owner references, never by this label.
    public static func value(_ text: String) -> String {
        NameValidation.labelValue(text).isEmpty ? text : DNSLabel.make(text)
    }
}

import KubeCore

/// The labels on every child of a Model, which the reconciler selects by (training pods carry
/// `baton.dev/model` and `baton.dev/component: training`) and users filter by
/// (`kubectl get deploy -l baton.dev/model=fraud-detector`).
public enum ModelLabels {
    /// The Model's name (the Kubernetes recommended label, so generic tooling groups children).
    public static let appName = "app.kubernetes.io/name"
    /// Always `managerName`.
    public static let managedBy = "app.kubernetes.io/managed-by"
    public static let model = "baton.dev/model"
    public static let version = "baton.dev/version"
    /// `training` or `serving`: keeps training pods out of the serving selectors.
    public static let component = "baton.dev/component"

    public static let managerName = "baton"

    /// What a child is for.
    public enum Component: String, Sendable, Hashable {
        case training, serving
    }

    /// `text` as a label value: itself when it is one (a Model name of up to 63 characters, a
    /// version), otherwise shortened with a hash so that it stays distinct.
    public static func value(_ text: String) -> String {
        NameValidation.labelValue(text).isEmpty ? text : DNSLabel.make(text)
    }
}

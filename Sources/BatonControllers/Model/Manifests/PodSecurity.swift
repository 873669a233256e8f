import BatonAPI
import KubeCore

/// Who the pods Baton creates for a Model (training and serving) run as, and how locked down
/// they are. By default they meet the "restricted" Pod Security Standard, so a namespace that
/// enforces it admits them, and get no API token; a Model's `securityContext`,
/// `containerSecurityContext`, `serviceAccountName` and `automountServiceAccountToken` replace
/// the defaults field by field, and the operator's configuration supplies the account defaults.
struct PodSecurity: Sendable {
    let settings: PodSettings
    let defaultServiceAccountName: String?
    let defaultAutomountServiceAccountToken: Bool

    init(_ settings: PodSettings, configuration: OperatorConfiguration) {
        self.settings = settings
        defaultServiceAccountName = configuration.serviceAccountName
        defaultAutomountServiceAccountToken = configuration.automountServiceAccountToken
    }

    /// The pod spec's `serviceAccountName` (left out for the namespace's `default`),
    /// `automountServiceAccountToken` (always written, since Kubernetes mounts the token when
    /// the field is absent) and `securityContext`.
    var podFields: JSONObject {
        var fields: JSONObject = [:]
        fields["serviceAccountName"] = (settings.serviceAccountName ?? defaultServiceAccountName).map(JSONValue.string)
        fields["automountServiceAccountToken"] = .bool(
            settings.automountServiceAccountToken ?? defaultAutomountServiceAccountToken)
        fields["securityContext"] = podSecurityContext
        return fields
    }

    /// Non-root and the runtime's seccomp filter are what "restricted" asks of the pod.
    private var podSecurityContext: JSONValue {
        let overrides = settings.securityContext ?? PodSecurityContext()
        var context: JSONObject = ["runAsNonRoot": .bool(overrides.runAsNonRoot ?? true)]
        context["runAsUser"] = overrides.runAsUser.map(JSONValue.integer)
        context["runAsGroup"] = overrides.runAsGroup.map(JSONValue.integer)
        context["fsGroup"] = overrides.fsGroup.map(JSONValue.integer)
        let seccomp = overrides.seccompProfile ?? SeccompProfile(type: .runtimeDefault)
        var profile: JSONObject = ["type": .string(seccomp.type.rawValue)]
        profile["localhostProfile"] = seccomp.localhostProfile.map(JSONValue.string)
        context["seccompProfile"] = .object(profile)
        return .object(context)
    }

    /// The `securityContext` of the Model's own container: the trainer, the model server.
    var modelContainerSecurityContext: JSONValue {
        Self.containerSecurityContext(settings.containerSecurityContext ?? ContainerSecurityContext())
    }

    /// The `securityContext` of a container Baton supplies (the storage initializer): the
    /// defaults, since a Model's overrides are for its own image.
    static let operatorContainerSecurityContext = containerSecurityContext(ContainerSecurityContext())

    /// No setuid escalation and no capabilities are what "restricted" asks of every container.
    /// `add` and `drop` replace the default's separately, so adding NET_BIND_SERVICE keeps
    /// everything else dropped. An empty list is left out: the API server does not store one,
    /// and a manifest holding it would never match the object read back.
    private static func containerSecurityContext(_ overrides: ContainerSecurityContext) -> JSONValue {
        var context: JSONObject = ["allowPrivilegeEscalation": .bool(overrides.allowPrivilegeEscalation ?? false)]
        context["readOnlyRootFilesystem"] = overrides.readOnlyRootFilesystem.map(JSONValue.bool)
        var capabilities: JSONObject = [:]
        for (key, names) in [("add", overrides.capabilities?.add ?? []), ("drop", overrides.capabilities?.drop ?? ["ALL"])]
        where !names.isEmpty {
            capabilities[key] = .array(names.map(JSONValue.string))
        }
        if !capabilities.isEmpty { context["capabilities"] = .object(capabilities) }
        return .object(context)
    }
}

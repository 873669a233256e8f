import BatonAPI
import KubeCore

/// The Deployment that serves one version: the storage initializer fetches the artifact into an
/// `emptyDir` at `/mnt/models` (the KServe convention every built-in runtime reads), then the
/// runtime's server starts on it. Selected by model, version and component, so each version's
/// pods stay apart and training pods never receive traffic.
struct ServingDeploymentManifest {
    let metadata: ChildMetadata<ModelKind>
    let names: ModelChildNames
    let version: String
    let artifact: ModelArtifact
    let serving: ServingSpec
    /// Resolved for this Model (`RuntimeSettings.resolved(modelName:)`).
    let runtime: RuntimeSettings
    /// `spec.serving.image`, else the runtime's; checked present before planning.
    let image: String
    let storageInitializerImage: String
    let podSecurity: PodSecurity
    /// The pod count; nil leaves it to the version's autoscaler (Baton then never fights it).
    let replicas: Int32?

    static let modelStoreVolume = "model-store"
    static let modelStorePath = "/mnt/models"
    static let serverContainer = "server"
    static let initializerContainer = "storage-initializer"
    static let portName = "http"

    /// The pods the planner waits for before this version takes traffic: the fixed count, or
    /// the autoscaler's floor (the autoscaler owns the count then).
    static func wantedReplicas(_ serving: ServingSpec) -> Int32 {
        serving.autoscaling?.minReplicas ?? serving.replicas
    }

    var deployment: JSONValue {
        var annotations = [ModelAnnotations.artifactURI: artifact.uri]
        annotations[ModelAnnotations.artifactDigest] = artifact.digest
        var spec: JSONObject = [:]
        spec["replicas"] = replicas.map { .integer(Int64($0)) }
        spec["selector"] = ["matchLabels": metadata.selector(version: version, component: .serving)]
        var podSpec: JSONObject = [
            "initContainers": [storageInitializer],
            "containers": [server],
            "volumes": [["name": .string(Self.modelStoreVolume), "emptyDir": [:]]],
        ]
        podSpec.merge(podSecurity.podFields) { _, new in new }
        spec["template"] = [
            "metadata": ["labels": metadata.labels(version: version, component: .serving)],
            "spec": .object(podSpec),
        ]
        return [
            "apiVersion": .string(ChildKind.deployment.apiVersion),
            "kind": .string(ChildKind.deployment.rawValue),
            "metadata": metadata.metadata(
                name: names.deployment, version: version, component: .serving, annotations: annotations),
            "spec": .object(spec),
        ]
    }

    private var storageInitializer: JSONValue {
        [
            "name": .string(Self.initializerContainer),
            "image": .string(storageInitializerImage),
            "args": [.string(artifact.uri), .string(Self.modelStorePath)],
            "volumeMounts": [["name": .string(Self.modelStoreVolume), "mountPath": .string(Self.modelStorePath)]],
            "terminationMessagePolicy": "FallbackToLogsOnError",
            "securityContext": PodSecurity.operatorContainerSecurityContext,
        ]
    }

    private var server: JSONValue {
        var object: JSONObject = [
            "name": .string(Self.serverContainer),
            "image": .string(image),
        ]
        object["command"] = runtime.command.map { .array($0.map(JSONValue.string)) }
        let args = serving.args ?? runtime.args
        if !args.isEmpty { object["args"] = .array(args.map(JSONValue.string)) }
        let environment = EnvVar.merging(runtime.env, with: serving.env ?? [])
        if !environment.isEmpty { object["env"] = .array(environment.map(\.json)) }
        object["ports"] = [
            ["name": .string(Self.portName), "containerPort": .integer(Int64(runtime.port)), "protocol": "TCP"]
        ]
        object["readinessProbe"] = readinessProbe
        object["resources"] = serving.resources?.json
        object["volumeMounts"] = [
            ["name": .string(Self.modelStoreVolume), "mountPath": .string(Self.modelStorePath), "readOnly": true]
        ]
        object["terminationMessagePolicy"] = "FallbackToLogsOnError"
        object["securityContext"] = podSecurity.modelContainerSecurityContext
        return .object(object)
    }

    private var readinessProbe: JSONValue {
        switch runtime.readiness {
        case let .httpGet(path): ["httpGet": ["path": .string(path), "port": .string(Self.portName)]]
        case .tcpSocket: ["tcpSocket": ["port": .string(Self.portName)]]
        }
    }
}

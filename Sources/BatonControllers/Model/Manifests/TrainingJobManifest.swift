import BatonAPI
import KubeCore

/// The Job that trains one version, and for a distributed run the headless Service its workers
/// find each other through.
///
/// One worker is a plain Job. More are an Indexed Job whose pods are `<job>-0` … `<job>-<n-1>`
/// under the headless Service's subdomain, so worker 0 is reachable at `<job>-0.<service>` and
/// is the rendezvous for all: each worker gets torchrun's variables (`PET_NNODES`,
/// `PET_NODE_RANK`, `PET_MASTER_ADDR`, `PET_MASTER_PORT`) and the `env://` ones plain
/// `torch.distributed` reads (`MASTER_ADDR`, `MASTER_PORT`, `WORLD_SIZE`, `RANK`), ranks taken
/// from the pod's completion index.
struct TrainingJobManifest {
    let metadata: ChildMetadata<ModelKind>
    let names: ModelChildNames
    let version: String
    let training: TrainingSpec
    let data: DatasetReference?
    let outputURI: String
    let ttlSecondsAfterFinished: Int32
    let podSecurity: PodSecurity

    static let rendezvousPort: Int64 = 29_500
    static let rendezvousPortName = "rendezvous"
    private static let completionIndexField = "metadata.annotations['\(ObservedTrainingPod.completionIndexKey)']"

    private var isDistributed: Bool { training.workers > 1 }

    /// The headless Service of a distributed run; none for one worker.
    var services: [JSONValue] {
        isDistributed ? [workersService] : []
    }

    var job: JSONValue {
        var pod: JSONObject = ["containers": [trainer]]
        if isDistributed { pod["subdomain"] = .string(names.workersService) }
        pod.merge(podSecurity.podFields) { _, new in new }
        return JobManifest(
            metadata: metadata.metadata(name: names.trainingJob, version: version, component: .training),
            podLabels: metadata.labels(version: version, component: .training), pod: pod, workers: training.workers,
            backoffLimit: training.backoffLimit, activeDeadlineSeconds: training.activeDeadlineSeconds,
            ttlSecondsAfterFinished: ttlSecondsAfterFinished
        ).object
    }

    /// Only DNS records of the workers, ready or not (they must find each other before any is
    /// ready): no cluster IP, no load balancing.
    var workersService: JSONValue {
        [
            "apiVersion": .string(ChildKind.service.apiVersion),
            "kind": .string(ChildKind.service.rawValue),
            "metadata": metadata.metadata(name: names.workersService, version: version, component: .training),
            "spec": [
                "clusterIP": "None",
                "publishNotReadyAddresses": true,
                "selector": metadata.selector(version: version, component: .training),
                "ports": [
                    [
                        "name": .string(Self.rendezvousPortName), "port": .integer(Self.rendezvousPort),
                        "targetPort": .integer(Self.rendezvousPort), "protocol": "TCP",
                    ]
                ],
            ],
        ]
    }

    /// The failure log tail becomes the termination message when the trainer wrote none, so a
    /// crash explains itself in `kubectl describe` and in the Model's condition.
    private var trainer: JSONValue {
        let container = training.container
        var object: JSONObject = [
            "name": .string(ObservedTrainingPod.containerName),
            "image": .string(container.image),
        ]
        object["command"] = container.command.map { .array($0.map(JSONValue.string)) }
        object["args"] = container.args.map { .array($0.map(JSONValue.string)) }
        object["env"] = .array(environment.map(\.json))
        object["resources"] = container.resources?.json
        if isDistributed {
            object["ports"] = [
                [
                    "name": .string(Self.rendezvousPortName), "containerPort": .integer(Self.rendezvousPort),
                    "protocol": "TCP",
                ]
            ]
        }
        object["terminationMessagePolicy"] = "FallbackToLogsOnError"
        object["securityContext"] = podSecurity.modelContainerSecurityContext
        return .object(object)
    }

    /// Baton's variables first, so the user's can refer to them as `$(BATON_OUTPUT_URI)`; a user
    /// variable of the same name is dropped, because the planner relies on their values (the
    /// artifact defaults to `BATON_OUTPUT_URI`).
    var environment: [EnvVar] {
        let own = batonVariables + rendezvousVariables
        let user = (training.container.env ?? []).filter { variable in !own.contains { $0.name == variable.name } }
        return own + user
    }

    private var batonVariables: [EnvVar] {
        var variables = [
            EnvVar(name: "BATON_MODEL_NAME", value: metadata.ownerName),
            EnvVar(name: "BATON_MODEL_VERSION", value: version),
        ]
        if let data {
            variables.append(EnvVar(name: "BATON_DATA_URI", value: data.uri))
            if let dataVersion = data.version { variables.append(EnvVar(name: "BATON_DATA_VERSION", value: dataVersion)) }
        }
        variables.append(EnvVar(name: "BATON_OUTPUT_URI", value: outputURI))
        return variables
    }

    private var rendezvousVariables: [EnvVar] {
        guard isDistributed else { return [] }
        let master = "\(names.trainingJob)-0.\(names.workersService)"
        let port = String(Self.rendezvousPort)
        let workers = String(training.workers)
        let rank = EnvVarSource(fieldRef: ObjectFieldSelector(fieldPath: Self.completionIndexField))
        return [
            EnvVar(name: "MASTER_ADDR", value: master),
            EnvVar(name: "MASTER_PORT", value: port),
            EnvVar(name: "WORLD_SIZE", value: workers),
            EnvVar(name: "RANK", valueFrom: rank),
            EnvVar(name: "PET_MASTER_ADDR", value: master),
            EnvVar(name: "PET_MASTER_PORT", value: port),
            EnvVar(name: "PET_NNODES", value: workers),
            EnvVar(name: "PET_NODE_RANK", valueFrom: rank),
        ]
    }
}

/// How Baton trains a version: a container run as a Job (an Indexed Job with a headless
/// Service for rendezvous when there are several workers). The container's fields sit
/// directly in `training`, as in a Job's pod template, not under a `container` key.
public struct TrainingSpec: Sendable, Hashable {
    public var container: ContainerSpec
    /// Processes of a distributed run; each gets torchrun-style rendezvous variables.
    public var workers: Int32
    /// Retries of a failed run before the version is Failed.
    public var backoffLimit: Int32
    /// The longest a run may take; no limit when absent.
    public var activeDeadlineSeconds: Int64?
    /// Where training writes the artifact; `{{version}}` is replaced by the version.
    public var outputURI: String?
    /// The pods' ServiceAccount and security settings, written beside the container's fields.
    public var pod: PodSettings

    public static let defaultWorkers: Int32 = 1
    /// Fewer than a Job's 6: a training run is long and a failure usually repeats.
    public static let defaultBackoffLimit: Int32 = 2

    public init(
        container: ContainerSpec, workers: Int32 = defaultWorkers, backoffLimit: Int32 = defaultBackoffLimit,
        activeDeadlineSeconds: Int64? = nil, outputURI: String? = nil, pod: PodSettings = PodSettings()
    ) {
        self.container = container
        self.workers = workers
        self.backoffLimit = backoffLimit
        self.activeDeadlineSeconds = activeDeadlineSeconds
        self.outputURI = outputURI
        self.pod = pod
    }
}

extension TrainingSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case workers, backoffLimit, activeDeadlineSeconds, outputURI
    }

    /// The container's and the pod's fields are read from and written to the same object as the
    /// training fields, which keeps the manifest flat and `ContainerSpec` shared with pipeline steps.
    public init(from decoder: any Decoder) throws {
        container = try ContainerSpec(from: decoder)
        pod = try PodSettings(from: decoder)
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        workers = try fields.decode(.workers, default: Self.defaultWorkers)
        backoffLimit = try fields.decode(.backoffLimit, default: Self.defaultBackoffLimit)
        activeDeadlineSeconds = try fields.decodeIfPresent(Int64.self, forKey: .activeDeadlineSeconds)
        outputURI = try fields.decodeIfPresent(String.self, forKey: .outputURI)
    }

    public func encode(to encoder: any Encoder) throws {
        try container.encode(to: encoder)
        try pod.encode(to: encoder)
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(workers, forKey: .workers)
        try fields.encode(backoffLimit, forKey: .backoffLimit)
        try fields.encodeIfPresent(activeDeadlineSeconds, forKey: .activeDeadlineSeconds)
        try fields.encodeIfPresent(outputURI, forKey: .outputURI)
    }
}

extension TrainingSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "How to train each version: a container run as a Job, whose termination message reports "
            + "{\"metrics\": {...}, \"artifact\": {...}}.",
        properties: [
            "workers": .integer(
                "Processes of a distributed run: more than 1 runs an Indexed Job with a headless Service and "
                    + "torchrun-style rendezvous variables.", minimum: 1, maximum: 1024
            ).defaulted(defaultWorkers),
            "backoffLimit": .integer("Retries of a failed run before the version is Failed.", minimum: 0, maximum: 100)
                .defaulted(defaultBackoffLimit),
            "activeDeadlineSeconds": .integer(
                "The longest a run may take, in seconds; no limit when absent.", format: .int64, minimum: 1),
            "outputURI": .string(
                "Where training writes the artifact, such as s3://ml-models/fraud/{{version}}; {{version}} is replaced "
                    + "by the version. The operator's artifact store when absent.", minLength: 1),
        ]
    ).including(ContainerSpec.openAPISchema).including(PodSettings.openAPISchema)
}

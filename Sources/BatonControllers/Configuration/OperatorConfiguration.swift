import BatonAPI
import KubeCore
import YAML

/// The operator's own settings: the model-server table, the images and defaults it puts into
/// the children it creates. Read from a YAML file at start-up (`OperatorConfiguration(yaml:)`);
/// every field is optional there, and `OperatorConfiguration()` is the defaults.
///
/// ```yaml
/// apiVersion: baton.dev/v1alpha1
/// kind: OperatorConfiguration
/// runtimes:
///   MLServer: {image: docker.io/seldonio/mlserver:1.6.1, port: 8080}
/// storageInitializerImage: kserve/storage-initializer:v0.14.1
/// jobTTLSecondsAfterFinished: 86400
/// artifactStore: s3://baton-artifacts
/// servingPort: 8080
/// serviceAccountName: model-runner
/// automountServiceAccountToken: false
/// prometheus: {url: http://prometheus-operated.monitoring.svc:9090}
/// ```
public struct OperatorConfiguration: Sendable, Hashable {
    public var runtimes: RuntimeTable
    /// The init container that fetches an artifact into `/mnt/models`; called with the
    /// artifact's URI and that directory, as KServe's storage initializer is.
    public var storageInitializerImage: String
    /// How long a finished training Job (and its pods, with their logs) stays for inspection.
    public var jobTTLSecondsAfterFinished: Int32
    /// Where training writes artifacts when a Model gives no `outputURI`:
    /// `<artifactStore>/<namespace>/<model>/<version>`. Kept without a trailing `/`.
    public var artifactStore: String
    /// The port of each Model's stable Service.
    public var servingPort: Int32
    /// The ServiceAccount of training and serving pods whose Model names none; the namespace's
    /// `default` when nil. It must exist in each Model's namespace.
    public var serviceAccountName: String?
    /// Whether those pods get their ServiceAccount's API token when the Model does not say.
    /// Model code rarely calls the Kubernetes API, and a mounted token is a credential any
    /// process in the pod can read and use.
    public var automountServiceAccountToken: Bool
    /// The Prometheus of Monitors that name none; without it, those Monitors are Inconclusive.
    public var prometheus: DefaultPrometheus?

    public static let apiVersion = "baton.dev/v1alpha1"
    public static let kind = "OperatorConfiguration"

    /// KServe's storage initializer, which reads s3://, gs://, azure://, https:// and pvc:// URIs.
    public static let defaultStorageInitializerImage = "kserve/storage-initializer:v0.14.1"
    /// A day: long enough to read a failed run's logs the morning after.
    public static let defaultJobTTLSecondsAfterFinished: Int32 = 86_400
    public static let defaultArtifactStore = "s3://baton-artifacts"
    public static let defaultServingPort: Int32 = RuntimeSettings.defaultPort

    public init(
        runtimes: RuntimeTable = .builtIn, storageInitializerImage: String = defaultStorageInitializerImage,
        jobTTLSecondsAfterFinished: Int32 = defaultJobTTLSecondsAfterFinished, artifactStore: String = defaultArtifactStore,
        servingPort: Int32 = defaultServingPort, serviceAccountName: String? = nil,
        automountServiceAccountToken: Bool = false, prometheus: DefaultPrometheus? = nil
    ) {
        self.runtimes = runtimes
        self.storageInitializerImage = storageInitializerImage
        self.jobTTLSecondsAfterFinished = jobTTLSecondsAfterFinished
        self.artifactStore = Self.trimmingTrailingSlashes(artifactStore)
        self.servingPort = servingPort
        self.serviceAccountName = serviceAccountName
        self.automountServiceAccountToken = automountServiceAccountToken
        self.prometheus = prometheus
    }

    /// Reads a configuration file. An empty file (or one of comments only) is the defaults.
    public init(yaml text: String) throws(ConfigurationError) {
        let document: JSONValue
        do {
            document = try YAML.parse(text)
        } catch {
            throw ConfigurationError(
                field: nil, problem: "not valid YAML: line \(error.line), column \(error.column): \(error.message)")
        }
        if document.isNull {
            self.init()
            return
        }
        guard document.objectValue != nil else {
            throw ConfigurationError(
                field: nil, problem: "expected a mapping of settings at the top level, found \(document.typeName)")
        }
        do {
            self = try document.decode(OperatorConfiguration.self)
        } catch let error as DecodingError {
            throw ConfigurationError(error, in: document)
        } catch {
            throw ConfigurationError(field: nil, problem: "\(error)")
        }
    }

    private static func trimmingTrailingSlashes(_ uri: String) -> String {
        var uri = Substring(uri)
        while uri.hasSuffix("/") && !uri.hasSuffix("://") { uri = uri.dropLast() }
        return String(uri)
    }
}

extension OperatorConfiguration: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case apiVersion, kind, runtimes, storageInitializerImage, jobTTLSecondsAfterFinished, artifactStore, servingPort
        case serviceAccountName, automountServiceAccountToken, prometheus
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for (key, expected) in [(CodingKeys.apiVersion, Self.apiVersion), (.kind, Self.kind)] {
            if let found = try container.decodeIfPresent(String.self, forKey: key), found != expected {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "expected \"\(expected)\", found \"\(found)\"")
            }
        }
        let overrides = try container.decodeIfPresent([String: RuntimeOverride].self, forKey: .runtimes) ?? [:]
        var runtimes: [ServingRuntime: RuntimeOverride] = [:]
        for (name, override) in overrides {
            guard let runtime = ServingRuntime(rawValue: name) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: container.codingPath + [CodingKeys.runtimes, AnyKey(stringValue: name)],
                          debugDescription: Self.unknownRuntimeProblem(name)))
            }
            runtimes[runtime] = override
        }
        let storageInitializerImage =
            try container.decodeIfPresent(String.self, forKey: .storageInitializerImage) ?? Self.defaultStorageInitializerImage
        let ttl = try container.decodeIfPresent(Int32.self, forKey: .jobTTLSecondsAfterFinished)
            ?? Self.defaultJobTTLSecondsAfterFinished
        let artifactStore = try container.decodeIfPresent(String.self, forKey: .artifactStore) ?? Self.defaultArtifactStore
        let servingPort = try container.decodeIfPresent(Int32.self, forKey: .servingPort) ?? Self.defaultServingPort
        let serviceAccountName = try container.decodeIfPresent(String.self, forKey: .serviceAccountName)
        let automountServiceAccountToken =
            try container.decodeIfPresent(Bool.self, forKey: .automountServiceAccountToken) ?? false
        let prometheus = try container.decodeIfPresent(DefaultPrometheus.self, forKey: .prometheus)

        if storageInitializerImage.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .storageInitializerImage, in: container,
                debugDescription: "expected an image reference, found an empty string")
        }
        if ttl < 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .jobTTLSecondsAfterFinished, in: container,
                debugDescription: "expected 0 or more seconds, found \(ttl)")
        }
        if !artifactStore.contains("://") {
            throw DecodingError.dataCorruptedError(
                forKey: .artifactStore, in: container,
                debugDescription: "expected a URI with a scheme, such as s3://baton-artifacts, found \"\(artifactStore)\"")
        }
        if !(1...65535).contains(servingPort) {
            throw DecodingError.dataCorruptedError(
                forKey: .servingPort, in: container, debugDescription: "expected a port from 1 to 65535, found \(servingPort)")
        }
        if let serviceAccountName, let problem = NameValidation.dns1123Subdomain(serviceAccountName).first {
            throw DecodingError.dataCorruptedError(
                forKey: .serviceAccountName, in: container,
                debugDescription: "expected a ServiceAccount name, found \"\(serviceAccountName)\": \(problem)")
        }
        if let prometheus, let problem = DefaultPrometheus.problem(with: prometheus.url) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath + [CodingKeys.prometheus, AnyKey(stringValue: "url")],
                      debugDescription: problem))
        }
        self.init(
            runtimes: RuntimeTable.builtIn.applying(runtimes), storageInitializerImage: storageInitializerImage,
            jobTTLSecondsAfterFinished: ttl, artifactStore: artifactStore, servingPort: servingPort,
            serviceAccountName: serviceAccountName, automountServiceAccountToken: automountServiceAccountToken,
            prometheus: prometheus)
    }

    /// The whole effective configuration, in the file's shape: printing it shows what the
    /// operator runs with, and reading it back gives the same configuration.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.apiVersion, forKey: .apiVersion)
        try container.encode(Self.kind, forKey: .kind)
        try container.encode(runtimes, forKey: .runtimes)
        try container.encode(storageInitializerImage, forKey: .storageInitializerImage)
        try container.encode(jobTTLSecondsAfterFinished, forKey: .jobTTLSecondsAfterFinished)
        try container.encode(artifactStore, forKey: .artifactStore)
        try container.encode(servingPort, forKey: .servingPort)
        try container.encodeIfPresent(serviceAccountName, forKey: .serviceAccountName)
        try container.encode(automountServiceAccountToken, forKey: .automountServiceAccountToken)
        try container.encodeIfPresent(prometheus, forKey: .prometheus)
    }

    private static func unknownRuntimeProblem(_ name: String) -> String {
        let known = ServingRuntime.allCases.map(\.rawValue)
        var problem = "unknown runtime"
        if let match = known.first(where: { $0.lowercased() == name.lowercased() }) {
            problem += " (did you mean \(match)?)"
        }
        return problem + "; known runtimes: " + known.joined(separator: ", ")
    }
}

import KubeCore

/// The names of a Model's children, from the Model's name and one version only, so that a
/// restarted operator, or two reconciles racing, always arrive at the same objects:
/// `fraud-detector-2-1-0-train` (Job), `fraud-detector-2-1-0-workers` (headless Service),
/// `fraud-detector-2-1-0` (Deployment and its HorizontalPodAutoscaler), `fraud-detector`
/// (the stable Service). Names too long or not valid DNS labels are shortened with a hash
/// (`DNSLabel`).
public struct ModelChildNames: Sendable, Hashable {
    public let trainingJob: String
    public let workersService: String
    public let deployment: String
    public let autoscaler: String
    /// The Service of this version alone: a backend of the Model's HTTPRoute.
    public let service: String

    /// An Indexed Job's pods are named `<job>-<index>` and that is their host name, a DNS label
    /// of at most 63 characters; with at most 1024 workers the index takes up to `-1023`.
    /// Reserved for every Job, so the name does not depend on the worker count.
    static let trainingJobMaximumLength = DNSLabel.maximumLength - "-1023".count

    public init(model: String, version: String) {
        let base = "\(model)-\(Self.slug(version))"
        trainingJob = DNSLabel.make(base, suffix: "-train", maximumLength: Self.trainingJobMaximumLength)
        workersService = DNSLabel.make(base, suffix: "-workers")
        deployment = DNSLabel.make(base)
        autoscaler = deployment
        service = deployment
    }

    /// The Service that fronts whichever version serves.
    public static func service(model: String) -> String {
        DNSLabel.make(model)
    }

    /// The Model's HTTPRoute (GatewayAPI router).
    public static func route(model: String) -> String {
        DNSLabel.make(model)
    }

    /// The Service that fronts a blue-green candidate before it takes traffic.
    public static func previewService(model: String) -> String {
        DNSLabel.make(model, suffix: "-preview")
    }

    /// The version as name text, one to one: a version of lower-case letters, digits and dots
    /// reads as itself with `-` for `.` (`2.1.0` → `2-1-0`); any other (with `-`, `_` or an
    /// upper-case letter) also gets a hash of itself (`2-1-0` → `2-1-0-<8 hex>`), since `2.1.0`,
    /// `2-1-0` and `2_1_0`, or `V1` and `v1`, must not share a Job or a Deployment.
    public static func slug(_ version: String) -> String {
        let readable = String(version.lowercased().map { $0 == "." || $0 == "_" ? "-" : $0 })
        let isPlain = version.allSatisfy { $0 == "." || ($0.isASCII && ($0.isNumber || ($0.isLetter && $0.isLowercase))) }
        return isPlain ? readable : readable + "-" + FNV1a.hex(version)
    }
}

import BatonAPI
import Foundation
import KubeCore
import Testing

@testable import PolicyEngine

/// Each rule of a Policy against Model versions that pass and that break it.
struct PolicyEngineTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z, a Friday

    static func model(
        version: String = "2.1.0", owner: String? = "team-risk", modelCard: String? = "https://wiki/x",
        data: DatasetReference? = DatasetReference(uri: "s3://data/x.parquet", version: "v42"),
        training: TrainingSpec? = TrainingSpec(container: ContainerSpec(image: "registry.example.com/ml/train:1.4")),
        serving: ServingSpec = ServingSpec(runtime: .mlServer, replicas: 2), annotations: [String: String]? = nil
    ) -> Model {
        Model(
            metadata: ObjectMeta(name: "fraud", namespace: "risk", annotations: annotations),
            spec: ModelSpec(
                version: version, owner: owner, modelCard: modelCard, data: data, training: training, serving: serving))
    }

    static func subject(
        _ model: Model = model(), metrics: [String: Double]? = ["accuracy": 0.94], images: [String] = [],
        artifact: String? = "s3://ml-models/fraud/2.1.0"
    ) -> PolicySubject {
        PolicySubject(model: model, trainingMetrics: metrics, images: images, artifactURI: artifact)
    }

    static func judge(_ policy: PolicySpec, _ subject: PolicySubject, at now: Date = now) -> [String] {
        PolicyEngine.violations(of: policy, by: subject, now: now).map { "\($0.rule.rawValue): \($0.message)" }
    }

    @Test func aPolicyWithoutRulesPassesEverything() {
        #expect(Self.judge(PolicySpec(), Self.subject(Self.model(owner: nil, data: nil), metrics: nil)).isEmpty)
    }

    // MARK: - Required metadata

    @Test func requiredMetadataNamesEachMissingField() {
        let policy = PolicySpec(requiredMetadata: [.owner, .modelCard, .dataLineage])
        #expect(Self.judge(policy, Self.subject()).isEmpty)
        #expect(Self.judge(policy, Self.subject(Self.model(owner: "", modelCard: nil, data: nil))) == [
            "RequiredMetadata: spec.owner is not set: name the team that owns the model",
            "RequiredMetadata: spec.modelCard is not set: link the model card",
            "RequiredMetadata: spec.data is not set: give the training data's uri and version",
        ])
        let unpinned = Self.model(data: DatasetReference(uri: "s3://data/x.parquet"))
        #expect(Self.judge(PolicySpec(requiredMetadata: [.dataLineage]), Self.subject(unpinned)).first?.contains("spec.data.version") == true)
    }

    // MARK: - Images

    @Test(arguments: [
        ("registry.example.com/ml/train:1.4", ["registry.example.com"], true),
        ("registry.example.com/ml/train@sha256:9f86d081884c7d65", ["registry.example.com/ml"], true),
        ("registry.example.com/ml/train:1.4@sha256:9f86d081884c7d65", ["registry.example.com/ml/"], true),
        ("registry.example.com/mlx/train:1.4", ["registry.example.com/ml"], false),
        ("registry.example.com.evil.io/ml/train:1.4", ["registry.example.com"], false),
        ("registry.example.com:5000/ml/train:1.4", ["registry.example.com"], false),
        ("registry.example.com:5000/ml/train:1.4", ["registry.example.com:5000"], true),
        ("python:3.11", ["docker.io/library"], true),
        ("python:3.11", ["registry.example.com"], false),
        ("seldonio/mlserver:1.6.1", ["docker.io/seldonio"], true),
        ("localhost/train:dev", ["localhost"], true),
        ("Registry.Example.com/ml/train:1", ["registry.example.com"], true),
    ])
    func imagesAreMatchedAsReferences(_ image: String, _ allowed: [String], _ passes: Bool) {
        let violations = Self.judge(PolicySpec(allowedImageRegistries: allowed), Self.subject(images: [image]))
        #expect(violations.isEmpty == passes, "\(image) against \(allowed): \(violations)")
    }

    @Test func aViolatingImageSaysWhereItComesFrom() {
        let policy = PolicySpec(allowedImageRegistries: ["registry.example.com"])
        #expect(Self.judge(policy, Self.subject(images: ["python:3.11", "registry.example.com/a:1", "bad image"])) == [
            "AllowedImageRegistries: image \"bad image\" is not a valid image reference",
            "AllowedImageRegistries: image python:3.11 comes from Docker Hub (docker.io), not an allowed registry "
                + "(registry.example.com): use an image from one of them",
        ])
    }

    @Test func imageReferencesReadAsARuntimeReadsThem() throws {
        let full = try #require(ImageReference("registry.example.com:5000/ml/train:1.4@sha256:abc"))
        #expect(full.registry == "registry.example.com:5000" && full.repository == "ml/train")
        #expect(full.tag == "1.4" && full.digest == "sha256:abc")
        let hub = try #require(ImageReference("python"))
        #expect(hub.registry == "docker.io" && hub.repository == "library/python" && hub.tag == nil)
        #expect(ImageReference("") == nil)
        #expect(ImageReference("a//b") == nil)
        #expect(ImageReference("a:") == nil)
        #expect(ImageReference("x@nodigest") == nil)
    }

    // MARK: - Artifacts and metrics

    @Test func artifactsMustBeUnderAnAllowedPrefix() {
        let policy = PolicySpec(allowedArtifactURIPrefixes: ["s3://ml-models/"])
        #expect(Self.judge(policy, Self.subject()).isEmpty)
        #expect(Self.judge(policy, Self.subject(artifact: "s3://scratch/fraud/2.1.0")) == [
            "AllowedArtifactURIPrefixes: artifact s3://scratch/fraud/2.1.0 is not under an allowed prefix (s3://ml-models/): "
                + "store it under one of them"
        ])
        #expect(Self.judge(policy, Self.subject(artifact: nil)).first?.contains("is not known") == true)
    }

    @Test func evaluationMetricsMustBeReportedAndWithinBounds() {
        let policy = PolicySpec(evaluationMetrics: [
            MetricRequirement(name: "accuracy", thresholdRange: ThresholdRange(min: "0.9")),
            MetricRequirement(name: "fairness_gap", thresholdRange: ThresholdRange(max: "0.05")),
        ])
        #expect(Self.judge(policy, Self.subject(metrics: ["accuracy": 0.94, "fairness_gap": 0.01])).isEmpty)
        #expect(Self.judge(policy, Self.subject(metrics: ["accuracy": 0.85, "fairness_gap": 0.2])) == [
            "EvaluationMetrics: accuracy = 0.85 for version 2.1.0, below the minimum 0.9",
            "EvaluationMetrics: fairness_gap = 0.2 for version 2.1.0, above the maximum 0.05",
        ])
        #expect(Self.judge(policy, Self.subject(metrics: ["accuracy": 0.94]))
            == ["EvaluationMetrics: fairness_gap was not reported for version 2.1.0 (reported: accuracy): report it"])
        #expect(Self.judge(policy, Self.subject(metrics: nil)).count == 2, "no report: every metric is missing, none passes")
    }

    // MARK: - Approval

    @Test func anApprovalIsBoundToTheExactVersionAndAnApprover() {
        let policy = PolicySpec(approval: ApprovalRule(approvers: ["alice", "bob"]))
        let approved = { (by: String, version: String) in
            Self.model(annotations: ["baton.dev/approved-by": by, "baton.dev/approved-version": version])
        }
        #expect(Self.judge(policy, Self.subject(approved("alice", "2.1.0"))).isEmpty)
        #expect(Self.judge(policy, Self.subject(Self.model())).first?.hasPrefix("Approval: version 2.1.0 is not approved") == true)
        #expect(Self.judge(policy, Self.subject(approved("alice", "2.0.0")))
            == ["Approval: the approval by alice is for version 2.0.0, not 2.1.0: one of alice, bob must approve it "
                + "(kubectl baton approve fraud 2.1.0)"])
        #expect(Self.judge(policy, Self.subject(approved("mallory", "2.1.0")))
            == ["Approval: mallory approved version 2.1.0 but is not an approver (alice, bob)"])
    }

    // MARK: - Deployment windows

    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    @Test(arguments: [
        // Friday 2027-01-15, 10:00 in Paris (UTC+1 in winter).
        ("2027-01-15T09:00:00Z", true),
        ("2027-01-15T07:59:00Z", false),  // 08:59 Paris: before the window
        ("2027-01-15T15:00:00Z", false),  // 16:00 Paris: the end is exclusive
        ("2027-01-16T10:00:00Z", false),  // Saturday
        // Summer time (UTC+2): 09:30 Paris is 07:30 UTC; the window keeps its local hours.
        ("2027-07-02T07:30:00Z", true),
        ("2027-07-02T13:30:00Z", false),  // 15:30 Paris in summer, though 14:30 in winter terms
    ])
    func windowsAreReadOnTheirZonesWallClock(_ time: String, _ open: Bool) {
        let policy = PolicySpec(deploymentWindows: [
            DeploymentWindow(days: [.monday, .tuesday, .wednesday, .thursday, .friday], start: "09:00", end: "15:00", timeZone: "Europe/Paris")
        ])
        #expect(Self.judge(policy, Self.subject(), at: Self.date(time)).isEmpty == open, "\(time)")
    }

    @Test func aWindowThroughADaylightSavingChangeKeepsItsLocalHours() {
        // New York springs forward on Sunday 2027-03-14 at 02:00 (UTC-5 → UTC-4).
        let policy = PolicySpec(deploymentWindows: [
            DeploymentWindow(days: [.sunday], start: "01:00", end: "04:00", timeZone: "America/New_York")
        ])
        #expect(Self.judge(policy, Self.subject(), at: Self.date("2027-03-14T06:30:00Z")).isEmpty, "01:30 EST")
        #expect(Self.judge(policy, Self.subject(), at: Self.date("2027-03-14T07:30:00Z")).isEmpty, "03:30 EDT: 02:xx never happens")
        #expect(!Self.judge(policy, Self.subject(), at: Self.date("2027-03-14T08:30:00Z")).isEmpty, "04:30 EDT")
    }

    @Test func aWindowPastMidnightBelongsToTheDayItStarts() {
        let policy = PolicySpec(deploymentWindows: [DeploymentWindow(days: [.friday], start: "22:00", end: "02:00")])
        #expect(Self.judge(policy, Self.subject(), at: Self.date("2027-01-15T23:00:00Z")).isEmpty, "Friday 23:00")
        #expect(Self.judge(policy, Self.subject(), at: Self.date("2027-01-16T01:30:00Z")).isEmpty, "Saturday 01:30")
        #expect(!Self.judge(policy, Self.subject(), at: Self.date("2027-01-15T01:30:00Z")).isEmpty, "Friday 01:30: Thursday's")
    }

    @Test func aClosedWindowSaysWhenItOpensAndABadZoneSaysSo() {
        let policy = PolicySpec(deploymentWindows: [
            DeploymentWindow(days: [.saturday], start: "10:00", end: "12:00", timeZone: "UTC"),
            DeploymentWindow(days: [.friday], start: "00:00", end: "23:59", timeZone: "Mars/Olympus"),
        ])
        #expect(Self.judge(policy, Self.subject()) == [
            "DeploymentWindows: outside the deployment windows (Sat 10:00–12:00 UTC; Fri 00:00–23:59 Mars/Olympus) "
                + "(time zone \"Mars/Olympus\" is not an IANA time zone): the rollout starts when one opens"
        ])
    }

    // MARK: - Resource ceilings

    @Test func ceilingsCompareCountsAndQuantities() {
        let policy = PolicySpec(resourceCeilings: ResourceCeilings(
            maxReplicas: 4, maxResourcesPerPod: ["nvidia.com/gpu": "1", "memory": "16Gi", "cpu": "2"]))
        var serving = ServingSpec(runtime: .mlServer, replicas: 3)
        serving.resources = ResourceRequirements(limits: ["memory": "16Gi"], requests: ["cpu": "1500m"])
        #expect(Self.judge(policy, Self.subject(Self.model(serving: serving))).isEmpty, "16Gi is at the ceiling, 1500m below 2")

        var large = ServingSpec(runtime: .mlServer, replicas: 3, autoscaling: AutoscalingSpec(minReplicas: 2, maxReplicas: 10))
        large.resources = ResourceRequirements(limits: ["memory": "17179869185", "nvidia.com/gpu": "2"])
        var training = TrainingSpec(container: ContainerSpec(image: "registry.example.com/ml/train:1.4"), workers: 8)
        training.container.resources = ResourceRequirements(requests: ["cpu": "2500m"])
        #expect(Self.judge(policy, Self.subject(Self.model(training: training, serving: large))) == [
            "ResourceCeilings: spec.serving.autoscaling.maxReplicas is 10, above the ceiling of 4",
            "ResourceCeilings: spec.training.workers is 8, above the ceiling of 4",
            "ResourceCeilings: spec.training.resources.requests[cpu] is 2500m, above the ceiling of 2 per pod",
            "ResourceCeilings: spec.serving.resources.limits[memory] is 17179869185, above the ceiling of 16Gi per pod",
            "ResourceCeilings: spec.serving.resources.limits[nvidia.com/gpu] is 2, above the ceiling of 1 per pod",
        ])
    }
}

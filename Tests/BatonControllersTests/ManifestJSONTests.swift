import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing
import YAML

@testable import BatonControllers

/// The hand-written JSON of API types matches their Codable form, so a field added to the API
/// and not to the manifests is caught here.
struct ManifestJSONTests {
    /// Every kind of variable source and both resource maps, as in the BatonAPI model fixture.
    static func fixtureTraining() throws -> TrainingSpec {
        try YAML.parse("""
            image: registry.example.com/fraud-train:1.4
            env:
            - {name: EPOCHS, value: "10"}
            - name: POD_NAME
              valueFrom:
                fieldRef: {apiVersion: v1, fieldPath: metadata.name}
            - name: GPU_COUNT
              valueFrom:
                resourceFieldRef: {containerName: trainer, resource: limits.nvidia.com/gpu, divisor: "1"}
            - name: FEATURES
              valueFrom:
                configMapKeyRef: {name: fraud-features, key: features.json, optional: true}
            - name: AWS_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef: {name: s3-credentials, key: secret-access-key}
            resources:
              requests: {cpu: "4", memory: 16Gi}
              limits: {memory: 16Gi, nvidia.com/gpu: 1}
            """).decode(TrainingSpec.self)
    }

    @Test func envVarsOfEveryKindMatchTheirCodableForm() throws {
        let env = try #require(try Self.fixtureTraining().container.env)
        #expect(env.count == 5)
        for variable in env {
            #expect(variable.json == (try JSONValue(encoding: variable)), "\(variable.name)")
        }
    }

    @Test func resourcesMatchTheirCodableForm() throws {
        let resources = try #require(try Self.fixtureTraining().container.resources)
        #expect(resources.json == (try JSONValue(encoding: resources)))
    }

    /// As the API server stores them, or every reconcile would find the child different and
    /// apply it again.
    @Test func quantitiesAreWrittenInTheAPIServersCanonicalForm() {
        let resources = ResourceRequirements(
            limits: ["memory": "1.5Gi", "nvidia.com/gpu": Quantity(1)], requests: ["cpu": "0.5", "memory": "1024Mi"])
        #expect(resources.json == [
            "limits": ["memory": "1536Mi", "nvidia.com/gpu": "1"], "requests": ["cpu": "500m", "memory": "1Gi"],
        ])
        let divisor = EnvVar(name: "MEMORY_MI", valueFrom: EnvVarSource(resourceFieldRef: ResourceFieldSelector(resource: "limits.memory", divisor: "1024Ki")))
        #expect(divisor.json[path: ["valueFrom", "resourceFieldRef", "divisor"]] == "1Mi")
    }

    @Test func envMergeReplacesInPlaceAndAppendsTheRest() {
        let merged = EnvVar.merging(
            [EnvVar(name: "A", value: "1"), EnvVar(name: "B", value: "2")],
            with: [EnvVar(name: "B", value: "3"), EnvVar(name: "C", value: "4")])
        #expect(merged == [EnvVar(name: "A", value: "1"), EnvVar(name: "B", value: "3"), EnvVar(name: "C", value: "4")])
    }
}

struct TrainingReportTests {
    @Test func fullReport() throws {
        let report = try TrainingReport.parse(
            #"{"metrics": {"accuracy": 0.94, "epochs": 10}, "artifact": {"uri": "s3://m/2", "digest": "sha256:ab12"}, "notes": "x"}"#
        ).get()
        #expect(report.metrics == ["accuracy": 0.94, "epochs": 10])
        #expect(report.artifact == ModelArtifact(uri: "s3://m/2", digest: "sha256:ab12"))
    }

    @Test(arguments: ["sha256:9f86d081884c7d65", "sha512:AbC-_=", "blake2b+x.y:0"])
    func validDigests(digest: String) {
        #expect(TrainingReport.isDigest(digest))
    }

    @Test(arguments: ["sha256", ":abc", "SHA256:abc", "sha256:", "sha256:a/b", "sha-:abc", "sha256:a b"])
    func invalidDigests(digest: String) {
        #expect(!TrainingReport.isDigest(digest))
    }

    @Test func histogramsAreKeptForDriftReferences() throws {
        let report = try TrainingReport.parse(
            #"{"histograms": {"amount": {"buckets": [{"upperBound": "10", "count": 40}, {"upperBound": "+Inf", "count": 60}]}}}"#
        ).get()
        #expect(report.histograms["amount"]?.buckets == [
            HistogramBucket(upperBound: "10", count: 40), HistogramBucket(upperBound: "+Inf", count: 60),
        ])
    }

    @Test(arguments: [
        #"{"histograms": [1, 2]}"#,
        #"{"histograms": {"amount": {"buckets": [{"upperBound": "ten", "count": 1}, {"upperBound": "+Inf", "count": 1}]}}}"#,
        #"{"histograms": {"amount": {"buckets": [{"upperBound": "+Inf", "count": 1}]}}}"#,
        #"{"histograms": {"amount": {"buckets": [{"upperBound": "1", "count": -1}, {"upperBound": "+Inf", "count": 1}]}}}"#,
    ])
    func malformedHistogramsAreRefusedNamingTheField(message: String) throws {
        guard case let .failure(problem) = TrainingReport.parse(message) else {
            Issue.record("accepted \(message)")
            return
        }
        #expect(problem.description.contains("histograms"))
    }

    @Test func nullMembersMeanAbsent() throws {
        let report = try TrainingReport.parse(#"{"metrics": null, "artifact": null}"#).get()
        #expect(report == TrainingReport(metrics: [:], artifact: nil))
    }
}

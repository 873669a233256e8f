import Foundation
import KubeCore
import Testing
import YAML

/// The shared real-world corpus: every CRD installs and becomes Established, and every sample
/// object applies and can be read back, as on a real cluster.
@Suite struct CorpusTests {
    /// Left out of the sample objects: income.yaml is refused (checked at the end), and sequence.yaml
    /// holds an InferenceGraph whose CRD is not in the corpus.
    static let refused = "kserve/income.yaml"
    static let skipped: Set = [refused, "kserve/sequence.yaml"]

    @Test func everyCRDInstallsAndEverySampleObjectAppliesButTheInvalidOne() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await Self.installCRDs(kubectl)

            let objects = Corpus.root.appendingPathComponent("objects")
            for file in try Self.yamlFiles(under: objects) where !Self.skipped.contains(Self.relative(file, to: objects)) {
                let applied = try await kubectl.run(["apply", "-f", file.path])
                #expect(applied.succeeded, "\(file.lastPathComponent): \(applied.stderr)")
                let found = try await kubectl.run(["get", "-f", file.path, "-o", "name"])
                #expect(found.succeeded, "\(file.lastPathComponent): \(found.stderr)")
                let expected = try Self.objectNames(in: file).sorted()
                #expect(found.stdout.split(separator: "\n").map(String.init).sorted() == expected, "\(file.lastPathComponent)")
            }

            // Refused as kube-apiserver refuses it: the field is not in the CRD's schema.
            let income = try await kubectl.run(["apply", "-f", objects.appendingPathComponent(Self.refused).path])
            #expect(!income.succeeded)
            let refusal = #"InferenceService in version "v1beta1" cannot be handled as a InferenceService: "#
                + #"strict decoding error: unknown field "spec.explainer.alibi""#
            #expect(income.stderr.contains(refusal), "\(income.stderr)")
            let stored = try await kubectl.run(["get", "inferenceservice", "income"])
            #expect(stored.stderr.contains(#"inferenceservices.serving.kserve.io "income" not found"#), "\(stored.stderr)")
        }
    }

    /// Server-side apply (the big CRDs overflow client-side apply's annotation), then waits
    /// until each is Established.
    static func installCRDs(_ kubectl: Kubectl, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let crds = Corpus.root.appendingPathComponent("crds")
        let expected = try yamlFiles(under: crds).flatMap { try objectNames(in: $0) }
        let applied = try await kubectl.succeed(["apply", "--server-side", "-R", "-f", crds.path, "-o", "name"], sourceLocation: sourceLocation)
        #expect(applied.split(separator: "\n").map(String.init).sorted() == expected.sorted(), sourceLocation: sourceLocation)
        try await kubectl.succeed(["wait", "--for=condition=Established", "-R", "-f", crds.path, "--timeout=60s"], sourceLocation: sourceLocation)
    }

    /// The YAML files below `directory`, in the order kubectl's `-R` visits them.
    static func yamlFiles(under directory: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
    }

    static func relative(_ file: URL, to directory: URL) -> String {
        String(file.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))
    }

    /// `<kind>.<group>/<name>` of each object in `file`, as `kubectl -o name` prints it.
    static func objectNames(in file: URL) throws -> [String] {
        try YAML.parseAll(String(contentsOf: file, encoding: .utf8)).compactMap { object in
            guard let kind = object["kind"]?.stringValue, let name = object[path: ["metadata", "name"]]?.stringValue,
                let apiVersion = object["apiVersion"]?.stringValue
            else { return nil }
            let group = apiVersion.contains("/") ? "." + apiVersion.split(separator: "/")[0] : ""
            return "\(kind.lowercased())\(group)/\(name)"
        }
    }
}

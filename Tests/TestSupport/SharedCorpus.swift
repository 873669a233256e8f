import Foundation
import KubeClient
import KubeCore
import YAML

/// `<package root>/../shared/corpus`, the shared real-world manifests (CRDs of other projects,
/// sample objects), read in place: they are never copied into the project.
public enum SharedCorpus {
    /// This file is `<package root>/Tests/TestSupport/SharedCorpus.swift`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus").standardizedFileURL

    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}

extension DevClusterFixture {
    /// Creates the CRDs of a corpus file (`crds/gateway-api/gateway.networking.k8s.io_httproutes.yaml`)
    /// and waits until each is Established; returns their names.
    @discardableResult
    public func installCorpusCRDs(_ relativePath: String) async throws -> [String] {
        let text = try String(contentsOf: SharedCorpus.url(relativePath), encoding: .utf8)
        let crds = resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
        var names: [String] = []
        for definition in try YAML.parseAll(text) where definition["kind"] == "CustomResourceDefinition" {
            names.append(try await crds.create(definition).name)
        }
        let established = await eventually {
            var all = true
            for name in names {
                let crd = try? await crds.get(name)
                all = all && (crd?[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
                    $0["type"] == "Established" && $0["status"] == "True"
                }
            }
            return all
        }
        guard established, !names.isEmpty else {
            throw CorpusError(message: "the CRDs of \(SharedCorpus.url(relativePath).path) did not become Established: \(names)")
        }
        return names
    }
}

public struct CorpusError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

import Foundation
import KubeCore
import Testing
import TestSupport
import YAML

@testable import DevCluster

/// The real-world CRDs and objects under shared/corpus, read in place.
enum Corpus {
    static let root = SharedCorpus.root

    struct Document: Sendable, CustomTestStringConvertible {
        var file: String
        var value: JSONValue
        var testDescription: String { "\(file): \(value["kind"]?.stringValue ?? "?") \(value["metadata"]?["name"]?.stringValue ?? "")" }
    }

    static func documents(in folder: String) throws -> [Document] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var documents: [Document] = []
        for case let url as URL in enumerator where url.pathExtension == "yaml" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let relative = url.path.replacingOccurrences(of: base.path + "/", with: "")
            documents += try YAML.parseAll(text).map { Document(file: relative, value: $0) }
        }
        return documents.sorted { $0.file < $1.file }
    }

    /// Every CRD of the corpus, defaulted as the API server defaults it.
    static let crds: [Document] = {
        (try? documents(in: "crds"))?.filter { $0.value["kind"] == "CustomResourceDefinition" }.map { document in
            var document = document
            CustomResourceDefinitionDefaults.apply(to: &document.value)
            return document
        } ?? []
    }()

    /// The custom objects of the samples (they also hold core objects such as Services).
    static let objects: [Document] = ((try? documents(in: "objects")) ?? []).filter { document in
        guard let apiVersion = document.value["apiVersion"]?.stringValue else { return false }
        return (try? GroupVersion(apiVersion: apiVersion).group.isEmpty) == false
    }

    /// The storage version's schema of the CRD serving `object`'s group and kind.
    static func storageSchema(for object: JSONValue) throws -> StructuralSchema? {
        guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue else { return nil }
        let group = try GroupVersion(apiVersion: apiVersion).group
        guard
            let crd = crds.first(where: { $0.value["spec"]?["group"]?.stringValue == group && $0.value["spec"]?["names"]?["kind"]?.stringValue == kind }),
            let version = crd.value["spec"]?["versions"]?.arrayValue?.first(where: { $0["storage"] == true }),
            let schema = version["schema"]?["openAPIV3Schema"]
        else { return nil }
        return try StructuralSchema(schema)
    }
}

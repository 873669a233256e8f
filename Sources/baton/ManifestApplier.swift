import Foundation
import KubeClient
import KubeCore
import YAML

/// `kubectl apply --server-side` for `baton dev`: reads manifests from files and directories
/// (`.yaml`, `.yml`, `.json`, in name order, multi-document) and applies each object, finding
/// its resource through discovery as kubectl does.
struct ManifestApplier {
    let client: KubeAPIClient
    let fieldManager: String
    /// Namespace for namespaced objects that name none (kubectl's current namespace).
    var defaultNamespace = "default"

    /// The objects in `paths`, in order; a file that does not parse is an error naming it.
    static func objects(in paths: [String]) throws -> [JSONValue] {
        var objects: [JSONValue] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ManifestError("\(path): no such file or directory")
            }
            let files = isDirectory.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                    .filter { file in [".yaml", ".yml", ".json"].contains { file.hasSuffix($0) } }
                    .map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in files {
                do {
                    let text = try String(contentsOfFile: file, encoding: .utf8)
                    objects += try YAML.parseAll(text).filter { !$0.isNull }
                } catch {
                    throw ManifestError("\(file): \(error)")
                }
            }
        }
        return objects
    }

    /// Applies each object; returns `kind/name` of each, as kubectl prints them.
    func apply(_ objects: [JSONValue]) async throws -> [String] {
        var resources: [String: [String: (plural: String, namespaced: Bool)]] = [:]
        var applied: [String] = []
        for var object in objects {
            guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue,
                let name = object[path: ["metadata", "name"]]?.stringValue
            else { throw ManifestError("an object without apiVersion, kind or metadata.name") }
            if resources[apiVersion] == nil { resources[apiVersion] = try await discover(apiVersion) }
            guard let resource = resources[apiVersion]?[kind] else {
                throw ManifestError("\(kind) \(name): no resource for kind \(kind) in \(apiVersion)")
            }
            if resource.namespaced, object[path: ["metadata", "namespace"]] == nil {
                object["metadata"]?["namespace"] = .string(defaultNamespace)
            }
            let groupVersion = try GroupVersion(apiVersion: apiVersion)
            _ = try await client.resource(groupVersion.withResource(resource.plural)).apply(
                object, options: PatchOptions(fieldManager: fieldManager, force: true))
            applied.append("\(kind.lowercased())/\(name)")
        }
        return applied
    }

    private func discover(_ apiVersion: String) async throws -> [String: (plural: String, namespaced: Bool)] {
        let path = apiVersion.contains("/") ? "/apis/\(apiVersion)" : "/api/\(apiVersion)"
        let list = try JSONParser().parse([UInt8](try await client.request(method: "GET", path: path).body))
        var kinds: [String: (plural: String, namespaced: Bool)] = [:]
        for resource in list["resources"]?.arrayValue ?? [] {
            guard let plural = resource["name"]?.stringValue, !plural.contains("/"),
                let kind = resource["kind"]?.stringValue
            else { continue }
            kinds[kind] = (plural, resource["namespaced"]?.boolValue ?? true)
        }
        return kinds
    }
}

struct ManifestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

import Foundation
import KubeCore
import YAML

/// Loads the built-in kinds' schemas once: resolves their `$ref`s into inline schemas (strategic
/// merge patch and server-side apply walk schemas without following references) and indexes them
/// by `<apiVersion>/<Kind>`.
///
/// The schemas are `Sources/DevCluster/Builtins/BuiltinSchemas.yaml` (its header says where they
/// come from and where they differ from the published document), a resource of this target: the
/// build copies it into DevCluster's resource bundle, `Baton_DevCluster.resources` beside the
/// executable (`Baton_DevCluster.bundle` on macOS), where `Bundle.module` looks for it first,
/// then in the build directory. A `baton` binary copied without that bundle cannot serve the
/// built-in kinds, so `baton dev` stops at start with a message naming the bundle and where it
/// was looked for.
enum BuiltinSchemaLibrary {
    static let schemas: [String: JSONValue] = load()

    static func schema(apiVersion: String, kind: String) -> JSONValue? {
        schemas["\(apiVersion)/\(kind)"]
    }

    /// The schemas' file, at the top of the bundle (`.copy` in Package.swift keeps it as it is).
    static let resourceName = "BuiltinSchemas.yaml"

    /// The bundle SwiftPM makes for this target's resources: `<package>_<target>`.
    #if canImport(Darwin)
        static let bundleName = "Baton_DevCluster.bundle"
    #else
        static let bundleName = "Baton_DevCluster.resources"
    #endif

    private static func load() -> [String: JSONValue] {
        let (text, path) = resourceText()
        // The file is the build's own and covered by tests: one that does not parse is a build defect.
        guard let document = try? YAML.parse(text),
            let kinds = document["kinds"]?.objectValue
        else { fatalError("\(path) does not parse as YAML with a `kinds` mapping") }
        let definitions = document["definitions"]?.objectValue ?? [:]
        var result: [String: JSONValue] = [:]
        for (key, schema) in kinds {
            result[key] = inline(schema, definitions: definitions, depth: 0)
        }
        return result
    }

    /// The text of `BuiltinSchemas.yaml` and the path it was read from. `fatalError`, not
    /// `preconditionFailure`, so that a release build prints the message too.
    private static func resourceText() -> (text: String, path: String) {
        let besideExecutable = Bundle.main.bundleURL.appendingPathComponent(bundleName).path
        if !FileManager.default.fileExists(atPath: besideExecutable) {
            // `Bundle.module` then tries the build directory and, if the bundle is not there
            // either, stops the process saying only "could not load resource bundle" and the two
            // paths. Say first what the bundle holds and how to supply it.
            let note = """
                DevCluster: the built-in kinds' schemas (\(resourceName)) are in the resource bundle \
                \(bundleName), which belongs beside the executable, at \(besideExecutable), and is \
                not there; looking in the build directory instead. Copy \(bundleName) from the \
                build's bin directory (`swift build -c release --show-bin-path`) next to the binary.

                """
            FileHandle.standardError.write(Data(note.utf8))
        }
        let bundle = Bundle.module
        guard let url = bundle.url(forResource: "BuiltinSchemas", withExtension: "yaml") else {
            fatalError(
                "DevCluster: \(resourceName), the built-in kinds' schemas, is missing from the resource "
                    + "bundle at \(bundle.bundlePath); rebuild so that SwiftPM copies it there.")
        }
        do {
            return (try String(contentsOf: url, encoding: .utf8), url.path)
        } catch {
            fatalError("DevCluster: the built-in kinds' schemas at \(url.path) cannot be read: \(error)")
        }
    }

    private static func inline(_ schema: JSONValue, definitions: JSONObject, depth: Int) -> JSONValue {
        switch schema {
        case .object(let object):
            if let reference = object["$ref"]?.stringValue, depth < 64 {
                let name = String(reference.split(separator: "/").last ?? "")
                guard let target = definitions[name] else { return schema }
                var resolved = inline(target, definitions: definitions, depth: depth + 1)
                // Siblings of `$ref` (a description specific to this use) win over the target's.
                for (key, value) in object where key != "$ref" { resolved[key] = value }
                return resolved
            }
            var copy = object
            for (key, value) in object { copy[key] = inline(value, definitions: definitions, depth: depth) }
            return .object(copy)
        case .array(let items):
            return .array(items.map { inline($0, definitions: definitions, depth: depth) })
        default:
            return schema
        }
    }
}

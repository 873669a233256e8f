import KubeCore
import YAML

/// Loads `BuiltinSchemas.yaml` once: resolves its `$ref`s into inline schemas (strategic merge
/// patch and server-side apply walk schemas without following references) and indexes them by
/// `<apiVersion>/<Kind>`.
enum BuiltinSchemaLibrary {
    static let schemas: [String: JSONValue] = load()

    static func schema(apiVersion: String, kind: String) -> JSONValue? {
        schemas["\(apiVersion)/\(kind)"]
    }

    private static func load() -> [String: JSONValue] {
        // The text is part of the binary and covered by a test; failing here is a build defect.
        guard let document = try? YAML.parse(BuiltinSchemas.yaml),
            let kinds = document["kinds"]?.objectValue
        else { preconditionFailure("BuiltinSchemas.yaml does not parse") }
        let definitions = document["definitions"]?.objectValue ?? [:]
        var result: [String: JSONValue] = [:]
        for (key, schema) in kinds {
            result[key] = inline(schema, definitions: definitions, depth: 0)
        }
        return result
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

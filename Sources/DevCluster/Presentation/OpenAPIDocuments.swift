import KubeCore

/// OpenAPI v3 as kube-apiserver publishes it: `/openapi/v3` lists one document per group
/// version; each document has the kinds' schemas (found by `kubectl explain` through
/// `x-kubernetes-group-version-kind`) and their paths, whose PATCH operations declare the
/// `fieldValidation` parameter — kubectl checks for it before relying on server-side field
/// validation.
struct OpenAPIDocuments: Sendable {
    let registry: ResourceRegistry

    func root() -> JSONValue {
        var paths: JSONObject = [:]
        for (group, versions) in registry.groupVersions() {
            for version in versions {
                let key = group.isEmpty ? "api/\(version)" : "apis/\(group)/\(version)"
                let hash = document(group: group, version: version).map(Self.hash) ?? ""
                paths[key] = ["serverRelativeURL": .string("/openapi/v3/\(key)?hash=\(hash)")]
            }
        }
        return ["paths": .object(paths)]
    }

    /// The Swagger 2.0 document of everything served: kubectl falls back to it for client-side
    /// validation of kinds the v3 documents do not list, and `kubectl explain
    /// --output plaintext-openapiv2` reads it.
    func swagger() -> JSONValue {
        var definitions: JSONObject = [:]
        var paths: JSONObject = [:]
        for type in registry.all {
            definitions[Self.schemaName(type)] = schema(for: type)
            let prefix = type.group.isEmpty ? "/api/\(type.version)" : "/apis/\(type.group)/\(type.version)"
            let collection = type.namespaced ? "\(prefix)/namespaces/{namespace}/\(type.plural)" : "\(prefix)/\(type.plural)"
            let gvk: JSONValue = ["group": .string(type.group), "version": .string(type.version), "kind": .string(type.kind)]
            paths["\(collection)/{name}"] = [
                "patch": [
                    "operationId": .string("patch\(type.kind)"), "x-kubernetes-action": "patch",
                    "x-kubernetes-group-version-kind": gvk,
                    "parameters": [["name": "fieldValidation", "in": "query", "type": "string", "uniqueItems": true]],
                    "responses": ["200": ["description": "OK"]],
                ],
            ]
        }
        return [
            "swagger": "2.0", "info": ["title": "Kubernetes", "version": .string(ServerVersion.gitVersion)],
            "paths": .object(paths), "definitions": .object(definitions),
        ]
    }

    func document(group: String, version: String) -> JSONValue? {
        let types = registry.all.filter { $0.group == group && $0.version == version }
        guard !types.isEmpty else { return nil }
        var schemas: JSONObject = [:]
        var paths: JSONObject = [:]
        for type in types {
            schemas[Self.schemaName(type)] = schema(for: type)
            let gvk: JSONValue = ["group": .string(type.group), "version": .string(type.version), "kind": .string(type.kind)]
            let prefix = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
            let collection = type.namespaced ? "\(prefix)/namespaces/{namespace}/\(type.plural)" : "\(prefix)/\(type.plural)"
            let reference: JSONValue = ["$ref": .string("#/components/schemas/\(Self.schemaName(type))")]
            paths[collection] = [
                "get": operation("list", type, gvk, reference),
                "post": operation("create", type, gvk, reference, fieldValidation: true),
            ]
            paths["\(collection)/{name}"] = [
                "get": operation("read", type, gvk, reference),
                "put": operation("replace", type, gvk, reference, fieldValidation: true),
                "patch": operation("patch", type, gvk, reference, fieldValidation: true),
                "delete": operation("delete", type, gvk, reference),
            ]
        }
        return [
            "openapi": "3.0.0", "info": ["title": "Kubernetes", "version": .string(ServerVersion.gitVersion)],
            "paths": .object(paths), "components": ["schemas": .object(schemas)],
        ]
    }

    private func operation(
        _ action: String, _ type: ResourceType, _ gvk: JSONValue, _ reference: JSONValue, fieldValidation: Bool = false
    ) -> JSONValue {
        var parameters: [JSONValue] = [
            ["name": "dryRun", "in": "query", "schema": ["type": "string", "uniqueItems": true]],
            ["name": "fieldManager", "in": "query", "schema": ["type": "string", "uniqueItems": true]],
        ]
        if fieldValidation {
            parameters.append(["name": "fieldValidation", "in": "query", "schema": ["type": "string", "uniqueItems": true]])
        }
        return [
            "operationId": .string("\(action)\(type.kind)"),
            "x-kubernetes-action": .string(action == "read" ? "get" : action),
            "x-kubernetes-group-version-kind": gvk,
            "parameters": .array(parameters),
            "responses": ["200": ["description": "OK", "content": ["application/json": ["schema": reference]]]],
        ]
    }

    /// The kind's schema with the envelope every object has.
    private func schema(for type: ResourceType) -> JSONValue {
        var schema = type.schema ?? ["type": "object", "x-kubernetes-preserve-unknown-fields": true]
        schema["x-kubernetes-group-version-kind"] = [
            ["group": .string(type.group), "version": .string(type.version), "kind": .string(type.kind)],
        ]
        if type.isCustom {
            schema[path: ["properties", "apiVersion"]] = [
                "type": "string",
                "description": "APIVersion defines the versioned schema of this representation of an object.",
            ]
            schema[path: ["properties", "kind"]] = [
                "type": "string", "description": "Kind is a string value representing the REST resource this object represents.",
            ]
            schema[path: ["properties", "metadata"]] =
                BuiltinSchemaLibrary.schema(apiVersion: "v1", kind: "ConfigMap")?[path: ["properties", "metadata"]]
                ?? ["type": "object"]
        }
        return schema
    }

    /// `io.k8s.api.apps.v1.Deployment` for built-ins; the reversed group for custom kinds
    /// (`dev.baton.v1alpha1.Model`), as kube-apiserver names them.
    static func schemaName(_ type: ResourceType) -> String {
        if type.isCustom {
            return (type.group.split(separator: ".").reversed().map(String.init) + [type.version, type.kind]).joined(separator: ".")
        }
        let package = type.group.isEmpty ? "core" : String(type.group.split(separator: ".").first ?? "")
        return "io.k8s.api.\(package).\(type.version).\(type.kind)"
    }

    private static func hash(_ document: JSONValue) -> String {
        let bytes = (try? document.jsonBytes()) ?? []
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(value, radix: 16, uppercase: true)
    }
}

/// What `/version` reports: the Kubernetes version whose API DevCluster follows.
enum ServerVersion {
    static let major = "1"
    static let minor = "32"
    static let gitVersion = "v1.32.0-baton"

    static var document: JSONValue {
        [
            "major": .string(major), "minor": .string(minor), "gitVersion": .string(gitVersion),
            "gitCommit": "", "gitTreeState": "clean", "buildDate": "2026-01-01T00:00:00Z",
            "goVersion": "swift6", "compiler": "swiftc", "platform": "linux/amd64",
        ]
    }
}

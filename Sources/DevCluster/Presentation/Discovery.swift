import KubeCore

/// The legacy discovery documents (`/api`, `/apis`, `/apis/<group>`, `/api/v1`,
/// `/apis/<group>/<version>`), built from the registry so CRDs appear once established.
struct Discovery: Sendable {
    let registry: ResourceRegistry

    /// kubectl reads serverAddressByClientCIDRs; a single-address server lists its own.
    private static let addresses: JSONValue = [["clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"]]

    func coreVersions() -> JSONValue {
        ["kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": Self.addresses]
    }

    func groups() -> JSONValue {
        let groups = registry.groupVersions().filter { !$0.group.isEmpty }.map { group(named: $0.group, versions: $0.versions) }
        return ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups)]
    }

    func group(_ name: String) -> JSONValue? {
        guard let entry = registry.groupVersions().first(where: { $0.group == name && !name.isEmpty }) else { return nil }
        var document = group(named: entry.group, versions: entry.versions)
        document["kind"] = "APIGroup"
        document["apiVersion"] = "v1"
        return document
    }

    private func group(named name: String, versions: [String]) -> JSONValue {
        let entries = versions.map { version -> JSONValue in ["groupVersion": .string("\(name)/\(version)"), "version": .string(version)] }
        return ["name": .string(name), "versions": .array(entries), "preferredVersion": entries[0]]
    }

    func resources(group: String, version: String) -> JSONValue? {
        let types = registry.all.filter { $0.group == group && $0.version == version }
        guard !types.isEmpty else { return nil }
        var resources: [JSONValue] = []
        for type in types {
            var entry: JSONObject = [
                "name": .string(type.plural), "singularName": .string(type.singular), "namespaced": .bool(type.namespaced),
                "kind": .string(type.kind), "verbs": .array(ResourceType.verbs.map(JSONValue.string)),
            ]
            if !type.shortNames.isEmpty { entry["shortNames"] = .array(type.shortNames.map(JSONValue.string)) }
            if !type.categories.isEmpty { entry["categories"] = .array(type.categories.map(JSONValue.string)) }
            entry["storageVersionHash"] = .string(Self.hash(type.qualifiedResource))
            resources.append(.object(entry))
            let subresourceVerbs: JSONValue = ["get", "patch", "update"]
            if type.hasStatus {
                resources.append([
                    "name": .string("\(type.plural)/status"), "singularName": "", "namespaced": .bool(type.namespaced),
                    "kind": .string(type.kind), "verbs": subresourceVerbs,
                ])
            }
            if type.scale != nil {
                resources.append([
                    "name": .string("\(type.plural)/scale"), "singularName": "", "namespaced": .bool(type.namespaced),
                    "group": "autoscaling", "version": "v1", "kind": "Scale", "verbs": subresourceVerbs,
                ])
            }
            if type.group.isEmpty && type.kind == "Namespace" {
                resources.append([
                    "name": "namespaces/finalize", "singularName": "", "namespaced": false, "kind": "Namespace",
                    "verbs": ["update"],
                ])
            }
        }
        let groupVersion = group.isEmpty ? version : "\(group)/\(version)"
        return ["kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(groupVersion), "resources": .array(resources)]
    }

    /// A stable short hash, as storageVersionHash is (clients only compare it for equality).
    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(String(value, radix: 36).prefix(11))
    }
}

import KubeCore

/// Cluster-wide lookups the in-process controllers need: an object's owners, the dependents
/// of an owner, everything in a namespace. Linear scans over the store — a dev cluster holds
/// thousands of objects, not millions.
struct ObjectIndex {
    let store: ObjectStore
    let registry: ResourceRegistry

    /// One served type per stored resource (the first registered version).
    var resourceTypes: [ResourceType] {
        var seen: Set<ResourceKey> = []
        return registry.all.filter { seen.insert($0.storageKey).inserted }
    }

    func type(of reference: JSONValue) -> ResourceType? {
        guard let apiVersion = reference["apiVersion"]?.stringValue, let kind = reference["kind"]?.stringValue else { return nil }
        if let exact = registry.lookup(apiVersion: apiVersion, kind: kind) { return exact }
        let group = (try? GroupVersion(apiVersion: apiVersion))?.group
        return registry.all.first { $0.group == group && $0.kind == kind }
    }

    /// The live owner an owner reference of an object in `namespace` points at, if it exists
    /// with the same uid.
    func owner(_ reference: JSONValue, namespace: String) -> (type: ResourceType, object: JSONValue)? {
        guard let type = type(of: reference), let name = reference["name"]?.stringValue else { return nil }
        let key = ObjectKey(namespace: type.namespaced ? namespace : "", name: name)
        guard let object = store.get(type.storageKey, key),
            object[path: ["metadata", "uid"]] == reference["uid"]
        else { return nil }
        return (type, object)
    }

    /// Objects whose ownerReferences name `uid`.
    func dependents(of uid: String) -> [(type: ResourceType, object: JSONValue)] {
        var result: [(ResourceType, JSONValue)] = []
        for type in resourceTypes {
            for (_, object) in store.list(type.storageKey, namespace: nil).items
            where Self.ownerUIDs(object).contains(uid) {
                result.append((type, object))
            }
        }
        return result
    }

    static func ownerUIDs(_ object: JSONValue) -> [String] {
        (object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).compactMap { $0["uid"]?.stringValue }
    }
}

extension JSONValue {
    var name: String { self[path: ["metadata", "name"]]?.stringValue ?? "" }
    var namespace: String { self[path: ["metadata", "namespace"]]?.stringValue ?? "" }
    var uid: String { self[path: ["metadata", "uid"]]?.stringValue ?? "" }
    var isDeleting: Bool { self[path: ["metadata", "deletionTimestamp"]] != nil }
}

import KubeCore

extension ObjectWrites {
    /// The object's controlling owner (the owner reference marked `controller`) as stored now,
    /// of any kind the cluster serves; nil when there is none or it is gone.
    func controllingOwner(of object: JSONValue) -> JSONValue? {
        guard let reference = object[path: ["metadata", "ownerReferences"]]?.arrayValue?.first(where: {
            $0["controller"]?.boolValue == true
        }), let apiVersion = reference["apiVersion"]?.stringValue, let kind = reference["kind"]?.stringValue,
            let name = reference["name"]?.stringValue, let type = registry.lookup(apiVersion: apiVersion, kind: kind)
        else { return nil }
        return store.get(type.storageKey, ObjectKey(namespace: type.namespaced ? object.namespace : "", name: name))
    }
}

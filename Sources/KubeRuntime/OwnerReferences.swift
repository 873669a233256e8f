import KubeCore

/// Reading owner references straight from an object as the API server returned it, without
/// decoding the whole object.
public enum OwnerReferences {
    /// The object's owner references; malformed entries are skipped (they cannot point anywhere).
    public static func all(of object: JSONValue) -> [OwnerReference] {
        (object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).compactMap {
            try? $0.decode(OwnerReference.self)
        }
    }

    /// The reference marked `controller: true`: the object that manages this one.
    public static func controller(of object: JSONValue) -> OwnerReference? {
        all(of: object).first { $0.controller == true }
    }
}

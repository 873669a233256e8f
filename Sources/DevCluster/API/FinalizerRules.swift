import KubeCore

/// Graceful deletion as kube-apiserver does it for objects that something still holds: a
/// deletionTimestamp, finalizers that controllers remove, and the object going away with the
/// last of them.
enum FinalizerRules {
    static let foreground = "foregroundDeletion"
    static let orphan = "orphan"

    static func finalizers(_ object: JSONValue) -> [String] {
        object[path: ["metadata", "finalizers"]]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// Sets deletionTimestamp (once) and the finalizer the propagation policy needs; a
    /// namespace also turns Terminating.
    static func markForDeletion(
        _ object: inout JSONValue, _ type: ResourceType, propagation: ObjectWrites.DeleteOptions.Propagation, now: KubeTime
    ) {
        if object[path: ["metadata", "deletionTimestamp"]] == nil {
            object[path: ["metadata", "deletionTimestamp"]] = .string(now.rfc3339)
            object[path: ["metadata", "deletionGracePeriodSeconds"]] = 0
        }
        var list = finalizers(object)
        switch propagation {
        case .foreground where !list.contains(foreground):
            list.removeAll { $0 == orphan }
            list.append(foreground)
        case .orphan where !list.contains(orphan):
            list.removeAll { $0 == foreground }
            list.append(orphan)
        default: break
        }
        if !list.isEmpty { object[path: ["metadata", "finalizers"]] = .array(list.map(JSONValue.string)) }
        if isNamespace(type) { object[path: ["status", "phase"]] = "Terminating" }
    }

    /// Whether finalizers keep the object after deletion was asked for.
    static func isHeld(_ object: JSONValue, _ type: ResourceType) -> Bool {
        if !finalizers(object).isEmpty { return true }
        return isNamespace(type) && !(object[path: ["spec", "finalizers"]]?.arrayValue?.isEmpty ?? true)
    }

    static func readyToDelete(_ object: JSONValue, _ type: ResourceType) -> Bool {
        object[path: ["metadata", "deletionTimestamp"]] != nil && !isHeld(object, type)
    }

    /// "no new finalizers can be added if the object is being deleted".
    static func checkNoNewFinalizers(_ object: JSONValue, old: JSONValue, _ type: ResourceType, name: String) throws(APIError) {
        guard old[path: ["metadata", "deletionTimestamp"]] != nil else { return }
        let added = finalizers(object).filter { !finalizers(old).contains($0) }
        guard !added.isEmpty else { return }
        let list = added.map { "\"\($0)\"" }.joined(separator: ", ")
        throw .invalid(type, name, [
            .forbidden("metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers []string{\(list)}"),
        ])
    }

    private static func isNamespace(_ type: ResourceType) -> Bool {
        type.group == "" && type.kind == "Namespace"
    }
}

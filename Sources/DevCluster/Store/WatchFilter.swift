import KubeCore

/// Which objects of a resource a watch sees.
struct WatchFilter: Sendable {
    var resource: ResourceKey
    /// nil: all namespaces.
    var namespace: String?
    var labels: LabelRequirements = .everything
    var fields: FieldSelector = .everything
    /// Reads a field label (`metadata.name`, `status.phase`) off an object.
    var fieldValue: @Sendable (JSONValue, String) -> String?

    func matches(_ object: JSONValue, key: ObjectKey) -> Bool {
        if let namespace, key.namespace != namespace { return false }
        if !labels.isEmpty, !labels.matches(object.labels) { return false }
        if !fields.isEmpty, !fields.matches({ fieldValue(object, $0) }) { return false }
        return true
    }
}

extension JSONValue {
    /// `metadata.labels` as a dictionary (non-string values, which validation refuses, are skipped).
    var labels: [String: String] {
        guard let labels = self[path: ["metadata", "labels"]]?.objectValue else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in labels { if let text = value.stringValue { result[key] = text } }
        return result
    }
}

import KubeCore

extension JSONValue {
    /// `metadata.managedFields` of an object. Setting `nil` removes it (and creates no
    /// `metadata` where there was none).
    var managedFields: JSONValue? {
        get { self["metadata"]?["managedFields"] }
        set {
            if let newValue {
                var metadata = self["metadata"] ?? [:]
                metadata["managedFields"] = newValue
                self["metadata"] = metadata
            } else if var metadata = self["metadata"], metadata["managedFields"] != nil {
                metadata["managedFields"] = nil
                self["metadata"] = metadata
            }
        }
    }

    /// How kube-apiserver names an object in field-manager errors (`objectGVKNN`):
    /// `default/web; apps/v1, Kind=Deployment`.
    var objectKey: String {
        let apiVersion = self["apiVersion"]?.stringValue ?? ""
        let kind = self["kind"]?.stringValue ?? ""
        let groupVersionKind: GroupVersionKind
        if apiVersion.isEmpty {
            groupVersionKind = GroupVersionKind(group: "", version: "", kind: kind)
        } else if let parsed = try? GroupVersionKind(apiVersion: apiVersion, kind: kind) {
            groupVersionKind = parsed
        } else {
            // Go's unstructured objects report no kind at all when the apiVersion is malformed.
            groupVersionKind = GroupVersionKind(group: "", version: "", kind: "")
        }
        let namespace = self["metadata"]?["namespace"]?.stringValue ?? ""
        let name = self["metadata"]?["name"]?.stringValue ?? ""
        return "\(namespace)/\(name); \(groupVersionKind)"
    }
}

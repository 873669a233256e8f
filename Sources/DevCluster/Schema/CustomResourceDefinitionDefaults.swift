import KubeCore

/// The defaults kube-apiserver gives an `apiextensions.k8s.io/v1` CustomResourceDefinition
/// before validating it (pkg/apis/apiextensions/v1/defaults.go): `spec.names.singular` is the
/// lower-cased kind, `spec.names.listKind` is `<Kind>List`, `spec.conversion` is
/// `{strategy: None}`, and a conversion webhook service's port is 443. `served` and `storage`
/// are required in v1 and are not defaulted.
enum CustomResourceDefinitionDefaults {
    static func apply(to crd: inout JSONValue) {
        guard case var .object(members) = crd, case var .object(spec)? = members["spec"] else { return }
        crd = .null
        if case var .object(names)? = spec["names"], let kind = names["kind"]?.stringValue {
            if (names["singular"]?.stringValue ?? "").isEmpty { names["singular"] = .string(kind.lowercased()) }
            if (names["listKind"]?.stringValue ?? "").isEmpty, !kind.isEmpty { names["listKind"] = .string(kind + "List") }
            spec["names"] = .object(names)
        }
        if spec["conversion"].nonNull == nil {
            spec["conversion"] = ["strategy": "None"]
        } else if var service = spec["conversion"]?["webhook"]?["clientConfig"]?["service"], service.objectValue != nil,
            service["port"] == nil
        {
            service["port"] = 443
            spec["conversion"]?["webhook"]?["clientConfig"]?["service"] = service
        }
        members["spec"] = .object(spec)
        crd = .object(members)
    }
}

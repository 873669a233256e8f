import KubeCore

/// The resources a CustomResourceDefinition serves: one per served version, with its schema,
/// subresources, printer columns and selectable fields.
enum CustomResourceTypes {
    static func types(of crd: JSONValue) throws -> [ResourceType] {
        let spec = crd["spec"] ?? [:]
        let group = spec["group"]?.stringValue ?? ""
        let names = spec["names"] ?? [:]
        let strings = { (value: JSONValue?) in value?.arrayValue?.compactMap(\.stringValue) ?? [] }
        var types: [ResourceType] = []
        for version in spec["versions"]?.arrayValue ?? [] where version["served"]?.boolValue == true {
            let schema = version[path: ["schema", "openAPIV3Schema"]]
            let scale = version[path: ["subresources", "scale"]].map { scale in
                ScalePaths(
                    specReplicas: pathSegments(scale["specReplicasPath"]?.stringValue ?? ".spec.replicas"),
                    statusReplicas: pathSegments(scale["statusReplicasPath"]?.stringValue ?? ".status.replicas"),
                    labelSelector: scale["labelSelectorPath"]?.stringValue.map(pathSegments))
            }
            var selectable: [String: [String]] = [:]
            for field in version["selectableFields"]?.arrayValue ?? [] {
                if let path = field["jsonPath"]?.stringValue {
                    selectable[String(path.dropFirst())] = pathSegments(path)
                }
            }
            let columns = (version["additionalPrinterColumns"]?.arrayValue ?? []).map { column in
                CustomColumn(
                    name: column["name"]?.stringValue ?? "", type: column["type"]?.stringValue ?? "string",
                    format: column["format"]?.stringValue ?? "", description: column["description"]?.stringValue ?? "",
                    priority: Int(column["priority"]?.intValue ?? 0), jsonPath: column["jsonPath"]?.stringValue ?? "")
            }
            types.append(ResourceType(
                group: group, version: version["name"]?.stringValue ?? "", kind: names["kind"]?.stringValue ?? "",
                plural: names["plural"]?.stringValue ?? "",
                singular: names["singular"]?.stringValue ?? (names["kind"]?.stringValue ?? "").lowercased(),
                namespaced: spec["scope"]?.stringValue != "Cluster", shortNames: strings(names["shortNames"]),
                categories: strings(names["categories"]), hasStatus: version[path: ["subresources", "status"]] != nil,
                scale: scale, tracksGeneration: true, schema: schema,
                structuralSchema: try schema.map { try StructuralSchema($0) },
                printerColumns: [], customColumns: columns, selectableFields: selectable, isCustom: true))
        }
        return types
    }

    /// `.spec.replicas` → ["spec", "replicas"].
    static func pathSegments(_ path: String) -> [String] {
        path.split(separator: ".").map(String.init)
    }
}

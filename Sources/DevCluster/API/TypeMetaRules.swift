import KubeCore

/// A body's `apiVersion` and `kind` must name the endpoint's resource, as kube-apiserver's
/// decoder insists.
enum TypeMetaRules {
    static func check(_ object: JSONValue, _ type: ResourceType) throws(APIError) {
        guard object.objectValue != nil else {
            throw .badRequest("the object provided is not a JSON object (got \(object.typeName))")
        }
        let kind = object["kind"]?.stringValue ?? ""
        let apiVersion = object["apiVersion"]?.stringValue ?? ""
        if kind.isEmpty {
            throw .badRequest("Object 'Kind' is missing in '\(excerpt(object))'")
        }
        if apiVersion.isEmpty {
            throw .badRequest("Object 'apiVersion' is missing in '\(excerpt(object))'")
        }
        guard kind == type.kind else {
            throw .badRequest("\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): the kind in the data (\(kind)) does not match the expected kind (\(type.kind))")
        }
        guard apiVersion == type.apiVersion else {
            throw .badRequest("the API version in the data (\(apiVersion)) does not match the expected API version (\(type.apiVersion))")
        }
    }

    private static func excerpt(_ object: JSONValue) -> String {
        let text = (try? object.jsonString()) ?? ""
        return text.count > 256 ? String(text.prefix(256)) + "…" : text
    }
}

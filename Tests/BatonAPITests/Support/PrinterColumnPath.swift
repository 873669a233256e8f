import KubeCore

/// Follows a printer column's JSONPath (`.status.serving.stableVersion`,
/// `.status.runs[0].phase`, `.status.conditions[?(@.type=="Ready")].status`) through a CRD's
/// schema, as kubectl would follow it through an object.
enum PrinterColumnPath {
    /// The fields of `metadata` that the API server sets or accepts, which the CRD schema
    /// leaves undescribed.
    static let metadataFields: Set = [
        "name", "namespace", "uid", "generation", "resourceVersion", "creationTimestamp", "deletionTimestamp", "labels",
        "annotations",
    ]

    /// The schema of the value the path names, or why there is none.
    static func resolve(_ jsonPath: String, in root: JSONValue) -> Result<JSONValue, PathError> {
        guard let tokens = tokenize(jsonPath) else { return .failure(PathError("cannot read \(jsonPath)")) }
        var schema = root
        for (index, token) in tokens.enumerated() {
            switch token {
            case "metadata" where index == 0:
                guard tokens.count == 2, metadataFields.contains(tokens[1]) else {
                    return .failure(PathError("\(jsonPath): not a metadata field"))
                }
                return .success(tokens[1].hasSuffix("Timestamp") ? ["type": "string", "format": "date-time"] : [:])
            case let bracket where bracket.hasPrefix("["):
                guard schema["type"] == "array", let items = schema["items"] else {
                    return .failure(PathError("\(jsonPath): \(bracket) applied to a non-array"))
                }
                if let filtered = bracket.firstMatch(of: /^\[\?\(@\.([A-Za-z0-9]+)==/)?.1,
                    items["properties"]?[String(filtered)] == nil
                {
                    return .failure(PathError("\(jsonPath): items have no field \(filtered)"))
                }
                schema = items
            case let name:
                guard let property = schema["properties"]?[name] else {
                    return .failure(PathError("\(jsonPath): no field \(name)"))
                }
                schema = property
            }
        }
        return .success(schema)
    }

    /// `.a.b[0].c` as `["a", "b", "[0]", "c"]`; `nil` when the path has anything else.
    private static func tokenize(_ jsonPath: String) -> [String]? {
        let matches = jsonPath.matches(of: /\.([A-Za-z0-9_]+)|(\[[^\]]*\])/)
        guard matches.map({ String($0.output.0) }).joined() == jsonPath else { return nil }
        return matches.map { String($0.output.1 ?? $0.output.2 ?? "") }
    }

    struct PathError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

import KubeCore

/// DeleteOptions, from the body (kubectl sends them there) or the query.
enum DeleteRequest {
    static func options(_ request: APIRequest) throws(APIError) -> ObjectWrites.DeleteOptions {
        var options = ObjectWrites.DeleteOptions()
        var body: JSONValue = [:]
        if !request.body.isEmpty {
            do { body = try RequestBody.parse(request.body, yaml: false, strict: false) } catch {
                throw .badRequest("error decoding DeleteOptions: \(error.message)")
            }
            guard body.objectValue != nil else { throw .badRequest("error decoding DeleteOptions: not a JSON object") }
        }
        let policy = body["propagationPolicy"]?.stringValue ?? request.query["propagationPolicy"]
        if let policy, !policy.isEmpty {
            guard let value = ObjectWrites.DeleteOptions.Propagation(rawValue: policy) else {
                throw APIError(.invalid(kind: "DeleteOptions", name: "", causes: [
                    FieldError.notSupported("propagationPolicy", .string(policy), ["Foreground", "Background", "Orphan"]).cause,
                ]))
            }
            options.propagation = value
        } else if (body["orphanDependents"]?.boolValue ?? (request.query["orphanDependents"] == "true")) {
            options.propagation = .orphan
        }
        options.preconditionUID = body[path: ["preconditions", "uid"]]?.stringValue
        options.preconditionResourceVersion = body[path: ["preconditions", "resourceVersion"]]?.stringValue
        let dryRun = body["dryRun"]?.arrayValue?.compactMap(\.stringValue) ?? request.query["dryRun"].map { [$0] } ?? []
        options.dryRun = dryRun.contains("All")
        return options
    }
}

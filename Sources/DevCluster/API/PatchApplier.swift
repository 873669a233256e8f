import KubeCore

/// Applies a patch of any kind to the current object (nil: server-side apply creating it).
struct PatchApplier {
    let type: ResourceType
    let now: KubeTime

    func apply(
        _ kind: PatchKind, _ patch: JSONValue, to current: JSONValue?, _ options: WriteOptions, subresource: String? = nil
    ) throws(APIError) -> JSONValue {
        let base = current ?? .object([:])
        switch kind {
        case .json:
            do {
                return try JSONPatch(patch).applied(to: base)
            } catch {
                throw unprocessable("the server rejected our request due to an error in our request: \(error)")
            }
        case .merge:
            guard patch.objectValue != nil else { throw .badRequest("error decoding patch: a merge patch must be a JSON object") }
            return base.applyingMergePatch(patch)
        case .strategic:
            do {
                return try StrategicMergePatch.apply(patch, to: base, schema: type.schema)
            } catch {
                switch error.category {
                case .badRequest: throw .badRequest(error.message)
                case .unprocessableEntity: throw unprocessable(error.message)
                // kube-apiserver passes the rest through unclassified: a 500 without a reason.
                case .unclassified:
                    throw APIError(Status(status: Status.failure, message: error.message, details: StatusDetails(), code: 500))
                }
            }
        case .apply:
            do {
                return try FieldManager(type).apply(
                    live: current, applied: patch, manager: options.fieldManager, apiVersion: type.apiVersion,
                    force: options.force, subresource: subresource, now: now.rfc3339)
            } catch {
                throw APIError(error.status)
            }
        }
    }

    private func unprocessable(_ message: String) -> APIError {
        APIError(Status(status: Status.failure, message: message, reason: .invalid, details: StatusDetails(), code: 422))
    }
}

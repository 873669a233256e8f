import KubeCore

/// kube-apiserver's `ValidateObjectMeta` for the fields a client sets: name, labels,
/// annotations, finalizers and owner references, with apimachinery's wording.
enum ObjectMetaValidation {
    /// Total size limit of all annotations (`TotalAnnotationSizeLimitB`).
    static let annotationSizeLimit = 256 * 1024

    static func validate(_ object: JSONValue, nameRule: NameRule) -> [FieldError] {
        var errors: [FieldError] = []
        let meta = object["metadata"] ?? .object([:])
        guard meta.objectValue != nil else {
            return [.invalid("metadata", meta, "must be an object")]
        }
        if let name = meta["name"]?.stringValue, !name.isEmpty {
            errors += nameRule.problems(name).map { .invalid("metadata.name", .string(name), $0) }
        } else {
            errors.append(.required("metadata.name", "name or generateName is required"))
        }
        errors += stringMap(meta["labels"], field: "metadata.labels") { key, value in
            NameValidation.qualifiedName(key).map { FieldError.invalid("metadata.labels", .string(key), $0) }
                + NameValidation.labelValue(value).map { FieldError.invalid("metadata.labels", .string(value), $0) }
        }
        var annotationBytes = 0
        errors += stringMap(meta["annotations"], field: "metadata.annotations") { key, value in
            annotationBytes += key.utf8.count + value.utf8.count
            return NameValidation.qualifiedName(key.lowercased()).map {
                FieldError.invalid("metadata.annotations", .string(key), $0)
            }
        }
        if annotationBytes > annotationSizeLimit {
            errors.append(FieldError(
                reason: .tooLong, field: "metadata.annotations",
                detail: "Too long: may not be more than \(annotationSizeLimit) bytes"))
        }
        errors += finalizers(meta["finalizers"])
        errors += ownerReferences(meta["ownerReferences"])
        return errors
    }

    /// The name formats kinds use (`path.ValidatePathSegmentName` for RBAC, DNS labels for
    /// namespaces, subdomains for most).
    enum NameRule: Sendable {
        case dns1123Subdomain
        case dns1123Label
        case pathSegment

        func problems(_ name: String) -> [String] {
            switch self {
            case .dns1123Subdomain: return NameValidation.dns1123Subdomain(name)
            case .dns1123Label: return NameValidation.dns1123Label(name)
            case .pathSegment:
                if name == "." || name == ".." { return ["may not be '\(name)'"] }
                return name.contains("/") ? ["may not contain '/'"] : name.contains("%") ? ["may not contain '%'"] : []
            }
        }
    }

    private static func stringMap(
        _ value: JSONValue?, field: String, _ check: (String, String) -> [FieldError]
    ) -> [FieldError] {
        guard let value, !value.isNull else { return [] }
        guard let map = value.objectValue else { return [.invalid(field, value, "must be a map of strings")] }
        var errors: [FieldError] = []
        for (key, entry) in map {
            guard let text = entry.stringValue else {
                errors.append(.invalid("\(field)[\(key)]", entry, "must be a string"))
                continue
            }
            errors += check(key, text)
        }
        return errors
    }

    private static func finalizers(_ value: JSONValue?) -> [FieldError] {
        guard let value, !value.isNull else { return [] }
        guard let list = value.arrayValue else { return [.invalid("metadata.finalizers", value, "must be a list of strings")] }
        return list.enumerated().flatMap { index, entry -> [FieldError] in
            let field = "metadata.finalizers[\(index)]"
            guard let name = entry.stringValue else { return [.invalid(field, entry, "must be a string")] }
            return NameValidation.qualifiedName(name).map { .invalid(field, entry, $0) }
        }
    }

    private static func ownerReferences(_ value: JSONValue?) -> [FieldError] {
        guard let value, !value.isNull else { return [] }
        guard let list = value.arrayValue else {
            return [.invalid("metadata.ownerReferences", value, "must be a list")]
        }
        var errors: [FieldError] = []
        var controllers = 0
        for (index, reference) in list.enumerated() {
            let field = "metadata.ownerReferences[\(index)]"
            for key in ["apiVersion", "kind", "name"] where (reference[key]?.stringValue ?? "").isEmpty {
                errors.append(.invalid("\(field).\(key)", reference[key] ?? "", "\(key) must not be empty"))
            }
            if (reference["uid"]?.stringValue ?? "").isEmpty {
                errors.append(.invalid("\(field).uid", reference["uid"] ?? "", "uid must not be empty"))
            }
            if reference["controller"]?.boolValue == true { controllers += 1 }
        }
        if controllers > 1 {
            errors.append(.invalid(
                "metadata.ownerReferences", value, "Only one reference can have Controller set to true"))
        }
        return errors
    }
}

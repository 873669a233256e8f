import KubeCore

/// ConfigMaps (and, through `SecretStrategy`, Secrets) hold at most 1 MiB of data
/// (`MaxSecretSize`), and an `immutable` one keeps its data.
struct ConfigMapStrategy: ObjectStrategy {
    static let sizeLimit = 1024 * 1024

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        Self.validateData(object, old: old, fields: ["data", "binaryData"])
    }

    static func validateData(_ object: JSONValue, old: JSONValue?, fields: [String]) -> [FieldError] {
        var errors: [FieldError] = []
        var size = 0
        for field in fields {
            for (key, value) in object[field]?.objectValue ?? [:] {
                size += key.utf8.count + (value.stringValue?.utf8.count ?? 0)
                if !isValidKey(key) {
                    errors.append(.invalid(
                        "\(field)[\(key)]", .string(key),
                        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"))
                }
            }
        }
        if size > sizeLimit {
            errors.append(FieldError(reason: .tooLong, field: "", detail: "Too long: may not be more than \(sizeLimit) bytes"))
        }
        if let old, old["immutable"]?.boolValue == true, fields.contains(where: { old[$0] != object[$0] }) {
            errors.append(.forbidden(fields[0], "field is immutable when `immutable` is set"))
        }
        return errors
    }

    /// `IsConfigMapKey`: 1–253 characters of `[-._a-zA-Z0-9]`.
    private static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.count <= 253
            && key.utf8.allSatisfy { $0 == 0x2D || $0 == 0x2E || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
}

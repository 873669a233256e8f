import Foundation
import KubeCore

/// Secrets: `stringData` is write-only and folded into base64 `data`; `type` defaults to Opaque.
struct SecretStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        normalize(&object)
    }

    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {
        normalize(&object)
    }

    private func normalize(_ object: inout JSONValue) {
        if object["type"] == nil { object["type"] = "Opaque" }
        if let plain = object["stringData"]?.objectValue {
            for (key, value) in plain {
                guard let text = value.stringValue else { continue }
                object[path: ["data", key]] = .string(Data(text.utf8).base64EncodedString())
            }
            object["stringData"] = nil
        }
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors = ConfigMapStrategy.validateData(object, old: old, fields: ["data"])
        for (key, value) in object["data"]?.objectValue ?? [:] {
            if value.stringValue.flatMap({ Data(base64Encoded: $0) }) == nil {
                errors.append(.invalid("data[\(key)]", value, "illegal base64 data"))
            }
        }
        return errors
    }
}

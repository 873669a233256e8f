import BatonAPI
import KubeCore

// Container fields of the Baton API in the shape of a Kubernetes container, written out
// field by field rather than through JSONEncoder so that building a manifest cannot fail.
// A test checks these against the types' Codable form, so a field added to the API and not
// here is caught.

extension EnvVar {
    var json: JSONValue {
        var object: JSONObject = ["name": .string(name)]
        object["value"] = value.map(JSONValue.string)
        object["valueFrom"] = valueFrom?.json
        return .object(object)
    }

    /// `variables` with those named in `overrides` replaced in place and the rest of
    /// `overrides` appended: how Baton lays its own or a Model's variables over a base list
    /// without writing a name twice (server-side apply refuses duplicate keys in `env`).
    static func merging(_ variables: [EnvVar], with overrides: [EnvVar]) -> [EnvVar] {
        var merged = variables
        for variable in overrides {
            if let index = merged.firstIndex(where: { $0.name == variable.name }) {
                merged[index] = variable
            } else {
                merged.append(variable)
            }
        }
        return merged
    }
}

extension EnvVarSource {
    var json: JSONValue {
        var object: JSONObject = [:]
        if let fieldRef {
            var selector: JSONObject = ["fieldPath": .string(fieldRef.fieldPath)]
            selector["apiVersion"] = fieldRef.apiVersion.map(JSONValue.string)
            object["fieldRef"] = .object(selector)
        }
        if let resourceFieldRef {
            var selector: JSONObject = ["resource": .string(resourceFieldRef.resource)]
            selector["containerName"] = resourceFieldRef.containerName.map(JSONValue.string)
            selector["divisor"] = resourceFieldRef.divisor.map(\.json)
            object["resourceFieldRef"] = .object(selector)
        }
        object["configMapKeyRef"] = configMapKeyRef?.json
        object["secretKeyRef"] = secretKeyRef?.json
        return .object(object)
    }
}

extension KeySelector {
    var json: JSONValue {
        var object: JSONObject = ["name": .string(name), "key": .string(key)]
        object["optional"] = optional.map(JSONValue.bool)
        return .object(object)
    }
}

extension ResourceRequirements {
    var json: JSONValue {
        var object: JSONObject = [:]
        object["limits"] = limits.map(Self.json)
        object["requests"] = requests.map(Self.json)
        return .object(object)
    }

    /// Sorted by resource name, so the same spec always gives the same manifest.
    private static func json(_ quantities: [String: Quantity]) -> JSONValue {
        .object(JSONObject(uniqueKeysWithValues: quantities.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }))
    }
}

extension Quantity {
    /// In the canonical form the API server stores (`0.5` → `500m`), so a manifest compares
    /// equal to the object read back and converged children get no writes.
    var json: JSONValue { .string(canonical ?? text) }
}

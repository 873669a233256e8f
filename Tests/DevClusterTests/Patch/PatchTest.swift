import KubeCore
import YAML

@testable import DevCluster

/// Helpers the patch tests share.
enum PatchTest {
    /// `value` as compact JSON, for failure messages.
    static func text(_ value: JSONValue) -> String {
        (try? value.jsonString()) ?? "\(value)"
    }

    /// `original` with `patch` applied under `schema`; both in YAML (JSON is YAML too).
    static func apply(_ patch: String, to original: String, schema: JSONValue?) throws -> JSONValue {
        try StrategicMergePatch.apply(try YAML.parse(patch), to: try YAML.parse(original), schema: schema)
    }

    /// The error applying `patch` to `original` raises; `nil` if it applies.
    static func failure(_ patch: JSONValue, to original: JSONValue, schema: JSONValue?) -> StrategicMergePatchError? {
        do {
            _ = try StrategicMergePatch.apply(patch, to: original, schema: schema)
            return nil
        } catch {
            return error
        }
    }

    /// `failure(_:to:schema:)` for YAML text.
    static func failure(_ patch: String, to original: String, schema: JSONValue?) throws -> StrategicMergePatchError? {
        failure(try YAML.parse(patch), to: try YAML.parse(original), schema: schema)
    }
}

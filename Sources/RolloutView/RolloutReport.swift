import BatonAPI
import KubeCore
import YAML

/// `kubectl baton rollout status -o json|yaml`: the Model's `status.rollout` and
/// `status.serving` as one object, for scripts (`jq .rollout.phase`). Absent parts are left out.
public struct RolloutReport: Codable, Sendable, Hashable {
    public var rollout: RolloutStatus?
    public var serving: ServingStatus?

    public init(rollout: RolloutStatus?, serving: ServingStatus?) {
        self.rollout = rollout
        self.serving = serving
    }

    public init(_ model: Model) {
        self.init(rollout: model.status?.rollout, serving: model.status?.serving)
    }
}

/// What the commands print for scripts: JSON (indented, keys sorted) or YAML from the
/// project's emitter.
public enum StructuredOutput {
    public static func json(_ value: some Encodable) throws -> String {
        try JSONValue(encoding: value).jsonString(options: .prettyPrinted) + "\n"
    }

    public static func yaml(_ value: some Encodable) throws -> String {
        try YAML.emit(JSONValue(encoding: value))
    }
}

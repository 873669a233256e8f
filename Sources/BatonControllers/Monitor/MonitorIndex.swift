import KubeCore
import KubeRuntime

/// Monitors by the Model they watch (`namespace/name`): how a Model's change finds its
/// Monitors, and a Model its Monitors' verdicts. Both controllers share the Monitor informer, so
/// both declare exactly these indexes.
enum MonitorIndex {
    static let byModel = "baton.dev/monitored-model"

    static let indexes: [String: ObjectCache.IndexFunction] = [
        byModel: { monitor in
            guard let model = monitor[path: ["spec", "modelRef", "name"]]?.stringValue else { return [] }
            return [value(namespace: monitor[path: ["metadata", "namespace"]]?.stringValue, model: model)]
        },
    ]

    static func value(namespace: String?, model: String) -> String {
        "\(namespace ?? "")/\(model)"
    }

    /// The Monitors in `cache` that watch the Model.
    static func monitors(of model: ObjectKey, in cache: ObjectCache) -> [JSONValue] {
        cache.list(index: byModel, value: value(namespace: model.namespace, model: model.name))
    }
}

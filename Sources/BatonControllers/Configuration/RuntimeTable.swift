import BatonAPI

/// The model servers by runtime: the built-in table below, with the operator configuration's
/// `runtimes` entries laid over it per runtime and per field.
///
/// Every built-in server reads the model from `/mnt/models`, where the storage initializer puts
/// the artifact (the KServe convention), and serves HTTP on `RuntimeSettings.defaultPort`. Images
/// are pinned to released tags so that an operator upgrade, not a registry push, changes what runs.
public struct RuntimeTable: Sendable, Hashable {
    private var entries: [ServingRuntime: RuntimeSettings]

    public static let builtIn = RuntimeTable(
        entries: Dictionary(uniqueKeysWithValues: ServingRuntime.allCases.map { ($0, builtInSettings($0)) }))

    private init(entries: [ServingRuntime: RuntimeSettings]) {
        self.entries = entries
    }

    public subscript(runtime: ServingRuntime) -> RuntimeSettings {
        get { entries[runtime] ?? Self.builtInSettings(runtime) }
        set { entries[runtime] = newValue }
    }

    /// The table with each override laid over its runtime's settings.
    func applying(_ overrides: [ServingRuntime: RuntimeOverride]) -> RuntimeTable {
        var table = self
        for (runtime, override) in overrides {
            table[runtime] = table[runtime].applying(override)
        }
        return table
    }

    private static func builtInSettings(_ runtime: ServingRuntime) -> RuntimeSettings {
        switch runtime {
        case .mlServer:
            // The image's own command starts `mlserver start` on its models directory; the
            // MLSERVER_MODEL_* variables describe the one model found there.
            return RuntimeSettings(
                image: "docker.io/seldonio/mlserver:1.6.1",
                env: [
                    EnvVar(name: "MLSERVER_MODEL_URI", value: "/mnt/models"),
                    EnvVar(name: "MLSERVER_MODEL_NAME", value: "{{model}}"),
                    EnvVar(name: "MLSERVER_HTTP_PORT", value: "{{port}}"),
                ],
                readiness: .httpGet(path: "/v2/health/ready"))
        case .tfServing:
            // The image's entrypoint script would add its own ports and paths; call the server.
            return RuntimeSettings(
                image: "docker.io/tensorflow/serving:2.16.1",
                command: ["/usr/bin/tensorflow_model_server"],
                args: ["--model_base_path=/mnt/models", "--rest_api_port={{port}}", "--model_name={{model}}"],
                readiness: .httpGet(path: "/v1/models/{{model}}"))
        case .torchServe:
            // The image's config.properties binds the inference API to 0.0.0.0:8080; in the
            // foreground so the container lives as long as the server.
            return RuntimeSettings(
                image: "docker.io/pytorch/torchserve:0.12.0-cpu",
                args: [
                    "torchserve", "--start", "--foreground", "--ts-config=/home/model-server/config.properties",
                    "--model-store=/mnt/models", "--models", "all", "--disable-token-auth", "--ncs",
                ],
                readiness: .httpGet(path: "/ping"))
        case .triton:
            return RuntimeSettings(
                image: "nvcr.io/nvidia/tritonserver:24.08-py3",
                args: ["tritonserver", "--model-repository=/mnt/models", "--http-port={{port}}"],
                readiness: .httpGet(path: "/v2/health/ready"))
        case .custom:
            // Nothing is known of a custom server but that it listens on the port.
            return RuntimeSettings(image: nil, readiness: .tcpSocket)
        }
    }
}

extension RuntimeTable: Encodable {
    /// A mapping from runtime name to its settings, as a configuration file's `runtimes`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for runtime in ServingRuntime.allCases {
            try container.encode(self[runtime], forKey: AnyKey(stringValue: runtime.rawValue))
        }
    }
}

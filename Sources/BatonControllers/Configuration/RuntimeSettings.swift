import BatonAPI

/// One model server as Baton runs it: what goes into the `server` container of a version's
/// Deployment. Strings may hold `{{model}}` (the Model's name) and `{{port}}` (the container
/// port), filled in by `resolved(modelName:)`, so that a runtime whose arguments name the model
/// or the port (TF Serving's `--model_name`, `--rest_api_port`) stays right when either changes.
public struct RuntimeSettings: Sendable, Hashable {
    /// The server image; `nil` for `Custom`, whose Models give `spec.serving.image`.
    public var image: String?
    /// The entrypoint; the image's own when `nil`.
    public var command: [String]?
    /// Arguments to the entrypoint; a Model's `spec.serving.args` replaces them.
    public var args: [String]
    /// Environment of the server; a Model's `spec.serving.env` is merged over it by name.
    public var env: [EnvVar]
    /// The container port the server listens on, named `http`.
    public var port: Int32
    public var readiness: ReadinessCheck

    /// Every built-in server listens here, and so does the stable Service by default.
    public static let defaultPort: Int32 = 8080

    public init(
        image: String?, command: [String]? = nil, args: [String] = [], env: [EnvVar] = [], port: Int32 = defaultPort,
        readiness: ReadinessCheck
    ) {
        self.image = image
        self.command = command
        self.args = args
        self.env = env
        self.port = port
        self.readiness = readiness
    }

    /// The settings with `{{model}}` and `{{port}}` replaced, as they go into a Deployment.
    public func resolved(modelName: String) -> RuntimeSettings {
        let fill = { (text: String) in
            text.replacingPlaceholder("model", with: modelName).replacingPlaceholder("port", with: String(port))
        }
        var settings = self
        settings.command = command?.map(fill)
        settings.args = args.map(fill)
        settings.env = env.map { variable in
            var variable = variable
            variable.value = variable.value.map(fill)
            return variable
        }
        if case let .httpGet(path) = readiness { settings.readiness = .httpGet(path: fill(path)) }
        return settings
    }

    /// These settings with the fields `override` sets replaced.
    func applying(_ override: RuntimeOverride) -> RuntimeSettings {
        var settings = self
        if let image = override.image { settings.image = image }
        if let command = override.command { settings.command = command }
        if let args = override.args { settings.args = args }
        if let env = override.env { settings.env = env }
        if let port = override.port { settings.port = port }
        if let readiness = override.readiness { settings.readiness = readiness }
        return settings
    }
}

extension RuntimeSettings: Encodable {
    private enum CodingKeys: String, CodingKey {
        case image, command, args, env, port, readiness
    }

    /// The same shape a configuration file's `runtimes` entry has, so the effective table can be
    /// printed and read back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(command, forKey: .command)
        try container.encode(args, forKey: .args)
        try container.encode(env, forKey: .env)
        try container.encode(port, forKey: .port)
        try container.encode(readiness, forKey: .readiness)
    }
}

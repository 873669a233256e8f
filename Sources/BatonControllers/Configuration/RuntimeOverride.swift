import BatonAPI

/// One `runtimes` entry of the configuration file: the fields it sets replace the built-in
/// runtime's, the ones it leaves out keep their built-in values (`args: []` sets no arguments;
/// leaving `args` out keeps the built-in ones).
struct RuntimeOverride: Sendable, Hashable {
    var image: String?
    var command: [String]?
    var args: [String]?
    var env: [EnvVar]?
    var port: Int32?
    var readiness: ReadinessCheck?
}

extension RuntimeOverride: Decodable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case image, command, args, env, port, readiness
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        command = try container.decodeIfPresent([String].self, forKey: .command)
        args = try container.decodeIfPresent([String].self, forKey: .args)
        env = try container.decodeIfPresent([EnvVar].self, forKey: .env)
        port = try container.decodeIfPresent(Int32.self, forKey: .port)
        readiness = try container.decodeIfPresent(ReadinessCheck.self, forKey: .readiness)
        if let image, image.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .image, in: container, debugDescription: "expected an image reference, found an empty string")
        }
        if let port, !(1...65535).contains(port) {
            throw DecodingError.dataCorruptedError(
                forKey: .port, in: container, debugDescription: "expected a port from 1 to 65535, found \(port)")
        }
    }
}

import BatonAPI
import Foundation
import KubeCore
import YAML

/// The YAML samples in `Fixtures/`, found from this file's path.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func json(_ name: String) throws -> JSONValue {
        try YAML.parse(String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }

    /// Samples with every field set between them, as the API server returns objects: defaults
    /// filled in, so that decoding and encoding gives them back unchanged.
    static let full = [
        Sample("model.yaml", ModelKind.self), Sample("model-pretrained.yaml", ModelKind.self),
        Sample("pipeline.yaml", PipelineKind.self), Sample("monitor.yaml", MonitorKind.self),
        Sample("monitor-basic-auth.yaml", MonitorKind.self), Sample("policy.yaml", PolicyKind.self),
    ]

    /// Samples with only what users must write.
    static let minimal = [
        Sample("minimal/model.yaml", ModelKind.self), Sample("minimal/pipeline.yaml", PipelineKind.self),
        Sample("minimal/monitor.yaml", MonitorKind.self), Sample("minimal/policy.yaml", PolicyKind.self),
    ]
}

struct Sample: Sendable, CustomStringConvertible {
    let file: String
    let kind: any BatonKind.Type

    init(_ file: String, _ kind: any BatonKind.Type) {
        self.file = file
        self.kind = kind
    }

    var description: String { file }

    func json() throws -> JSONValue { try Fixtures.json(file) }

    /// The sample decoded as its kind and encoded again.
    func reencoded() throws -> JSONValue {
        try Self.reencode(json(), as: kind)
    }

    /// The root of the kind's CRD schema.
    var schema: JSONValue {
        CustomResourceDefinitions.definition(of: kind).openAPIV3Schema ?? nil
    }

    private static func reencode<Kind: BatonKind>(_ json: JSONValue, as kind: Kind.Type) throws -> JSONValue {
        try JSONValue(encoding: json.decode(BatonObject<Kind>.self))
    }
}

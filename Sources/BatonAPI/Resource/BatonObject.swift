import KubeCore

/// An object of one of Baton's kinds: `metadata`, the desired state in `spec` and the observed
/// state in `status`. `apiVersion` and `kind` are not stored: they follow from the type, are
/// always written, and are checked when present on decoding (list items may leave them out).
///
/// Decoding ignores fields the type does not know, as Kubernetes clients must for objects
/// written by a newer version, and reports a wrong type or a missing required field as a
/// `DecodingError` naming the field's path.
public struct BatonObject<Kind: BatonKind>: Sendable, Hashable {
    public var metadata: ObjectMeta
    public var spec: Kind.Spec
    /// Absent until the operator first writes it.
    public var status: Kind.Status?

    public init(metadata: ObjectMeta, spec: Kind.Spec, status: Kind.Status? = nil) {
        self.metadata = metadata
        self.spec = spec
        self.status = status
    }

    // The static identity of the kind, with the names and shapes KubeClient's `KubeResource`
    // asks for, so a conformance there is one empty extension.

    public static var names: ResourceNames { Kind.names }
    public static var groupVersionResource: GroupVersionResource { Kind.names.groupVersionResource }
    public static var apiVersion: String { BatonAPIGroup.groupVersion.apiVersion }
    public static var kind: String { Kind.names.kind }
    /// Every Baton kind is namespaced.
    public static var isNamespaced: Bool { true }
}

extension BatonObject: Codable {
    private enum CodingKeys: String, CodingKey {
        case apiVersion, kind, metadata, spec, status
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for (key, expected) in [(CodingKeys.apiVersion, Self.apiVersion), (.kind, Self.kind)] {
            if let found = try container.decodeIfPresent(String.self, forKey: key), found != expected {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "expected \(key.stringValue) \"\(expected)\" for a \(Self.kind), found \"\(found)\"")
            }
        }
        metadata = try container.decode(.metadata, default: ObjectMeta())
        spec = try container.decode(Kind.Spec.self, forKey: .spec)
        status = try container.decodeIfPresent(Kind.Status.self, forKey: .status)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.apiVersion, forKey: .apiVersion)
        try container.encode(Self.kind, forKey: .kind)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(spec, forKey: .spec)
        try container.encodeIfPresent(status, forKey: .status)
    }
}

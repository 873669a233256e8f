/// What makes a Baton kind: its names, its spec and status types (whose schemas make its CRD),
/// and its `kubectl get` columns. Each kind is a caseless enum conforming to this; the object
/// type is `BatonObject<Kind>` (`Model` is `BatonObject<ModelKind>`).
public protocol BatonKind: Sendable {
    associatedtype Spec: Codable, Sendable, Hashable, SchemaDescribed
    associatedtype Status: Codable, Sendable, Hashable, SchemaDescribed
    static var names: ResourceNames { get }
    /// What an object of the kind is, for the CRD's schema and `kubectl explain`.
    static var summary: String { get }
    static var printerColumns: [PrinterColumn] { get }
}

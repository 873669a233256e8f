import KubeCore

/// One child object, in its owner's namespace: what a plan keeps or deletes.
public struct ChildReference: Sendable, Hashable, CustomStringConvertible {
    public var apiVersion: String
    public var kind: String
    public var name: String

    public init(apiVersion: String, kind: String, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
    }

    /// The reference to an object as read from the API; `nil` when it lacks any of the three.
    public init?(_ object: JSONValue) {
        guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue,
            let name = object["metadata"]?["name"]?.stringValue
        else { return nil }
        self.init(apiVersion: apiVersion, kind: kind, name: name)
    }

    /// `Deployment/fraud-detector-2-1-0`, as kubectl writes it.
    public var description: String { "\(kind)/\(name)" }
}

import KubeCore

/// Namespaces start Active with the `kubernetes` finalizer that the namespace controller
/// removes once the namespace is empty, and carry the immutable `kubernetes.io/metadata.name`
/// label.
struct NamespaceStrategy: ObjectStrategy {
    static let finalizer = "kubernetes"
    static let nameLabel = "kubernetes.io/metadata.name"

    var nameRule: ObjectMetaValidation.NameRule { .dns1123Label }

    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        object[path: ["spec", "finalizers"]] = [.string(Self.finalizer)]
        object["status"] = ["phase": "Active"]
        labelWithName(&object)
    }

    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {
        labelWithName(&object)
    }

    private func labelWithName(_ object: inout JSONValue) {
        if let name = object[path: ["metadata", "name"]]?.stringValue {
            object[path: ["metadata", "labels", Self.nameLabel]] = .string(name)
        }
    }
}

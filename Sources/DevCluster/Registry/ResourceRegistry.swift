import KubeCore
import Synchronization

/// Every resource the server serves: the built-ins, plus those of established CRDs (added and
/// removed as CRDs come and go). Lookups are by URL (group, version, plural) or by kind.
final class ResourceRegistry: Sendable {
    private struct State {
        var builtins: [ResourceType]
        /// CRD name → the resources it serves (one per served version).
        var custom: [String: [ResourceType]] = [:]
        var generation = 0
    }

    private let state: Mutex<State>

    init(builtins: [ResourceType] = BuiltinResources.all) {
        let withSchemas = builtins.map { type -> ResourceType in
            var type = type
            type.schema = type.schema ?? BuiltinSchemaLibrary.schema(apiVersion: type.apiVersion, kind: type.kind)
            // Built-ins are pruned and defaulted by their schema as kube-apiserver's decoder drops
            // unknown fields (and reports them under fieldValidation=Strict); they are not
            // validated by it — their strategies do that.
            type.structuralSchema = type.structuralSchema ?? type.schema.flatMap { try? StructuralSchema($0) }
            return type
        }
        state = Mutex(State(builtins: withSchemas))
    }

    var all: [ResourceType] {
        state.withLock { state in state.builtins + state.custom.keys.sorted().flatMap { state.custom[$0]! } }
    }

    func lookup(group: String, version: String, plural: String) -> ResourceType? {
        all.first { $0.group == group && $0.version == version && $0.plural == plural }
    }

    /// The served resource of a kind in an apiVersion (owner references and GC use this).
    func lookup(apiVersion: String, kind: String) -> ResourceType? {
        all.first { $0.apiVersion == apiVersion && $0.kind == kind }
    }

    /// All served versions of the resource stored under `key`.
    func versions(of key: ResourceKey) -> [ResourceType] {
        all.filter { $0.storageKey == key }
    }

    func setCustom(_ types: [ResourceType], for crd: String) {
        state.withLock { state in
            let previous = state.custom[crd]?.map(\.fingerprint)
            state.custom[crd] = types.isEmpty ? nil : types
            if previous != state.custom[crd]?.map(\.fingerprint) { state.generation += 1 }
        }
    }

    /// Changes whenever the set of served resources or their schemas does: what documents
    /// derived from the registry (OpenAPI) are cached against.
    var generation: Int { state.withLock { $0.generation } }

    func custom(for crd: String) -> [ResourceType] {
        state.withLock { $0.custom[crd] ?? [] }
    }

    /// Group → its versions in the order they are preferred (built-in groups serve one
    /// version; a CRD lists its versions by Kubernetes version priority).
    func groupVersions() -> [(group: String, versions: [String])] {
        var order: [String] = []
        var versions: [String: [String]] = [:]
        for type in all {
            if versions[type.group] == nil { order.append(type.group) }
            if !(versions[type.group]?.contains(type.version) ?? false) {
                versions[type.group, default: []].append(type.version)
            }
        }
        return order.map { ($0, versions[$0]!.sorted(by: KubeVersionPriority.higher)) }
    }
}

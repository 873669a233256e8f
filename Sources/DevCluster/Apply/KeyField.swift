import KubeCore

/// One field of the key that picks an item out of a map list (`name: nginx` for a container).
struct KeyField: Hashable, Sendable {
    var name: String
    var value: JSONValue
}

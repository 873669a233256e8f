/// A path from the root of an object to one field: `.spec.containers[name="app"].image`.
struct ManagedFieldPath: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    var elements: [PathElement]

    init(_ elements: [PathElement]) {
        self.elements = elements
    }

    init(arrayLiteral elements: PathElement...) {
        self.elements = elements
    }

    /// The path as kube-apiserver prints it in conflicts (`fieldpath.Path.String`).
    var description: String {
        elements.map(\.description).joined()
    }
}

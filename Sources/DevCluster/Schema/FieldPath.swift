/// A field path built and printed the way apimachinery's `field.Path` does
/// (k8s.io/apimachinery/pkg/util/validation/field/path.go): `Child` joins with a dot, `Index`
/// and `Key` append `[0]` and `[name]` unquoted, and the nil path of the root prints `<nil>`
/// (which kube-apiserver really shows for errors that have no field, such as the
/// `must validate at least one schema (anyOf)` ones).
struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// `nil` for the root, which has no name.
    private let text: String?

    static let root = FieldPath(text: nil)

    private init(text: String?) {
        self.text = text
    }

    init(_ name: String) {
        text = name
    }

    func child(_ name: String) -> FieldPath {
        FieldPath(text: text.map { $0 + "." + name } ?? name)
    }

    func index(_ index: Int) -> FieldPath {
        FieldPath(text: (text ?? "") + "[\(index)]")
    }

    func key(_ key: String) -> FieldPath {
        FieldPath(text: (text ?? "") + "[\(key)]")
    }

    var description: String { text ?? "<nil>" }
}

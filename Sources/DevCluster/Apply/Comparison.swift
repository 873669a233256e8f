/// How one object differs from another, field by field (structured-merge-diff's `Comparison`).
/// A field that changed is in `modified`; the paths of containers that appeared or vanished are
/// in `added` or `removed` along with everything below them.
struct Comparison: Equatable, Sendable {
    var added = FieldSet()
    var modified = FieldSet()
    var removed = FieldSet()

    /// The fields whose value the second object sets anew: what another manager loses.
    var changed: FieldSet { modified.union(added) }

    /// Without `ignored` and everything below it, as kube-apiserver leaves out the fields a
    /// resource resets (`status` on the main resource, for instance).
    func excluding(_ ignored: FieldSet) -> Comparison {
        guard !ignored.isEmpty else { return self }
        return Comparison(
            added: added.subtractingRecursively(ignored),
            modified: modified.subtractingRecursively(ignored),
            removed: removed.subtractingRecursively(ignored))
    }
}
